import type { Severity } from "../model";
import type { ConditionalFormatPlan } from "../plan";
import { cellAddress, rangeAddress } from "./address";
import { TOLERANCE_NAME } from "./defined-names";
import { COL } from "./statement-columns";

/**
 * The Check column: one formula per row that says "OK" or names the flag, and the same decision in
 * TypeScript for the cached result; and the conditional formats that colour a row by that flag. All
 * live here so they cannot drift apart (the workbook test compares every cached result with what a
 * spreadsheet engine computes).
 */

export const CHECK_OK = "OK";

export const FLAG_TEXT = {
  mismatch: "Does not tie",
  differs: "Differs",
  deficiency: "Deficiency",
  shortfall: "Below target",
  missing: "Missing",
} as const;

export type FlagKind = keyof typeof FLAG_TEXT;

/** Which Summary count each flag falls under. */
export const FLAG_SEVERITY: Readonly<Record<FlagKind, Severity>> = {
  mismatch: "error",
  differs: "info",
  deficiency: "warning",
  shortfall: "warning",
  missing: "warning",
};

/** What a row's Check decides on. */
export interface RowCheck {
  /** The row has Calculated/Difference; a difference beyond the tolerance is this flag. */
  readonly arithmetic?: "mismatch" | "differs";
  /** A non-negative rule on the reported figure. */
  readonly floor?: "deficiency" | "shortfall";
  /** The text never gave this figure: say so while the cell stays blank. */
  readonly missing?: boolean;
  /**
   * Dollars the figure's rounded parts allow (figures rounded to thousands): a difference within it
   * is "Differs", an observation, and only one beyond both it and the tolerance does not tie.
   */
  readonly rounding?: number;
}

/** Cells the formula reads, as same-sheet addresses ("D12", "F12"). */
export interface CheckCells {
  readonly reported: string;
  readonly difference: string;
}

const QUOTE = /"/g;
const literal = (text: string): string => `"${text.replace(QUOTE, '""')}"`;

/** `=IF(ABS(F12)>Tolerance,"Does not tie",IF(D12<0,"Deficiency","OK"))`; the most serious test comes first. */
export function checkFormula(check: RowCheck, cells: CheckCells): string {
  let formula = literal(CHECK_OK);
  if (check.floor) formula = `IF(${cells.reported}<0,${literal(FLAG_TEXT[check.floor])},${formula})`;
  if (check.arithmetic && check.rounding)
    formula =
      `IF(ABS(${cells.difference})>MAX(${TOLERANCE_NAME},${check.rounding}),${literal(FLAG_TEXT[check.arithmetic])},` +
      `IF(ABS(${cells.difference})>${TOLERANCE_NAME},${literal(FLAG_TEXT.differs)},${formula}))`;
  else if (check.arithmetic)
    formula = `IF(ABS(${cells.difference})>${TOLERANCE_NAME},${literal(FLAG_TEXT[check.arithmetic])},${formula})`;
  if (check.missing) formula = `IF(ISBLANK(${cells.reported}),${literal(FLAG_TEXT.missing)},${formula})`;
  return `=${formula}`;
}

/** What `checkFormula` shows on the data as read; `reported` undefined = blank cell. */
export function checkResult(
  check: RowCheck,
  reported: number | undefined,
  difference: number,
  tolerance: number,
): string {
  if (check.missing && reported === undefined) return FLAG_TEXT.missing;
  if (check.arithmetic && Math.abs(difference) > Math.max(tolerance, check.rounding ?? 0))
    return FLAG_TEXT[check.arithmetic];
  if (check.arithmetic && check.rounding && Math.abs(difference) > tolerance) return FLAG_TEXT.differs;
  if (check.floor && (reported ?? 0) < 0) return FLAG_TEXT[check.floor];
  return CHECK_OK;
}

/**
 * Excel's ROUND(x, 2): halves away from zero. Differences are rounded to the cent so that adding
 * decimals never leaves a 1e-9 "difference".
 */
export function roundToCents(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 100)) / 100 + 0;
}

/**
 * Conditional formats of a statement sheet's body (rows `first`..`last`). They read the Difference
 * against the Tolerance cell and the Check text, never a value fixed at import, so a flag turns on or
 * off as soon as a figure or the tolerance is edited. Error rules come first: Excel gives the first
 * matching rule precedence.
 */
export function statementFlags(first: number, last: number): readonly ConditionalFormatPlan[] {
  const column = (c: number): string => rangeAddress({ column: c, row: first }, { column: c, row: last });
  const band = rangeAddress({ column: COL.difference, row: first }, { column: COL.check, row: last });
  const difference = `$${cellAddress(COL.difference, first)}`;
  const check = `$${cellAddress(COL.check, first)}`;
  // An info-only tie ("Differs") is beyond tolerance too but is no error: it keeps its plain look.
  const overTolerance = `ABS(${difference})>${TOLERANCE_NAME}`;
  const beyondTolerance = `=AND(ISNUMBER(${difference}),${overTolerance},${check}<>"${FLAG_TEXT.differs}")`;
  const warningTexts = [FLAG_TEXT.deficiency, FLAG_TEXT.shortfall, FLAG_TEXT.missing];
  const warning = `=OR(${warningTexts.map((t) => `${check}="${t}"`).join(",")})`;
  return [
    { range: column(COL.reported), formula: beyondTolerance, style: "error" },
    { range: band, formula: beyondTolerance, style: "error" },
    { range: column(COL.reported), formula: warning, style: "warning" },
    { range: column(COL.check), formula: warning, style: "warning" },
    { range: column(COL.check), formula: `=${check}="${CHECK_OK}"`, style: "ok" },
  ];
}
