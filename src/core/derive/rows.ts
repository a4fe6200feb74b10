import type { ReportedLine, Statement } from "../model";

/**
 * A statement's coded figures arranged the way its printed instructions count lines: in groups
 * where the numbering runs on (the Secured Amounts summary 1–3 and its funds 1–8 are two groups,
 * the Segregation Statement's 1–14 one, even across its two sections), each figure with its whole
 * line number and whether it is a subtotal printed after a sub-line's own figure on the same row.
 */
export interface Row {
  readonly line: ReportedLine;
  readonly code: string;
  /** The whole line number ("5" for "5.B"); NaN for a figure printed without a number. */
  readonly number: number;
  readonly group: number;
  readonly subtotal: boolean;
}

const wholeNumber = (id: string): number => {
  const m = /^(\d+)/.exec(id);
  return m ? Number(m[1]) : Number.NaN;
};

export function statementRows(statement: Statement): readonly Row[] {
  const rows: Row[] = [];
  let group = 0;
  let previous = Number.NaN;
  for (const line of statement.lines) {
    const number = wholeNumber(line.line);
    // Numbering that starts again (or a section whose numbering starts again) opens a new group.
    if (!Number.isNaN(number) && !Number.isNaN(previous) && number < previous) group++;
    if (!Number.isNaN(number)) previous = number;
    if (line.code === null) continue;
    const subtotal = rows.some((r) => r.group === group && r.number === number && r.line.sourceLine === line.sourceLine);
    rows.push({ line, code: line.code, number, group, subtotal });
  }
  return rows;
}

/**
 * The figures a printed "line N" means: its subtotal when one is printed, else every coded figure of
 * the line and its lettered sub-lines. Looked up in the group itself, then in earlier groups (the
 * Segregation funds' "subtract line 6 from line 13" reads the requirements' line 6).
 */
export function lineFigures(rows: readonly Row[], number: number, group: number): readonly Row[] {
  for (let g = group; g >= 0; g--) {
    const own = rows.filter((r) => r.group === g && r.number === number);
    if (own.length === 0) continue;
    const subtotal = own.find((r) => r.subtotal);
    return subtotal ? [subtotal] : own;
  }
  return [];
}
