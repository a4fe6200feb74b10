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

/**
 * The figures one statement's rules read, each looked up by its code without scanning any line: the
 * figure printed with the code in this statement, else the first printed elsewhere in the filing.
 */
export interface StatementFigures {
  /** Whether a figure is printed with `code`. */
  has(code: string): boolean;
  /** The cents of the figure printed with `code`, which must be printed (`has`). */
  cents(code: string): number;
  /** The figure printed with `code`, with its line and statement. */
  find(code: string): Figure | undefined;
  /** True when the statement printed no codes and its lines were matched to the form's by their words. */
  readonly matched: boolean;
}

/**
 * Every statement's figures by code, in the filing's statement order: a statement's own codes first,
 * then the whole filing's, because ties may cross statements. When a code is printed twice (the parser
 * reports it as `duplicate-code`), the first printing is the one checked. Where each code is printed
 * is known from the statement's layout (`codeLines`), so no map is built per filing. A rule's
 * arithmetic reads only cents, from the printed lines; a figure object is made only for what a
 * finding or its message names, once, since a rule's input is often another rule's total.
 */
export function indexFigures(filing: Filing): readonly StatementFigures[] {
  const printed = new PrintedFigures(filing.statements);
  return filing.statements.map((statement, s) => new FiguresOf(printed, s, isMatched(statement)));
}

function isMatched(statement: Statement): boolean {
  const lines = statement.lines;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.codeSource === "matched") return true;
  return false;
}

/** Where the filing prints each code, and the figures made of its lines so far. */
class PrintedFigures {
  private readonly codes: readonly ReadonlyMap<string, number>[];
  /** Per statement, the figure made of each line, by the line's index; a statement's list once one is asked for. */
  private readonly made: (Figure | undefined)[][];

  constructor(private readonly statements: readonly Statement[]) {
    this.codes = statements.map(codeLines);
    this.made = [];
  }

  /**
   * The line printing `code` that statement `s` reads: its own, else the filing's first. What every rule
   * asks of every code it names, so it is found in one look-up where the statement prints it.
   */
  line(s: number, code: string): ReportedLine | undefined {
    let index = this.codes[s]!.get(code);
    if (index !== undefined) return this.statements[s]!.lines[index];
    for (let other = 0; other < this.statements.length; other++) {
      index = this.codes[other]!.get(code);
      if (index !== undefined) return this.statements[other]!.lines[index];
    }
    return undefined;
  }

  /** The figure of that same line, with its statement; made once, when a finding first names it. */
  figure(s: number, code: string): Figure | undefined {
    let printing = this.codes[s]!.has(code) ? s : -1;
    for (let other = 0; printing < 0 && other < this.statements.length; other++)
      if (this.codes[other]!.has(code)) printing = other;
    if (printing < 0) return undefined;
    const statement = this.statements[printing]!;
    const index = this.codes[printing]!.get(code)!;
    const made = (this.made[printing] ??= new Array<Figure | undefined>(statement.lines.length));
    return (made[index] ??= new PrintedFigure(statement.lines[index]!, statement));
  }
}

class FiguresOf implements StatementFigures {
  constructor(
    private readonly printed: PrintedFigures,
    private readonly s: number,
    readonly matched: boolean,
  ) {}

  has(code: string): boolean {
    return this.printed.line(this.s, code) !== undefined;
  }

  cents(code: string): number {
    return toCents(this.printed.line(this.s, code)!.value);
  }

  find(code: string): Figure | undefined {
    return this.printed.figure(this.s, code);
  }
}

/**
 * A figure as a finding names it: its code, value and cents are its line's, worked out when asked. Held
 * as copies, each figure boxed its value and its cents apart.
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
