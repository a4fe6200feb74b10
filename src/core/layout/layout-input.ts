import type { Diagnostic, Filing, Finding } from "../model";

/** A parser diagnostic, with the file it came from when several files went into one workbook. */
export interface LayoutDiagnostic extends Diagnostic {
  readonly source?: string;
}

export interface LayoutInput {
  readonly filings: readonly Filing[];
  /** findings[i] are the findings of filings[i]. */
  readonly findings: readonly (readonly Finding[])[];
  /** The file name(s) the text came from, shown on the Summary ("sample.txt", or "a.txt, b.txt"). */
  readonly sourceName: string;
  /** Dollars a figure may differ from its arithmetic before it is flagged: the Tolerance cell's starting value. */
  readonly tolerance: number;
  readonly diagnostics?: readonly LayoutDiagnostic[];
  /** sources[i] is the file filings[i] was read from: shown in that filing's block when given. */
  readonly sources?: readonly string[];
}
