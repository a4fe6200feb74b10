import { statementRules } from "../derive";
import { formByVersion, ruleInputs } from "../forms";
import type { Filing, Finding, Statement } from "../model";
import type { DefinedNamePlan, NotePlan, PlanCell, SheetPlan } from "../plan";
import { absoluteAddress, cellAddress, rangeAddress } from "./address";
import { statementFlags, type RowCheck } from "./check-formula";
import { codeName, isSafeDefinedName, statementPrefix } from "./defined-names";
import { filingLine } from "./filing-fields";
import { NO_RULES, rulesByFigure, type ArithmeticRule, type FigureRef, type FigureRules } from "./rule-calculation";
import { COL, STATEMENT_HEADER_ROWS, STATEMENT_WIDTHS } from "./statement-columns";
import { statementItems } from "./statement-lines";
import { alsoRow, figureRow, headerRow, headingRow, ruleFlag, textRow, type FigureRowInput } from "./statement-rows";

export interface StatementSheetInput {
  readonly filing: Filing;
  /** 0-based position of the filing in the workbook (names of later filings get a suffix). */
  readonly filingIndex: number;
  readonly statement: Statement;
  readonly sheetName: string;
  /** The findings this sheet carries as cell notes. */
  readonly findings: readonly Finding[];
  readonly tolerance: number;
  /** Claims a workbook name; false when another sheet already has it. */
  readonly claimName: (name: string) => boolean;
}

export interface StatementSheet {
  readonly sheet: SheetPlan;
  readonly names: readonly DefinedNamePlan[];
  /** The Reported cell of each named code (7740 → "D24"): where notes and links point. */
  readonly reportedCells: ReadonlyMap<string, string>;
  /** The Check column's body ("$G$5:$G$48") for the Summary's counts; null when there is no body. */
  readonly checkRange: string | null;
  /** The Check column's cached texts ("OK", "Does not tie", …): the counts' results on the data as read. */
  readonly results: readonly string[];
}

type Planned =
  | { readonly kind: "section"; readonly text: string }
  | { readonly kind: "heading"; readonly line: string; readonly label: string }
  | ({ readonly kind: "figure" } & FigureRowInput)
  | {
      readonly kind: "also";
      readonly code: string;
      readonly rule: ArithmeticRule;
      readonly value: number | undefined;
      readonly figureRow: number;
    };

/** A figure that is not its code's first: shown, but neither named nor checked. */
const UNCHECKED: RowCheck = {};

