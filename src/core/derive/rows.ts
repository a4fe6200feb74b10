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
  const placed: Omit<Row, "subtotal">[] = [];
  let group = 0;
  let previous = Number.NaN;
  for (const line of statement.lines) {
    const number = wholeNumber(line.line);
    // Numbering that starts again (or a section whose numbering starts again) opens a new group.
    if (!Number.isNaN(number) && !Number.isNaN(previous) && number < previous) group++;
    if (!Number.isNaN(number)) previous = number;
    if (line.code !== null) placed.push({ line, code: line.code, number, group });
  }
  // The parser marks a figure printed right after another with no label between (ReportedLine.subtotal),
  // which holds wherever line breaks fell; a statement without any mark (built by hand, or by a
  // parser before the mark existed) is read from its rows' positions instead.
  const marked = statement.lines.some((l) => l.subtotal === true);
  return placed.map((row, i) => ({
    ...row,
    subtotal: marked ? row.line.subtotal === true && !Number.isNaN(row.number) : isSubtotal(placed, i),
  }));
}

/**
 * A subtotal is printed on the row of its line's last sub-line, after that sub-line's own figure:
 * "B. Other banks … 0 [7520] 286,214,407 [7530]". So: a figure with the bare line id ("1", not
 * "1.B"), preceded on the same input line by another figure of the same line, and the last of its
 * line there. The bare id matters for text whose rows ran together (PDF-to-text), where "A. Cash
 * 900,000 [7315] B. Securities 100,000 [7317]" share an input line and 7317 is not a subtotal; being
 * last matters when "… [7045] Less: … [7047] 4,759,362 [7050]" all share one.
 */
function isSubtotal(rows: readonly Omit<Row, "subtotal">[], i: number): boolean {
  const row = rows[i]!;
  if (!/^\d+$/.test(row.line.line)) return false;
  const sameRow = (r: Omit<Row, "subtotal">): boolean =>
    r.group === row.group && r.number === row.number && r.line.sourceLine === row.line.sourceLine;
  return rows.slice(0, i).some(sameRow) && !rows.slice(i + 1).some(sameRow);
}

/**
 * The figures a printed "line N" means: its subtotal when one is printed, else every coded figure of
 * the line and its lettered sub-lines. Looked up in the group itself, then in earlier groups (the
 * Segregation funds' "subtract line 6 from line 13" reads the requirements' line 6).
 */
export function lineFigures(rows: readonly Row[], number: number, group: number): readonly Row[] {
  const byLine = rowsByLine(rows);
  for (let g = group; g >= 0; g--) {
    const own = byLine.get(lineKey(g, number));
    if (!own) continue;
    const subtotal = own.find((r) => r.subtotal);
    return subtotal ? [subtotal] : own;
  }
  return [];
}

/** Which figures a printed "line N" of an instruction means, or why that cannot be said. */
export type LineResolution =
  | { readonly ok: true; readonly rows: readonly Row[] }
  | { readonly ok: false; readonly reason: "absent" | "ambiguous" };

/**
 * A line number of an instruction printed on `at`, resolved inside the statement part where it is
 * printed: "page 1" means the first part; otherwise the part of `at` itself, or the one earlier part
 * that prints that number. A number printed both in `at`'s part and in an earlier one (the later
 * Secured Amounts' "subtract line 7 from line 8", printed after the funds' own line 7 and the
 * summary's line 7) is ambiguous: which one the form means is not guessed.
 */
export function resolveLine(rows: readonly Row[], number: number, at: Row, firstPage: boolean): LineResolution {
  const byLine = rowsByLine(rows);
  const figures = (group: number): readonly Row[] | undefined => {
    const own = byLine.get(lineKey(group, number));
    if (!own) return undefined;
    const subtotal = own.find((r) => r.subtotal);
    return subtotal ? [subtotal] : own;
  };
  if (firstPage) {
    const first = figures(0);
    return first ? { ok: true, rows: first } : { ok: false, reason: "absent" };
  }
  const found: (readonly Row[])[] = [];
  for (let g = at.group; g >= 0; g--) {
    const own = figures(g);
    if (own) found.push(own);
  }
  if (found.length === 0) return { ok: false, reason: "absent" };
  return found.length === 1 ? { ok: true, rows: found[0]! } : { ok: false, reason: "ambiguous" };
}

// Deriving a statement's rules asks for many lines of the same rows; they are indexed once, not
// filtered again for every instruction (rows are readonly, so the index never goes stale).
const lineIndexes = new WeakMap<readonly Row[], ReadonlyMap<string, readonly Row[]>>();
const lineKey = (group: number, number: number): string => `${group}:${number}`;

function rowsByLine(rows: readonly Row[]): ReadonlyMap<string, readonly Row[]> {
  let index = lineIndexes.get(rows);
  if (!index) {
    const built = new Map<string, Row[]>();
    for (const row of rows) {
      // A figure printed without a line number is no line's: NaN equals no number asked for.
      if (Number.isNaN(row.number)) continue;
      const key = lineKey(row.group, row.number);
      const line = built.get(key);
      if (line) line.push(row);
      else built.set(key, [row]);
    }
    index = built;
    lineIndexes.set(rows, index);
  }
  return index;
}
