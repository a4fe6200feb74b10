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

export interface FigureIndex {
  /** The figure printed with `code`, preferring `near` (a rule's own statement) over the rest of the filing. */
  readonly find: (code: string, near: Statement) => Figure | undefined;
}

/**
 * Figures by code across the whole filing, because ties may cross statements. When a code is
 * printed twice (the parser reports it as `duplicate-code`), the first printing is the one checked.
 */
export function indexFigures(filing: Filing): FigureIndex {
  const first = new Map<string, Figure>();
  const byStatement = new Map<Statement, Map<string, Figure>>();
  for (const statement of filing.statements) {
    const own = new Map<string, Figure>();
    byStatement.set(statement, own);
    for (const line of statement.lines) {
      if (line.code === null || own.has(line.code)) continue;
      const figure: Figure = { code: line.code, value: line.value, cents: toCents(line.value), line, statement };
      own.set(line.code, figure);
      if (!first.has(line.code)) first.set(line.code, figure);
    }
  }
  return { find: (code, near) => byStatement.get(near)?.get(code) ?? first.get(code) };
}
