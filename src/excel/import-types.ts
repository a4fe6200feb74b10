import type { Conflict, ReplaceMode } from "./replace-decision";

/**
 * Whether the host supports a version of ExcelApi ("1.12"); in Excel:
 * `Office.context.requirements.isSetSupported("ExcelApi", v)`.
 */
export type ApiSupport = (version: string) => boolean;

/**
 * ExcelApi 1.7 covers everything the import needs (names 1.4, conditional formats 1.6, hyperlinks,
 * freeze panes, name formulas 1.7).
 */
export const REQUIRED_API = "1.7";

/**
 * The ExcelApi the manifest asks for, above what the import needs: the lowest that Excel 2019 lacks
 * (it stops at 1.8, and runs add-ins in Internet Explorer 11 or EdgeHTML, which cannot run the ES2022
 * bundle) and Excel 2021 has. Office offers the add-in only to hosts that have it: SUPPORTED_HOSTS.
 */
export const MANIFEST_API = "1.9";

/** The hosts that MANIFEST_API lets in, for the sentences that name them. */
export const SUPPORTED_HOSTS = "Microsoft 365, Excel 2021 or later on Windows or Mac, and Excel on the web";

/**
 * Which collections a worksheet object of the loaded Office.js has. A host can report a requirement
 * set that the script in the page predates (the package's copy that the pane falls back to has no
 * `worksheet.notes`), and calling what is not there throws: both must agree before the import uses it.
 */
export interface SheetApis {
  readonly notes: boolean;
  readonly comments: boolean;
  readonly pageLayout: boolean;
  readonly charts: boolean;
}

/** What a worksheet object of this Office.js offers, from the object itself. */
export const sheetApisOf = (worksheet: object): SheetApis => ({
  notes: "notes" in worksheet,
  comments: "comments" in worksheet,
  pageLayout: "pageLayout" in worksheet,
  charts: "charts" in worksheet,
});

/** What the import can do on this host beyond the required set, and what it does instead. */
export interface Features {
  /** Cell notes (1.18), else threaded comments (1.10), else none: the Check column and the Summary still say it. */
  readonly notes: "notes" | "comments" | "none";
  /** Why notes are not written as notes: the host's requirement sets, or the Office.js loaded in the pane. */
  readonly notesMissing: "requirement-set" | "office-js" | null;
  /**
   * Worksheet custom properties (1.12): without them a re-import cannot tell its own sheets and asks
   * the user to remove them.
   */
  readonly markers: boolean;
  /** `suspendScreenUpdatingUntilNextSync` (1.9): a faster, flicker-free write where available. */
  readonly suspendScreen: boolean;
  /** Page layout (1.9): one page wide, print titles, header and footer; else Excel's default printing. */
  readonly pageLayout: boolean;
  /** Charts with series added one by one (1.7); a Trend without its chart still has its data. */
  readonly charts: boolean;
}

export function featuresOf(
  supports: ApiSupport,
  apis: SheetApis = { notes: true, comments: true, pageLayout: true, charts: true },
): Features {
  const notes = supports("1.18") && apis.notes;
  return {
    notes: notes ? "notes" : supports("1.10") && apis.comments ? "comments" : "none",
    notesMissing: notes ? null : supports("1.18") ? "office-js" : "requirement-set",
    markers: supports("1.12"),
    suspendScreen: supports("1.9"),
    pageLayout: supports("1.9") && apis.pageLayout,
    charts: apis.charts,
  };
}

export type ImportStep = "reading" | "writing" | "restoring";

export interface ImportOptions {
  /** Identity of the filing(s) imported: importing the same key again replaces that import's sheets. */
  readonly key: string;
  /** Names the filing in messages and in the sheets' markers ("Citigroup Global Markets Inc., 2013-06-18"). */
  readonly label: string;
  /** Which ExcelApi versions the host supports. */
  readonly supports: ApiSupport;
  /** "any-import" also replaces sheets in the way that an import of another filing made. Default "same-filing". */
  readonly replace?: ReplaceMode;
  readonly onProgress?: (step: ImportStep) => void;
  /** Fixed in tests; otherwise random per import. */
  readonly nonce?: string;
}

/** What a feature the host lacks cost, in a sentence for the user. */
export interface Degraded {
  readonly feature: "notes";
  readonly count: number;
  readonly message: string;
}

export interface ImportDone {
  readonly ok: true;
  /** The sheets written, in order. */
  readonly sheets: readonly string[];
  /** The earlier sheets this import replaced (by their names before the import). */
  readonly replaced: readonly string[];
  readonly degraded: readonly Degraded[];
  /** Something the user should know though the import is complete. */
  readonly warnings: readonly string[];
  /** Round trips to Excel: one read, then one per request of writes (1 for a single filing). */
  readonly syncs: number;
}

export interface ImportRefused {
  readonly ok: false;
  readonly reason: "conflict" | "unsupported";
  readonly conflicts: readonly Conflict[];
  readonly message: string;
  readonly syncs: number;
}

export interface ImportFailed {
  readonly ok: false;
  readonly reason: "failed";
  readonly message: string;
  /** Excel's error code ("InvalidArgument", "RequestPayloadSizeLimitExceeded"…) and where it arose. */
  readonly error: { readonly code: string; readonly message: string; readonly location: string };
  /** True when the workbook was put back as it was before the import. */
  readonly restored: boolean;
  /** Sheets the import may have left behind when it could not put the workbook back. */
  readonly leftovers: readonly string[];
  readonly syncs: number;
}

export type ImportResult = ImportDone | ImportRefused | ImportFailed;
