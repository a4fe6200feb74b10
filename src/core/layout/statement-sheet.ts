import { statementRules } from "../derive";
import { formByVersion, ruleInputs, ruleTarget } from "../forms";
import type { Filing, Finding, Statement } from "../model";
import type { DefinedNamePlan, NotePlan, PlanCell, SheetPlan } from "../plan";
import { absoluteAddress, cellAddress, rangeAddress } from "./address";
import { statementFlags, type RowCheck } from "./check-formula";
import { codeName, isSafeDefinedName, statementPrefix } from "./defined-names";
import { filingLine } from "./filing-fields";
import { isArithmetic, type ArithmeticRule, type FigureRef } from "./rule-calculation";
import { COL, STATEMENT_HEADER_ROWS, STATEMENT_WIDTHS } from "./statement-columns";
import { statementItems, type StatementItem } from "./statement-lines";
import { alsoRow, figureRow, headerRow, headingRow, ruleFlag, textRow } from "./statement-rows";

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

type FigureItem = Extract<StatementItem, { kind: "figure" }>;
type Planned =
  | { readonly kind: "section"; readonly text: string }
  | { readonly kind: "heading"; readonly line: string; readonly label: string }
  | {
      readonly kind: "figure";
      readonly item: FigureItem;
      readonly rules: readonly ArithmeticRule[];
      readonly check: RowCheck;
    }
  | {
      readonly kind: "also";
      readonly code: string;
      readonly rule: ArithmeticRule;
      readonly value: number | undefined;
      readonly figureRow: number;
    };

/** One worksheet laid out like the printed statement, with live formulas beside every total. */
export function statementSheet(input: StatementSheetInput): StatementSheet {
  const { statement, tolerance } = input;
  const form = statement.version ? formByVersion(statement.version) : undefined;
  const prefix = statementPrefix(statement);
  // The rules the checks use (catalog, or read from the printed instructions), so every flag has a formula.
  const rules = statementRules(statement)?.rules ?? [];
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

  // Pass 1: a row for every item, names for the first figure of each code.
  const planned: Planned[] = [];
  const figures = new Map<string, FigureRef>();
  const names: DefinedNamePlan[] = [];
  const reportedCells = new Map<string, string>();
  for (const item of statementItems(statement, form)) {
    if (item.kind !== "figure") {
      planned.push(item);
      continue;
    }
    const row = rows.length + planned.length + 1;
    // Only the first figure of a code is named and checked: it is the one the checks read.
    if (item.code === null || figures.has(item.code)) {
      planned.push({ kind: "figure", item, rules: [], check: {} });
      continue;
    }
    const code = item.code;
    const wanted = codeName(prefix, code, input.filingIndex);
    const name = isSafeDefinedName(wanted) && input.claimName(wanted) ? wanted : null;
    const address = cellAddress(COL.reported, row);
    figures.set(code, { name, address, value: item.reported?.value });
    reportedCells.set(code, address);
    if (name)
      names.push({
        name,
        sheet: input.sheetName,
        address: absoluteAddress(COL.reported, row),
        comment: `${item.line} ${item.label}`.slice(0, 255),
      });
    const own = rules.filter((r) => ruleTarget(r) === code);
    const arithmetic = own.filter(isArithmetic);
    const floor = own.find((r) => r.kind === "non-negative");
    const check: RowCheck = {
      arithmetic: arithmetic[0] ? ruleFlag(arithmetic[0]) : undefined,
      floor:
        floor?.kind === "non-negative"
          ? floor.meaning === "target-shortfall"
            ? "shortfall"
            : "deficiency"
          : undefined,
      missing: item.reported === undefined,
      ...(statement.rounding && arithmetic[0] ? roundingOf(arithmetic[0], statement.rounding) : {}),
    };
    planned.push({ kind: "figure", item, rules: arithmetic, check });
    for (const rule of arithmetic.slice(1))
      planned.push({ kind: "also", code, rule, value: item.reported?.value, figureRow: row });
  }

  // Pass 2: cells, now that every figure a formula reads has its name.
  const firstBody = rows.length + 1;
  const matchedNotes: NotePlan[] = [];
  for (const p of planned) {
    const row = rows.length + 1;
    if (p.kind === "figure" && p.item.code !== null && p.item.reported?.codeSource === "matched")
      matchedNotes.push({ address: cellAddress(COL.code, row), text: matchedCodeNote(p.item.code, p.item.label) });
    if (p.kind === "section") rows.push(textRow(0, p.text, "section"));
    else if (p.kind === "heading") rows.push(headingRow(p.line, p.label));
    else if (p.kind === "also") rows.push(alsoRow(row, p.figureRow, p.code, p.rule, p.value, figures, tolerance));
    else
      rows.push(
        figureRow({
          row,
          line: p.item.line,
          label: p.item.label,
          code: p.item.code,
          value: p.item.reported?.value,
          sourceLine: p.item.reported?.sourceLine,
          rule: p.rules[0],
          check: p.check,
          figures,
          tolerance,
          matched: p.item.reported?.codeSource === "matched",
        }),
      );
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
    results: rows.flatMap((r) => {
      const cell = r[COL.check];
      return cell?.kind === "formula" && typeof cell.result === "string" ? [cell.result] : [];
    }),
  };
}

/** What a sum or difference of figures rounded to `unit` may miss by: (n + 1) · unit / 2 (XBRL calculation 1.1). */
function roundingOf(rule: ArithmeticRule, unit: number): { rounding?: number } {
  if (rule.kind !== "sum" && rule.kind !== "difference") return {};
  return { rounding: ((ruleInputs(rule).length + 1) * unit) / 2 };
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
