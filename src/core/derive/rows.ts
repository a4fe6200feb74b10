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
  const spans = marked ? undefined : inputLineSpans(placed);
  return placed.map((row, i) => ({
    ...row,
    subtotal: marked ? row.line.subtotal === true && !Number.isNaN(row.number) : isSubtotal(placed, i, spans!),
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
function isSubtotal(rows: readonly Omit<Row, "subtotal">[], i: number, spans: ReadonlyMap<string, Span>): boolean {
  const row = rows[i]!;
  if (!/^\d+$/.test(row.line.line)) return false;
  const span = spans.get(inputLineKey(row))!;
  return span.first < i && span.last === i;
}

/** Where the figures of one line printed on one input line begin and end among the rows. */
interface Span {
  readonly first: number;
  last: number;
}

const inputLineKey = (row: Omit<Row, "subtotal">): string => `${row.group}:${row.number}:${row.line.sourceLine}`;

/**
 * Where each line's figures on each input line begin and end, found in one pass: a statement of many
 * thousand figures is not read again for each of them.
 */
function inputLineSpans(rows: readonly Omit<Row, "subtotal">[]): ReadonlyMap<string, Span> {
  const spans = new Map<string, Span>();
  rows.forEach((row, i) => {
    // A figure printed without a line number shares a line with none (NaN equals no number).
    if (Number.isNaN(row.number)) return;
    const key = inputLineKey(row);
    const span = spans.get(key);
    if (span) span.last = i;
    else spans.set(key, { first: i, last: i });
  });
  return spans;
}

/**
 * The figures a printed "line N" means: its subtotal when one is printed, else every coded figure of
 * the line and its lettered sub-lines; none when the line prints several figures each right after
 * another (which of them is its total is not known). Looked up in the group itself, then in earlier
 * groups (the Segregation funds' "subtract line 6 from line 13" reads the requirements' line 6).
 */
export function lineFigures(rows: readonly Row[], number: number, group: number): readonly Row[] {
  const groups = groupsByNumber(rows).get(number) ?? [];
  const printing = countUpTo(groups, group);
  return printing ? (lineMeaning(ownLine(rows, groups[printing - 1]!, number)!) ?? []) : [];
}

/**
 * What a line's own figures mean when the line is named: its subtotal, or all of them when none is
 * printed. A line that prints two or more figures each right after another (an unknown statement's
 * rows run together by PDF text: "1. Cash 10 [7010] 20 [7020] 30 [7030]") has no one subtotal, and
 * which of them is its total is not guessed: null.
 */
export function lineMeaning(own: readonly Row[]): readonly Row[] | null {
  let subtotal: Row | undefined;
  for (const row of own)
    if (row.subtotal) {
      if (subtotal) return null;
      subtotal = row;
    }
  return subtotal ? [subtotal] : own;
}

/** The coded figures of line `number` in `group` itself (its sub-lines' and subtotals' too), in order. */
export function ownLine(rows: readonly Row[], group: number, number: number): readonly Row[] | undefined {
  return rowsByLine(rows).get(lineKey(group, number));
}

/** Which figures a printed "line N" of an instruction means, or why that cannot be said. */
export type LineResolution =
  | { readonly ok: true; readonly rows: readonly Row[] }
  | { readonly ok: false; readonly reason: "absent" | "ambiguous" | "unsettled" };

/**
 * A line number of an instruction printed on `at`, resolved inside the statement part where it is
 * printed: "page 1" means the first part; otherwise the part of `at` itself, or the one earlier part
 * that prints that number. A number printed both in `at`'s part and in an earlier one (the later
 * Secured Amounts' "subtract line 7 from line 8", printed after the funds' own line 7 and the
 * summary's line 7) is ambiguous: which one the form means is not guessed; nor is which figure is the
 * total of a line that prints several each right after another (unsettled).
 */
export function resolveLine(rows: readonly Row[], number: number, at: Row, firstPage: boolean): LineResolution {
  const byLine = rowsByLine(rows);
  const resolved = (group: number): LineResolution => {
    const own = byLine.get(lineKey(group, number));
    const meant = own && lineMeaning(own);
    return meant ? { ok: true, rows: meant } : { ok: false, reason: own ? "unsettled" : "absent" };
  };
  if (firstPage) return resolved(0);
  const groups = groupsByNumber(rows).get(number) ?? [];
  const printing = countUpTo(groups, at.group);
  if (printing === 0) return { ok: false, reason: "absent" };
  return printing === 1 ? resolved(groups[0]!) : { ok: false, reason: "ambiguous" };
}

/** How many of the ascending `groups` are at most `group`: found by search, not by walking every part. */
function countUpTo(groups: readonly number[], group: number): number {
  let lo = 0;
  let hi = groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (groups[mid]! <= group) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Deriving a statement's rules asks for many lines of the same rows; they are indexed once, not
// filtered again for every instruction (rows are readonly, so the index never goes stale).
interface LineIndex {
  readonly lines: ReadonlyMap<string, readonly Row[]>;
  /** For each line number, the groups that print it, in ascending order. */
  readonly groups: ReadonlyMap<number, readonly number[]>;
}

const lineIndexes = new WeakMap<readonly Row[], LineIndex>();
const lineKey = (group: number, number: number): string => `${group}:${number}`;

const rowsByLine = (rows: readonly Row[]): ReadonlyMap<string, readonly Row[]> => lineIndex(rows).lines;
const groupsByNumber = (rows: readonly Row[]): ReadonlyMap<number, readonly number[]> => lineIndex(rows).groups;

function lineIndex(rows: readonly Row[]): LineIndex {
  let index = lineIndexes.get(rows);
  if (!index) {
    const lines = new Map<string, Row[]>();
    const groups = new Map<number, number[]>();
    for (const row of rows) {
      // A figure printed without a line number is no line's: NaN equals no number asked for.
      if (Number.isNaN(row.number)) continue;
      const key = lineKey(row.group, row.number);
      const line = lines.get(key);
      if (line) line.push(row);
      else {
        lines.set(key, [row]);
        // Groups are numbered in row order, so each number's list is built already sorted.
        const printing = groups.get(row.number);
        if (printing) printing.push(row.group);
        else groups.set(row.number, [row.group]);
      }
    }
    index = { lines, groups };
    lineIndexes.set(rows, index);
  }
  return index;
}
