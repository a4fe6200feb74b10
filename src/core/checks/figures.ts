import type { Filing, ReportedLine, Statement } from "../model";
import { toCents } from "./money";

/** A coded figure of the filing, with where it was printed. */
export interface Figure {
  readonly code: string;
  readonly value: number;
  readonly cents: number;
  readonly line: ReportedLine;
  readonly statement: Statement;
}

/** The figures one statement's rules read, each looked up by its code without scanning any line. */
export interface StatementFigures {
  /** The figure printed with `code` in this statement, else the first printed elsewhere in the filing. */
  readonly find: (code: string) => Figure | undefined;
  /** True when the statement printed no codes and its lines were matched to the form's by their words. */
  readonly matched: boolean;
}

/**
 * Every statement's figures by code, built once per filing: a statement's own codes first, then the
 * whole filing's, because ties may cross statements. When a code is printed twice (the parser reports
 * it as `duplicate-code`), the first printing is the one checked.
 */
export function indexFigures(filing: Filing): ReadonlyMap<Statement, StatementFigures> {
  const first = new Map<string, Figure>();
  const byStatement = new Map<Statement, StatementFigures>();
  for (const statement of filing.statements) {
    const own = new Map<string, Figure>();
    let matched = false;
    for (const line of statement.lines) {
      if (line.codeSource === "matched") matched = true;
      if (line.code === null || own.has(line.code)) continue;
      const figure: Figure = { code: line.code, value: line.value, cents: toCents(line.value), line, statement };
      own.set(line.code, figure);
      if (!first.has(line.code)) first.set(line.code, figure);
    }
    byStatement.set(statement, { find: (code) => own.get(code) ?? first.get(code), matched });
  }
  return byStatement;
}
