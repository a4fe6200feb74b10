import { codeLines } from "../derive";
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
 * Every statement's figures by code, in the filing's statement order: a statement's own codes first,
 * then the whole filing's, because ties may cross statements. When a code is printed twice (the parser
 * reports it as `duplicate-code`), the first printing is the one checked. Where each code is printed
 * is known from the statement's layout (`codeLines`), so no map is built per filing; a figure is made
 * when first asked for, once, since a rule's input is often another rule's total.
 */
export function indexFigures(filing: Filing): readonly StatementFigures[] {
  const statements = filing.statements;
  const codes = statements.map(codeLines);
  const made = statements.map((s) => new Array<Figure | undefined>(s.lines.length));
  const figureAt = (s: number, index: number): Figure => {
    let figure = made[s]![index];
    if (!figure) {
      const statement = statements[s]!;
      figure = new PrintedFigure(statement.lines[index]!, statement);
      made[s]![index] = figure;
    }
    return figure;
  };
  const first = (code: string): Figure | undefined => {
    for (let s = 0; s < statements.length; s++) {
      const index = codes[s]!.get(code);
      if (index !== undefined) return figureAt(s, index);
    }
    return undefined;
  };
  return statements.map((statement, s) => ({
    find: (code) => {
      const index = codes[s]!.get(code);
      return index === undefined ? first(code) : figureAt(s, index);
    },
    matched: statement.lines.some((l) => l.codeSource === "matched"),
  }));
}

/**
 * A figure as a rule reads it: its code, value and cents are its line's, worked out when asked. Held
 * as copies, each figure boxed its value and its cents apart, and a figure is made for every code the
 * rules of every filing read.
 */
class PrintedFigure implements Figure {
  constructor(
    readonly line: ReportedLine,
    readonly statement: Statement,
  ) {}

  get code(): string {
    return this.line.code!;
  }

  get value(): number {
    return this.line.value;
  }

  get cents(): number {
    return toCents(this.line.value);
  }
}
