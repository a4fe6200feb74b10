import type { PlanCell } from "../plan";
import { cellAddress } from "./address";
import { checkFormula, checkResult, roundToCents, type RowCheck } from "./check-formula";
import { calculation, type ArithmeticRule, type FigureRef } from "./rule-calculation";
import { COL, STATEMENT_HEADERS } from "./statement-columns";

/** Builders of one statement-sheet row each; every row has STATEMENT_HEADERS.length cells. */

const WIDTH = STATEMENT_HEADERS.length;

function blankRow(): PlanCell[] {
  return new Array<PlanCell>(WIDTH).fill(null);
}

/** Up to six digits, no leading zero: a line id or code that reads back as the same number. */
const PLAIN_NUMBER = /^[1-9]\d{0,5}$/;

/**
 * A line id or code as printed. One made of digits only ("7", "7010") is a number: as text Excel
 * marks it "number stored as text" with a green triangle on every row. Leading zeros stay text.
 */
function printedId(id: string): PlanCell {
  return PLAIN_NUMBER.test(id)
    ? { kind: "number", value: Number(id), style: "code" }
    : { kind: "text", text: id, style: "code" };
}

export function textRow(column: number, text: string, style: "title" | "note" | "section"): PlanCell[] {
  const row = blankRow();
  row[column] = { kind: "text", text, style };
  return row;
}

export function headerRow(): PlanCell[] {
  return STATEMENT_HEADERS.map((text) => ({ kind: "text", text, style: "heading" }));
}

/** A printed line without a figure ("1. Net ledger balance"). */
export function headingRow(line: string, label: string): PlanCell[] {
  const row = blankRow();
  row[COL.line] = printedId(line);
  row[COL.description] = { kind: "text", text: label, style: "label" };
  return row;
}

export interface FigureRowInput {
  readonly row: number;
  readonly line: string;
  readonly label: string;
  readonly code: string | null;
  readonly value: number | undefined;
  readonly sourceLine: number | undefined;
  /** The rule whose Calculated formula sits on this row. */
  readonly rule: ArithmeticRule | undefined;
  readonly check: RowCheck;
  readonly figures: ReadonlyMap<string, FigureRef>;
  readonly tolerance: number;
  /** The code was matched by the line's words, not printed: shown in the note style, set apart from printed codes. */
  readonly matched?: boolean;
}

/** A figure: Reported, and when a rule totals it, Calculated, Difference and Check. */
export function figureRow(input: FigureRowInput): PlanCell[] {
  const row = blankRow();
  row[COL.line] = printedId(input.line);
  row[COL.description] = { kind: "text", text: input.label, style: "label" };
  if (input.code !== null)
    row[COL.code] = input.matched
      ? { kind: "number", value: Number(input.code), style: "note" }
      : printedId(input.code);
  if (input.value !== undefined)
    row[COL.reported] = { kind: "number", value: input.value, style: input.rule ? "money-total" : "money" };
  if (input.sourceLine !== undefined) row[COL.source] = { kind: "number", value: input.sourceLine, style: "integer" };
  fillCheck(row, input.row, input.row, input.rule, input.value, input.check, input.figures, input.tolerance);
  return row;
}

/**
 * A second arithmetic rule on a figure that already has one on its own row: Calculated and
 * Difference here, read against the figure's Reported cell on `figureRow`.
 */
export function alsoRow(
  row: number,
  figureRow: number,
  code: string,
  rule: ArithmeticRule,
  value: number | undefined,
  figures: ReadonlyMap<string, FigureRef>,
  tolerance: number,
): PlanCell[] {
  const cells = blankRow();
  cells[COL.description] = {
    kind: "text",
    text: `Also: ${rule.printed ?? `${rule.kind} rule ${rule.id}`}`,
    style: "note",
  };
  cells[COL.code] = printedId(code);
  fillCheck(cells, row, figureRow, rule, value, { arithmetic: ruleFlag(rule) }, figures, tolerance);
  return cells;
}

export function ruleFlag(rule: ArithmeticRule): "mismatch" | "differs" {
  return rule.kind === "tie" && rule.severity === "info" ? "differs" : "mismatch";
}

function fillCheck(
  cells: PlanCell[],
  row: number,
  figureRow: number,
  rule: ArithmeticRule | undefined,
  value: number | undefined,
  check: RowCheck,
  figures: ReadonlyMap<string, FigureRef>,
  tolerance: number,
): void {
  const reported = cellAddress(COL.reported, figureRow);
  const difference = cellAddress(COL.difference, row);
  let diff = 0;
  let decided = check;
  if (rule) {
    const calc = calculation(rule, figures);
    if (calc) {
      diff = roundToCents((value ?? 0) - calc.value);
      cells[COL.calculated] = { kind: "formula", formula: calc.formula, result: calc.value, style: "money" };
      cells[COL.difference] = {
        kind: "formula",
        formula: `=ROUND(${reported}-${cellAddress(COL.calculated, row)},2)`,
        result: diff,
        style: "money-cents",
      };
    } else {
      // A component has no row to point at: say so rather than compute a partial total.
      cells[COL.calculated] = { kind: "text", text: "n/a", style: "code" };
      decided = { ...check, arithmetic: undefined };
    }
  }
  if (!decided.arithmetic && !decided.floor && !decided.missing) return;
  cells[COL.check] = {
    kind: "formula",
    formula: checkFormula(decided, { reported, difference }),
    result: checkResult(decided, value, diff, tolerance),
    style: "check",
  };
}
