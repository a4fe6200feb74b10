import type { Statement } from "../model";

/**
 * A statement's layout: everything deriving its rules reads, and nothing else. A firm files the same
 * layout every day with other figures, so its rules are read from the printed text once and shared by
 * every filing of that layout (a month of one firm's filings derives once, not 31 times).
 *
 * Derivation reads, line by line and in order: the printed line id (numbering and groups), the code
 * (whether the line is a figure), the label (instructions, "Total …", "Excess (deficiency)" and the
 * words a "greater of" names) and the subtotal mark. Where no line is marked, a subtotal is told by
 * which figures share an input line, so then the key says which lines do — never the input line
 * numbers themselves, which differ between filings of one layout. Figures, sections, titles and dates
 * are not read, so they are not in the key.
 */
export function layoutKey(statement: Statement): string {
  const lines = statement.lines;
  const marked = lines.some((l) => l.subtotal === true);
  // With no marks, each line names the first line printed on the same input line as itself.
  const firstOnSource = new Map<number, number>();
  const shared = (sourceLine: number, i: number): number => {
    if (marked) return -1;
    const first = firstOnSource.get(sourceLine);
    if (first !== undefined) return first;
    firstOnSource.set(sourceLine, i);
    return i;
  };
  // JSON keeps every field apart: no label can spell another line's fields.
  return JSON.stringify(lines.map((l, i) => [l.line, l.code, l.label, l.subtotal === true, shared(l.sourceLine, i)]));
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
