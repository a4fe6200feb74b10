import type { Filing, StatementKind } from "../model";
import type { PlanCell, SheetPlan } from "../plan";
import { amendmentChanges, type AmendedFigure } from "./amendment-changes";
import { columnLetters } from "./address";
import type { FlagKind } from "./check-formula";
import { sheetReference } from "./sheet-names";
import type { StatementSheet } from "./statement-sheet";
import { liveCount } from "./summary-tables";

/**
 * The sheets a month of filings needs beside the Summary: an Index (one row per filing, its live
 * error and warning counts and a link to its first statement), a Trend (one row per end date, the
 * key figures of each statement referenced from its sheet) and, where an AMENDMENT replaces an
 * INITIAL filing of the same firm, form and end date, the Changes between them. Every figure here is
 * a formula into a statement sheet, so an edit there shows here.
 */

export const INDEX_SHEET = "Index";
export const TREND_SHEET = "Trend";
export const CHANGES_SHEET = "Changes";

export interface FilingSheets {
  readonly filing: Filing;
  readonly sheets: readonly StatementSheet[];
}

type Style = "heading" | "field" | "label" | "code" | "integer" | "money" | "money-cents" | "link" | "note" | "title";
const text = (t: string, style: Style = "field"): PlanCell => ({ kind: "text", text: t, style });
const title = (t: string): PlanCell => text(t, "title");

/** Each statement's key figures: what the Trend follows from day to day. */
const KEY_FIGURES: readonly {
  readonly kind: Exclude<StatementKind, "unknown">;
  readonly label: string;
  readonly figures: readonly { readonly name: string; readonly codes: readonly string[] }[];
}[] = [
  {
    kind: "segregation",
    label: "Segregation",
    figures: [
      { name: "required", codes: ["7060"] },
      { name: "funds", codes: ["7180"] },
      { name: "excess", codes: ["7190"] },
      { name: "over target", codes: ["7198"] },
    ],
  },
  {
    kind: "secured-amounts",
    label: "Secured",
    figures: [
      { name: "required", codes: ["7360"] },
      { name: "funds", codes: ["7770"] },
      { name: "excess", codes: ["7380"] },
      { name: "over target", codes: ["7785"] },
    ],
  },
  {
    kind: "cleared-swaps",
    label: "Cleared swaps",
    figures: [
      { name: "required", codes: ["8590"] },
      { name: "funds", codes: ["8720"] },
      { name: "excess", codes: ["8730"] },
      { name: "over target", codes: ["8770"] },
    ],
  },
];

const ERROR_FLAGS: readonly FlagKind[] = ["mismatch"];
const WARNING_FLAGS: readonly FlagKind[] = ["deficiency", "shortfall", "missing"];

const status = (f: Filing): string => (f.amendment ? "Amendment" : "Initial");

export function indexSheet(filings: readonly FilingSheets[]): SheetPlan {
  const headers = ["#", "Firm", "Form", "End date", "Submit date", "Status", "Does not tie", "Warnings", "First sheet"];
  const rows: PlanCell[][] = [
    [title("Filings in this workbook"), ...new Array<PlanCell>(headers.length - 1).fill(null)],
    headers.map((h) => text(h, "heading")),
  ];
  filings.forEach(({ filing, sheets }, i) => {
    const first = sheets[0]?.sheet.name;
    const checks = sheets.map((s) => ({ name: s.sheet.name, checkRange: s.checkRange, results: s.results }));
    rows.push([
      { kind: "number", value: i + 1, style: "integer" },
      text(filing.firm ?? "(not given)"),
      text(filing.form ?? "(not given)"),
      text(filing.endDate ?? "(not given)"),
      text(filing.submitDate ?? "(not given)"),
      text(status(filing)),
      liveCount(checks, ERROR_FLAGS),
      liveCount(checks, WARNING_FLAGS),
      first ? { kind: "link", text: first, sheet: first, address: "A1", style: "link" } : null,
    ]);
  });
  return sheetOf(INDEX_SHEET, rows, [5, 34, 22, 12, 12, 12, 13, 11, 30], 2);
}

/**
 * The filing that stands for each end date: an amendment replaces the initial filing, and a later
 * copy of the same kind replaces an earlier one. Sorted by end date; filings without one are left out.
 */
function latestByDate(filings: readonly FilingSheets[]): FilingSheets[] {
  const byDate = new Map<string, FilingSheets>();
  for (const f of filings) {
    const date = f.filing.endDate;
    if (date === null) continue;
    const held = byDate.get(date);
    if (!held || f.filing.amendment || !held.filing.amendment) byDate.set(date, f);
  }
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, f]) => f);
}

