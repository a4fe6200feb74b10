import type { ReportedLine, Statement, StatementKind } from "../model";

/*
 * A statement's layout: everything deriving its rules reads, and nothing else. A firm files the same
 * layout every day with other figures, so its rules are read from the printed text once and shared by
 * every filing of that layout (a month of one firm's filings derives once, not 31 times).
 *
 * Derivation reads, line by line and in order: the printed line id (numbering and groups), the code
 * (whether the line is a figure), the label (instructions, "Total …", "Excess (deficiency)" and the
 * words a "greater of" names) and the subtotal mark. Where no line is marked, a subtotal is told by
 * which figures share an input line, so then the layout says which lines do — never the input line
 * numbers themselves, which differ between filings of one layout. Figures, sections, titles and dates
 * are not read, so they are not in the layout.
 */

type Field = string | number | boolean | null;

/**
 * A line's part of the layout, field by field: its id, code, label, subtotal mark and the line it
 * shares an input line with (`sharedLines`). Hashing and holding a layout read the fields here, and
 * comparing (`sameLayout`) reads these same fields in this order, so they cannot disagree on what a
 * layout is.
 */
const FIELDS_PER_LINE = 5;

function field(line: ReportedLine, index: number, shared: number): Field {
  switch (index) {
    case 0:
      return line.line;
    case 1:
      return line.code;
    case 2:
      return line.label;
    case 3:
      return line.subtotal === true;
    default:
      return shared;
  }
}

function isMarked(lines: readonly ReportedLine[]): boolean {
  for (const line of lines) if (line.subtotal === true) return true;
  return false;
}

/**
 * With no marks, for each line the first line printed on the same input line (itself when none
 * before); null with marks. Lines come in input order almost always, so one pass finds each run;
 * any other order is looked up in a map. Either way linear: a statement of many thousand lines
 * must not compare each with all before it.
 */
function sharedLines(lines: readonly ReportedLine[], marked: boolean): readonly number[] | null {
  if (marked) return null;
  const firsts = new Array<number>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const here = lines[i]!.sourceLine;
    const before = i > 0 ? lines[i - 1]!.sourceLine : -Infinity;
    if (here === before) firsts[i] = firsts[i - 1]!;
    else if (here > before) firsts[i] = i;
    else return sharedLinesInAnyOrder(lines);
  }
  return firsts;
}

function sharedLinesInAnyOrder(lines: readonly ReportedLine[]): readonly number[] {
  const first = new Map<number, number>();
  return lines.map((line, i) => {
    if (!first.has(line.sourceLine)) first.set(line.sourceLine, i);
    return first.get(line.sourceLine)!;
  });
}

/**
 * A hash of the layout, made field by field without building a key: every filing's every statement is
 * looked up, and a key string would copy all its labels. Equal layouts hash alike; unequal ones may
 * too, so a hash only finds a candidate and `sameLayout` decides.
 */
function layoutHash(statement: Statement): number {
  const lines = statement.lines;
  const marked = isMarked(lines);
  // FNV-1a over the fields, each string's length first so that no label can spell another's fields.
  let hash = fnv(0x811c9dc5, lines.length);
  const firsts = sharedLines(lines, marked);
  for (let i = 0; i < lines.length; i++) {
    const shared = firsts ? firsts[i]! : -1;
    for (let f = 0; f < FIELDS_PER_LINE; f++) {
      const value = field(lines[i]!, f, shared);
      if (typeof value === "string") {
        hash = fnv(hash, value.length);
        for (let c = 0; c < value.length; c++) hash = fnv(hash, value.charCodeAt(c));
      } else hash = fnv(hash, value === null ? -2 : Number(value));
    }
  }
  return hash >>> 0;
}

const fnv = (hash: number, n: number): number => Math.imul(hash ^ n, 0x01000193);

/** The layout's fields, line after line, as held for later statements to be compared with. */
type LayoutFields = readonly Field[];

function layoutFields(statement: Statement): LayoutFields {
  const lines = statement.lines;
  const marked = isMarked(lines);
  const fields: Field[] = [];
  const firsts = sharedLines(lines, marked);
  for (let i = 0; i < lines.length; i++) {
    const shared = firsts ? firsts[i]! : -1;
    for (let f = 0; f < FIELDS_PER_LINE; f++) fields.push(field(lines[i]!, f, shared));
  }
  // Labels may be slices of the statement's input text (up to 20 MB): held as copies, they keep none of it alive.
  return JSON.parse(JSON.stringify(fields)) as LayoutFields;
}

/**
 * Whether the statement's layout is exactly the one held: every field equal, so no hash can mislead.
 * Every statement of every filing is compared, so `field`'s fields are written out here rather than
 * asked for one at a time (a third less time).
 */
function sameLayout(statement: Statement, fields: LayoutFields): boolean {
  const lines = statement.lines;
  if (fields.length !== lines.length * FIELDS_PER_LINE) return false;
  const firsts = sharedLines(lines, isMarked(lines));
  for (let i = 0, at = 0; i < lines.length; i++, at += FIELDS_PER_LINE) {
    const line = lines[i]!;
    if (
      fields[at] !== line.line ||
      fields[at + 1] !== line.code ||
      fields[at + 2] !== line.label ||
      fields[at + 3] !== (line.subtotal === true) ||
      fields[at + 4] !== (firsts ? firsts[i]! : -1)
    )
      return false;
  }
  return true;
}

/** A layout held: its fields, to compare with, and the hash it is held under. */
interface Held<V> {
  readonly hash: number;
  readonly fields: LayoutFields;
  readonly value: V;
}

/**
 * What is known of each layout, found by a statement of that layout. Layouts whose hashes collide
 * take one place in turn: the later one replaces the earlier, which is read again when it comes back
 * (slower, never wrong).
 */
export class LayoutCache<V> {
  private readonly entries: RecentCache<number, Held<V>>;
  /** The layout last found or held for each kind of statement. */
  private readonly lastOfKind = new Map<StatementKind, Held<V>>();

  constructor(
    limit: number,
    /** Only tests give another: one that makes layouts collide, to show they are still told apart. */
    private readonly hash: (statement: Statement) => number = layoutHash,
  ) {
    this.entries = new RecentCache(limit);
  }

  get size(): number {
    return this.entries.size;
  }

  get(statement: Statement): V | undefined {
    // Filings come in runs of one layout (a firm's month): the layout last found for the statement's
    // kind is compared first, and found without hashing; still held, it is used again as recently.
    const last = this.lastOfKind.get(statement.kind);
    if (last && sameLayout(statement, last.fields) && this.entries.get(last.hash) === last) return last.value;
    const entry = this.entries.get(this.hash(statement));
    if (!entry || !sameLayout(statement, entry.fields)) return undefined;
    this.lastOfKind.set(statement.kind, entry);
    return entry.value;
  }

  set(statement: Statement, value: V): void {
    const held = { hash: this.hash(statement), fields: layoutFields(statement), value };
    this.entries.set(held.hash, held);
    this.lastOfKind.set(statement.kind, held);
  }

  clear(): void {
    this.entries.clear();
    this.lastOfKind.clear();
  }
}

/**
 * A map that keeps only the `limit` entries used most recently, so that checking many distinct layouts
 * (a year of many firms, or a fuzzer's variants) cannot grow memory without end.
 */
export class RecentCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Map keeps insertion order: moving a used entry to the end keeps the oldest one first.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as K);
  }

  clear(): void {
    this.entries.clear();
  }
}
