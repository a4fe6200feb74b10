import type { Finding } from "../model";
import type { PlanCell } from "../plan";
import { columnLetters } from "./address";
import { FLAG_TEXT, type FlagKind } from "./check-formula";
import type { LayoutDiagnostic } from "./layout-workbook";
import { quoteSheetName } from "./sheet-names";

/** The tables of the Summary sheet, as rows of SUMMARY_WIDTHS.length cells. */

export const SUMMARY_WIDTHS: readonly number[] = [24, 28, 16, 24, 90, 40];

export interface SheetChecks {
  readonly name: string;
  /** "$G$5:$G$48"; null when the sheet has no body. */
  readonly checkRange: string | null;
  /** The cached Check results of the sheet. */
  readonly results: readonly string[];
}

export interface LocatedFinding {
  readonly finding: Finding;
  readonly sheet: string | null;
  readonly address: string | null;
}

const text = (t: string, style: "field" | "heading" | "label" | "note" | "section" | "code" = "field"): PlanCell => ({
  kind: "text",
  text: t,
  style,
});

export function row(...cells: PlanCell[]): PlanCell[] {
  // A rest parameter is this call's own array: padded in place rather than copied.
  while (cells.length < SUMMARY_WIDTHS.length) cells.push(null);
  return cells;
}

/** Columns of the live counts: which Check texts each one counts. */
const COUNTS: readonly { readonly header: string; readonly flags: readonly FlagKind[] }[] = [
  { header: "Does not tie", flags: ["mismatch"] },
  { header: "Deficiency or below target", flags: ["deficiency", "shortfall"] },
  { header: "Missing", flags: ["missing"] },
  { header: "Differs (info)", flags: ["differs"] },
];

/**
 * A live count of the Check texts of `flags` over every Check column of `sheets` (COUNTIF, so it
 * follows any edit), with its result on the data as read; 0 where no sheet has a Check column.
 */
export function liveCount(sheets: readonly SheetChecks[], flags: readonly FlagKind[]): PlanCell {
  const parts = sheets.flatMap((s) =>
    s.checkRange ? flags.map((f) => `COUNTIF(${quoteSheetName(s.name)}!${s.checkRange},"${FLAG_TEXT[f]}")`) : [],
  );
  return parts.length
    ? { kind: "formula", formula: `=${parts.join("+")}`, result: flaggedCount(sheets, flags), style: "integer" }
    : { kind: "number", value: 0, style: "integer" };
}

/** How many of the sheets' cached Check texts are those of `flags`: what the COUNTIFs give on the data as read. */
function flaggedCount(sheets: readonly SheetChecks[], flags: readonly FlagKind[]): number {
  const texts: readonly string[] = flags.map((f) => FLAG_TEXT[f]);
  let count = 0;
  for (const sheet of sheets) for (const result of sheet.results) if (texts.includes(result)) count++;
  return count;
}

/**
 * One row per statement sheet counting its Check texts with COUNTIF, then a total row: live, so the
 * counts follow any edit in the workbook. `firstRow` is the 1-based row of the header.
 */
export function flagCountRows(sheets: readonly SheetChecks[], firstRow: number): PlanCell[][] {
  const rows: PlanCell[][] = [row(text("Sheet", "heading"), ...COUNTS.map((c) => text(c.header, "heading")))];
  for (const sheet of sheets) {
    const counts = COUNTS.map((c) => liveCount([sheet], c.flags));
    rows.push(row({ kind: "link", text: sheet.name, sheet: sheet.name, address: "A1", style: "link" }, ...counts));
  }
  const first = firstRow + 1;
  const last = firstRow + sheets.length;
  const totals = COUNTS.map((c, i): PlanCell => {
    const column = columnLetters(i + 1);
    return sheets.length
      ? {
          kind: "formula",
          formula: `=SUM(${column}${first}:${column}${last})`,
          result: flaggedCount(sheets, c.flags),
          style: "integer",
        }
      : { kind: "number", value: 0, style: "integer" };
  });
  rows.push(row(text("All sheets", "heading"), ...totals));
  return rows;
}

export function findingRows(located: readonly LocatedFinding[]): PlanCell[][] {
  if (!located.length) return [row(text("None: every printed total ties within the tolerance.", "note"))];
  const rows: PlanCell[][] = [
    row(...["Severity", "Statement", "Code", "Cell", "Message"].map((h) => text(h, "heading"))),
  ];
  for (const { finding, sheet, address } of located) {
    const cell: PlanCell =
      sheet && address
        ? { kind: "link", text: `${sheet}!${address}`, sheet, address, style: "link" }
        : text("(no cell)", "note");
    rows.push(
      row(
        text(capitalise(finding.severity)),
        text(sheet ?? finding.statement),
        text(finding.code, "code"),
        cell,
        text(finding.message, "label"),
      ),
    );
  }
  return rows;
}

export function diagnosticRows(diagnostics: readonly LayoutDiagnostic[]): PlanCell[][] {
  const rows: PlanCell[][] = [
    row(...["Severity", "Code", "Text line", "Source", "Message", "Text as read"].map((h) => text(h, "heading"))),
  ];
  for (const d of diagnostics)
    rows.push(
      row(
        text(capitalise(d.severity)),
        text(d.code, "code"),
        d.line ? { kind: "number", value: d.line, style: "integer" } : null,
        d.source ? text(d.source) : null,
        text(d.message, "label"),
        d.text ? text(d.text) : null,
      ),
    );
  return rows;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