/** One row per end date, each statement's key figures as formulas into its sheet; null for fewer than two dates. */
export function trendSheet(filings: readonly FilingSheets[]): SheetPlan | null {
  const days = latestByDate(filings);
  if (days.length < 2) return null;
  const columns = KEY_FIGURES.flatMap((k) =>
    k.figures
      .filter((fig) => days.some((d) => referenceTo(d, k.kind, fig.codes) !== null))
      .map((fig) => ({ kind: k.kind, codes: fig.codes, header: `${k.label} ${fig.name}` })),
  );
  const rows: PlanCell[][] = [
    [title("Key figures by end date (formulas into each day's statement sheets)"), ...blank(columns.length)],
    [text("End date", "heading"), ...columns.map((c) => text(c.header, "heading"))],
  ];
  for (const day of days)
    rows.push([
      text(day.filing.endDate ?? ""),
      ...columns.map((c): PlanCell => {
        const ref = referenceTo(day, c.kind, c.codes);
        return ref ? { kind: "formula", formula: `=${ref.reference}`, result: ref.value ?? 0, style: "money" } : null;
      }),
    ]);
  const last = 2 + days.length;
  const excess = columns.flatMap((c, i) =>
    c.header.endsWith(" excess")
      ? [{ name: c.header, values: `${columnLetters(i + 1)}3:${columnLetters(i + 1)}${last}` }]
      : [],
  );
  const sheet = sheetOf(TREND_SHEET, rows, [12, ...columns.map(() => 18)], 2);
  if (excess.length === 0) return sheet;
  const chart = {
    title: "Excess by end date",
    categories: `A3:A${last}`,
    series: excess,
    anchor: `${columnLetters(columns.length + 2)}2`,
  };
  return { ...sheet, charts: [chart] };
}

function referenceTo(
  day: FilingSheets,
  kind: StatementKind,
  codes: readonly string[],
): { readonly reference: string; readonly value: number | undefined } | null {
  const index = day.filing.statements.findIndex((s) => s.kind === kind);
  const sheet = day.sheets[index];
  if (index < 0 || !sheet) return null;
  for (const code of codes) {
    const address = sheet.reportedCells.get(code);
    const line = day.filing.statements[index]!.lines.find((l) => l.code === code);
    if (address && line) return { reference: sheetReference(sheet.sheet.name, address), value: line.value };
  }
  return null;
}

/**
 * Every code whose figure an amendment changed (or added, or dropped), as `amendmentChanges` lists
 * them: the original and amended figures as formulas into their sheets and their difference as a
 * formula. Null when no amendment has its initial filing here.
 */
export function changesSheet(filings: readonly FilingSheets[]): SheetPlan | null {
  const pairs = amendmentChanges(filings.map((f) => f.filing));
  if (pairs.length === 0) return null;
  const headers = ["Firm", "End date", "Statement", "Code", "Label", "Original", "Amended", "Difference"];
  const rows: PlanCell[][] = [
    [title("What each amendment changed (formulas into both filings' sheets)"), ...blank(headers.length - 1)],
    headers.map((h) => text(h, "heading")),
  ];
  for (const pair of pairs) {
    const original = filings[pair.original]!;
    const amended = filings[pair.amended]!;
    const firm = text(pair.firm ?? "(not given)");
    const endDate = text(pair.endDate);
    if (pair.changes.length === 0)
      rows.push([firm, endDate, text("The amendment changed no figure.", "note"), ...blank(headers.length - 3)]);
    for (const change of pair.changes) {
      const row = rows.length + 1;
      const sheet = (amended.sheets[change.amendedStatement] ?? original.sheets[change.originalStatement])!.sheet.name;
      rows.push([
        firm,
        endDate,
        { kind: "link", text: sheet, sheet, address: "A1", style: "link" },
        { kind: "number", value: Number(change.code), style: "code" },
        text(change.label, "label"),
        figureCell(original, change.originalStatement, change.code, change.original),
        figureCell(amended, change.amendedStatement, change.code, change.amended),
        {
          kind: "formula",
          formula: `=IF(AND(ISNUMBER(G${row}),ISNUMBER(F${row})),G${row}-F${row},"")`,
          result: change.difference ?? "",
          style: "money",
        },
      ]);
    }
  }
  return sheetOf(CHANGES_SHEET, rows, [30, 12, 24, 8, 50, 18, 18, 16], 2);
}

/** A side of a change: a formula into the filing's reported cell, or why there is no figure. */
function figureCell(fs: FilingSheets, statement: number, code: string, figure: AmendedFigure): PlanCell {
  if (figure.kind !== "figure")
    return text(figure.kind === "not-read" ? `(not read: ${figure.raw})` : "(not printed)", "note");
  const sheet = fs.sheets[statement];
  const address = sheet?.reportedCells.get(code);
  return sheet && address
    ? {
        kind: "formula",
        formula: `=${sheetReference(sheet.sheet.name, address)}`,
        result: figure.value,
        style: "money",
      }
    : { kind: "number", value: figure.value, style: "money" };
}

const blank = (n: number): PlanCell[] => new Array<PlanCell>(n).fill(null);

function sheetOf(name: string, rows: PlanCell[][], widths: readonly number[], frozenRows: number): SheetPlan {
  const width = widths.length;
  return {
    name,
    role: "overview",
    rows: rows.map((r) => [...r, ...blank(width - r.length)].slice(0, width)),
    columnWidths: widths,
    frozenRows,
    notes: [],
    conditionalFormats: [],
  };
}
