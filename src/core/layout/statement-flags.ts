import type { ConditionalFormatPlan } from "../plan";
import { cellAddress, rangeAddress } from "./address";
import { CHECK_OK, FLAG_TEXT } from "./check-formula";
import { TOLERANCE_NAME } from "./defined-names";
import { COL } from "./statement-columns";

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
  const beyondTolerance = `=AND(ISNUMBER(${difference}),ABS(${difference})>${TOLERANCE_NAME},${check}<>"${FLAG_TEXT.differs}")`;
  const warning = `=OR(${[FLAG_TEXT.deficiency, FLAG_TEXT.shortfall, FLAG_TEXT.missing].map((t) => `${check}="${t}"`).join(",")})`;
  return [
    { range: column(COL.reported), formula: beyondTolerance, style: "error" },
    { range: band, formula: beyondTolerance, style: "error" },
    { range: column(COL.reported), formula: warning, style: "warning" },
    { range: column(COL.check), formula: warning, style: "warning" },
    { range: column(COL.check), formula: `=${check}="${CHECK_OK}"`, style: "ok" },
  ];
}
