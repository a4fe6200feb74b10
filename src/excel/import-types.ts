import type { ApiSupport } from "./api-support";
import type { Conflict, ReplaceMode } from "./replace-decision";

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
