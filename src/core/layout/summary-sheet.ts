import type { Filing } from "../model";
import type { ConditionalFormatPlan, PlanCell, SheetPlan } from "../plan";
import { absoluteAddress } from "./address";
import { coverRows } from "./cover-rows";
import { filingFields } from "./filing-fields";
import type { LayoutDiagnostic } from "./layout-workbook";
import { SUMMARY_SHEET } from "./sheet-names";
import {
  diagnosticRows,
  findingRows,
  flagCountRows,
  row,
  SUMMARY_WIDTHS,
  type LocatedFinding,
  type SheetChecks,
} from "./summary-tables";

export interface SummaryInput {
  readonly sourceName: string;
  readonly tolerance: number;
  readonly filings: readonly Filing[];
  readonly sheets: readonly SheetChecks[];
  readonly findings: readonly LocatedFinding[];
  readonly diagnostics: readonly LayoutDiagnostic[] | undefined;
  readonly sources: readonly string[] | undefined;
}

export interface SummarySheet {
  readonly sheet: SheetPlan;
  /** "$B$3": the Tolerance cell every flag reads. */
  readonly toleranceAddress: string;
}

const TOLERANCE_ROW = 3;

/**
 * The first sheet: where the text came from, the Tolerance every flag reads, each filing's header
 * fields (and its Cover Page's, when it prints one), live counts of the flags on every statement
 * sheet, the findings with links to their cells, and what could not be read.
 */
export function summarySheet(input: SummaryInput): SummarySheet {
  const label = (t: string): PlanCell => ({ kind: "text", text: t, style: "field" });
  const section = (t: string): PlanCell[] => row({ kind: "text", text: t, style: "section" });
  const rows: PlanCell[][] = [
    row({ kind: "text", text: "Tieout: the filing's printed totals, recomputed", style: "title" }),
    row(label("Source"), label(input.sourceName)),
    row(
      label("Tolerance"),
      { kind: "number", value: input.tolerance, style: "input" },
      {
        kind: "text",
        text: "Dollars a figure may differ from its arithmetic before it is flagged. Edit it: every flag follows.",
        style: "note",
      },
    ),
    row(),
  ];
  if (!input.filings.length) rows.push(section("No filing was read from the text."), row());
  input.filings.forEach((filing, i) => {
    rows.push(section(input.filings.length > 1 ? `Filing ${i + 1} of ${input.filings.length}` : "Filing"));
    const source = input.sources?.[i];
    if (source !== undefined) rows.push(row(label("Source file"), label(source)));
    for (const [name, value] of filingFields(filing)) rows.push(row(label(name), label(value)));
    if (filing.cover) rows.push(...coverRows(filing.cover));
    rows.push(row());
  });
  rows.push(section("Flags now (formulas: they follow every edit to a figure or to the Tolerance)"));
  const countsHeader = rows.length + 1;
  rows.push(...flagCountRows(input.sheets, countsHeader), row());
  rows.push(section(`Findings when the text was read (${input.findings.length})`));
  rows.push(...findingRows(input.findings));
  if (input.diagnostics?.length)
    rows.push(
      row(),
      section(`What could not be read (${input.diagnostics.length})`),
      ...diagnosticRows(input.diagnostics),
    );
  return {
    sheet: {
      name: SUMMARY_SHEET,
      role: "summary",
      rows,
      columnWidths: SUMMARY_WIDTHS,
      frozenRows: 0,
      notes: [],
      conditionalFormats: countFlags(countsHeader + 1, countsHeader + input.sheets.length + 1),
    },
    toleranceAddress: absoluteAddress(1, TOLERANCE_ROW),
  };
}

/** Colour a count above zero: errors in the error colour, deficiencies and missing figures as warnings. */
function countFlags(first: number, last: number): readonly ConditionalFormatPlan[] {
  return [
    { range: `B${first}:B${last}`, formula: `=$B${first}>0`, style: "error" },
    { range: `C${first}:D${last}`, formula: `=C${first}>0`, style: "warning" },
  ];
}
