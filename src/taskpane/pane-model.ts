import {
  codeName,
  MAX_INPUT_BYTES,
  readInput,
  readTolerance,
  type Filing,
  type Finding,
  type InputResult,
  type WorkbookPlan,
} from "../core";
import { filingKey, type ImportResult } from "../excel";

/**
 * The pane's model: what it shows, worked out from the core's data with no DOM, so each piece can be
 * tested as a function. The tolerance field, a chosen file through the input gate, the text range of
 * a line, a filing's summary and identity, a finding's workbook name, an import's result in words.
 */

/** The tolerance field → dollars, or the sentence that says what is wrong with it. */
export type ToleranceField =
  { readonly ok: true; readonly dollars: number } | { readonly ok: false; readonly message: string };

export const TOLERANCE_HELP = "Tolerance must be an amount in dollars, 0 or more (for example 0, 1 or 0.5).";

/** The field read as the CLI reads --tolerance (the core's `readTolerance`); blank means 0. */
export function readToleranceField(field: string): ToleranceField {
  const read = readTolerance(field);
  return read.ok ? read : { ok: false, message: TOLERANCE_HELP };
}

/**
 * A chosen or dropped file through the input gate. Only the first MAX_INPUT_BYTES + 1 bytes are read,
 * so a huge file is refused as too large without being loaded whole into memory.
 */
export async function readFile(file: File): Promise<InputResult> {
  const bytes = new Uint8Array(await file.slice(0, MAX_INPUT_BYTES + 1).arrayBuffer());
  return readInput(bytes, { fileName: file.name, mimeType: file.type });
}

/**
 * The character range of a 1-based line in a text (CRLF, CR or LF endings), for selecting the line a
 * finding or diagnostic came from in the Filing text box. null when the text has no such line.
 */
export function lineRange(text: string, line: number): { start: number; end: number } | null {
  if (!Number.isInteger(line) || line < 1) return null;
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = text.slice(start).search(/\r\n|\r|\n/);
    if (next < 0) return null;
    start += next + (text.startsWith("\r\n", start + next) ? 2 : 1);
  }
  const rest = text.slice(start).search(/\r\n|\r|\n/);
  return { start, end: rest < 0 ? text.length : start + rest };
}

export interface StatementSummary {
  readonly title: string;
  /** Figures read (coded and uncoded). */
  readonly values: number;
  readonly complete: boolean;
}

/** A filing's header and statements as the pane lists them. */
export interface FilingSummary {
  /** "1. Citigroup Global Markets Inc. · 2013-06-18 (amendment)": the number its findings carry. */
  readonly label: string;
  readonly firm: string;
  /** [label, value] in display order. */
  readonly fields: readonly (readonly [string, string])[];
  readonly statements: readonly StatementSummary[];
  readonly values: number;
}

const orNot = (value: string | null): string => value ?? "not printed";

export function summarizeFiling(filing: Filing, index: number): FilingSummary {
  const statements = filing.statements.map((s) => ({ title: s.title, values: s.lines.length, complete: s.complete }));
  return {
    label: numberedLabel(filing, index),
    firm: filing.firm ?? "Firm name not printed",
    fields: [
      ["Form", orNot(filing.form)],
      ["End date", orNot(filing.endDate)],
      ["Submit date", orNot(filing.submitDate)],
      ["Amendment", filing.amendment ? "Yes" : "No"],
      ["Complete", filing.complete ? "Yes" : "No: the text ends before some lines (see Diagnostics)"],
    ],
    statements,
    values: statements.reduce((n, s) => n + s.values, 0),
  };
}

/** What makes two imports "the same filing": firm, form, dates and amendment, for every filing imported together. */
export function importIdentity(filings: readonly Filing[]): { key: string; label: string } {
  const key = filingKey(
    filings.map((f) => [f.firm, f.form, f.endDate, f.submitDate, f.amendment ? "amended" : ""].join("|")).join("\n"),
  );
  return { key, label: filingLabel(filings) };
}

/** "Citigroup Global Markets Inc., Daily Seg - FOCUS II, 2013-06-18 (amendment)", "… and 9 more filings". */
export function filingLabel(filings: readonly Filing[]): string {
  const [first] = filings;
  if (!first) return "no filing";
  const parts = [first.firm ?? "firm not printed", first.form, first.endDate].filter((p): p is string => Boolean(p));
  const one = `${parts.join(", ")}${first.amendment ? " (amendment)" : ""}`;
  return filings.length > 1 ? `${one} and ${filings.length - 1} more filing${filings.length > 2 ? "s" : ""}` : one;
}

/** "2. Citigroup Global Markets Inc. · 2013-06-18 (amendment)": numbered from 1, as the pane lists filings. */
export function numberedLabel(filing: Filing, index: number): string {
  const parts = [filing.firm ?? "Firm name not printed", filing.endDate ?? "end date not printed"];
  return `${index + 1}. ${parts.join(" · ")}${filing.amendment ? " (amendment)" : ""}`;
}

/**
 * The workbook name of a finding's figure in the plan (SEC_7740; SEC_7740_2 for the second filing):
 * the pane selects the cell through it, which still works after the user renames the sheet. null for
 * a figure the filing does not print (it has no cell).
 */
export function findingName(plan: WorkbookPlan, finding: Finding, filingIndex: number): string | null {
  const match = plan.names.find((n) => {
    const prefix = n.name.split("_")[0] ?? "";
    return n.name === codeName(prefix, finding.code, filingIndex);
  });
  return match?.name ?? null;
}

export interface StatusMessage {
  readonly tone: "ok" | "warning" | "error";
  readonly text: string;
  /** Further sentences (what degraded, what to do). */
  readonly details: readonly string[];
  /** Offer "Replace" (sheets of another filing's import are in the way, nothing else). */
  readonly offerReplace: boolean;
}

/** An import's result, in the pane's words. */
export function importMessage(result: ImportResult): StatusMessage {
  if (result.ok) {
    const replaced = result.replaced.length
      ? `, replacing the earlier import's ${result.replaced.length === 1 ? "sheet" : "sheets"}`
      : "";
    return {
      tone: result.warnings.length || result.degraded.length ? "warning" : "ok",
      text:
        `Imported ${result.sheets.length} ${result.sheets.length === 1 ? "sheet" : "sheets"} ` +
        `(${result.sheets.join(", ")})${replaced}, in ${result.syncs} round trips to Excel.`,
      details: [...result.degraded.map((d) => d.message), ...result.warnings],
      offerReplace: false,
    };
  }
  const offerReplace =
    result.reason === "conflict" &&
    result.conflicts.length > 0 &&
    result.conflicts.every((c) => c.kind === "other-import");
  return { tone: "error", text: result.message, details: [], offerReplace };
}