/** One worksheet laid out like the printed statement, with live formulas beside every total. */
export function statementSheet(input: StatementSheetInput): StatementSheet {
  const { statement, tolerance } = input;
  const form = statement.version ? formByVersion(statement.version) : undefined;
  const prefix = statementPrefix(statement);
  // The rules the checks use (catalog, or read from the printed instructions), so every flag has a formula.
  const rulesOf = rulesByFigure(statementRules(statement)?.rules ?? []);
  const rows: PlanCell[][] = [
    textRow(0, statement.title, "title"),
    textRow(0, filingLine(input.filing), "note"),
    headerRow(),
  ];
  for (const note of statement.notes) rows.push(textRow(COL.description, note.text, "note"));
  if (statement.missing.length)
    rows.push(
      textRow(COL.description, `The text ended before these lines were read: ${statement.missing.join(", ")}.`, "note"),
    );

  // Pass 1: every item planned on the row it will take, names for the first figure of each code.
  const planned: Planned[] = [];
  const figures = new Map<string, FigureRef>();
  const names: DefinedNamePlan[] = [];
  const reportedCells = new Map<string, string>();
  const matchedNotes: NotePlan[] = [];
  for (const item of statementItems(statement, form)) {
    if (item.kind !== "figure") {
      planned.push(item);
      continue;
    }
    const row = rows.length + planned.length + 1;
    const { code, reported } = item;
    const matched = reported?.codeSource === "matched";
    if (code !== null && matched)
      matchedNotes.push({ address: cellAddress(COL.code, row), text: matchedCodeNote(code, item.label) });
    // Only the first figure of a code is named and checked: it is the one the checks read.
    const first = code !== null && !figures.has(code);
    const own = first ? (rulesOf.get(code) ?? NO_RULES) : NO_RULES;
    if (first) {
      const wanted = codeName(prefix, code, input.filingIndex);
      const name = isSafeDefinedName(wanted) && input.claimName(wanted) ? wanted : null;
      const address = cellAddress(COL.reported, row);
      figures.set(code, { name, address, value: reported?.value });
      reportedCells.set(code, address);
      if (name)
        names.push({
          name,
          sheet: input.sheetName,
          address: absoluteAddress(COL.reported, row),
          comment: `${item.line} ${item.label}`.slice(0, 255),
        });
    }
    planned.push({
      kind: "figure",
      row,
      line: item.line,
      label: item.label,
      code,
      value: reported?.value,
      sourceLine: reported?.sourceLine,
      rule: own.arithmetic[0],
      check: first ? rowCheck(own, reported === undefined, statement.rounding) : UNCHECKED,
      figures,
      tolerance,
      matched,
    });
    if (first)
      for (const rule of own.arithmetic.slice(1))
        planned.push({ kind: "also", code, rule, value: reported?.value, figureRow: row });
  }

  // Pass 2: cells, now that every figure a formula reads has its name.
  const firstBody = rows.length + 1;
  for (const p of planned) {
    if (p.kind === "section") rows.push(textRow(0, p.text, "section"));
    else if (p.kind === "heading") rows.push(headingRow(p.line, p.label));
    else if (p.kind === "also")
      rows.push(alsoRow(rows.length + 1, p.figureRow, p.code, p.rule, p.value, figures, tolerance));
    else rows.push(figureRow(p));
  }
  const lastBody = rows.length;
  const hasBody = lastBody >= firstBody;
  return {
    sheet: {
      name: input.sheetName,
      role: "statement",
      rows,
      columnWidths: STATEMENT_WIDTHS,
      frozenRows: STATEMENT_HEADER_ROWS,
      notes: [...findingNotes(input.findings, reportedCells), ...matchedNotes],
      conditionalFormats: hasBody ? statementFlags(firstBody, lastBody) : [],
    },
    names,
    reportedCells,
    checkRange: hasBody
      ? rangeAddress({ column: COL.check, row: firstBody }, { column: COL.check, row: lastBody }, true)
      : null,
    results: checkResults(rows),
  };
}

/**
 * What a figure's Check decides on: its rules' flags, whether the text never gave it, and what its
 * arithmetic may miss by when the statement's figures are rounded to `unit` dollars.
 */
function rowCheck(own: FigureRules, missing: boolean, unit: number | undefined): RowCheck {
  const arithmetic = own.arithmetic[0];
  return {
    arithmetic: arithmetic ? ruleFlag(arithmetic) : undefined,
    floor: own.floor ? (own.floor.meaning === "target-shortfall" ? "shortfall" : "deficiency") : undefined,
    missing,
    rounding: unit && arithmetic ? roundingOf(arithmetic, unit) : undefined,
  };
}

/** The Check column's cached texts, top to bottom. */
function checkResults(rows: readonly (readonly PlanCell[])[]): string[] {
  const results: string[] = [];
  for (const cells of rows) {
    const cell = cells[COL.check];
    if (cell?.kind === "formula" && typeof cell.result === "string") results.push(cell.result);
  }
  return results;
}

/** What a sum or difference of figures rounded to `unit` may miss by: (n + 1) · unit / 2 (XBRL calculation 1.1). */
function roundingOf(rule: ArithmeticRule, unit: number): number | undefined {
  if (rule.kind !== "sum" && rule.kind !== "difference") return undefined;
  return ((ruleInputs(rule).length + 1) * unit) / 2;
}

/** Why a code cell of a statement printed without codes holds a code at all. */
function matchedCodeNote(code: string, label: string): string {
  return (
    `The statement prints no codes: [${code}] is the form's line whose words and place match "${label}". ` +
    "Check that the line is the one meant before relying on its code."
  );
}

/** One note per flagged Reported cell, holding the sentence of every finding on it. */
function findingNotes(findings: readonly Finding[], reportedCells: ReadonlyMap<string, string>): NotePlan[] {
  const byCell = new Map<string, string[]>();
  for (const f of findings) {
    const address = reportedCells.get(f.code);
    if (!address) continue;
    byCell.set(address, [...(byCell.get(address) ?? []), `${f.message} (${f.severity}, rule ${f.rule})`]);
  }
  return [...byCell].map(([address, texts]) => ({ address, text: texts.join("\n\n") }));
}
