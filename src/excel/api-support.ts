/** Whether the host supports a version of ExcelApi ("1.12"); in Excel: `Office.context.requirements.isSetSupported("ExcelApi", v)`. */
export type ApiSupport = (version: string) => boolean;

/** ExcelApi 1.7 covers everything the import needs (names 1.4, conditional formats 1.6, hyperlinks, freeze panes, name formulas 1.7); the manifest requires it. */
export const REQUIRED_API = "1.7";

/** What the import can do on this host beyond the required set, and what it does instead. */
export interface Features {
  /** Cell notes (1.18), else threaded comments (1.10), else none: the Check column and the Summary still say it. */
  readonly notes: "notes" | "comments" | "none";
  /** Worksheet custom properties (1.12): without them a re-import cannot tell its own sheets and asks the user to remove them. */
  readonly markers: boolean;
  /** `suspendScreenUpdatingUntilNextSync` (1.9): a faster, flicker-free write where available. */
  readonly suspendScreen: boolean;
}

export function featuresOf(supports: ApiSupport): Features {
  return {
    notes: supports("1.18") ? "notes" : supports("1.10") ? "comments" : "none",
    markers: supports("1.12"),
    suspendScreen: supports("1.9"),
  };
}
