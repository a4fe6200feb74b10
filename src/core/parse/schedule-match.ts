import type { CatalogLine, StatementForm } from "../forms";
import type { ScheduleWordings } from "../forms/validate";

/**
 * Matching a line printed without a code to a catalog line by its words and its place: the words of
 * the printed label against the catalog label and the schedules' usual wordings (Dice overlap of
 * significant words), the lines ahead of the last match first, so that the second "Cash" of a
 * statement is the funds' cash and not the ledger's. Below the threshold nothing is matched: a line
 * is never forced onto a code.
 */

const STOP = new Set(["the", "of", "a", "an", "on", "in", "to", "and", "for", "with", "by", "at", "or", "as", "be"]);
/** How alike two labels must be (0–1) for a figure to take a catalog line's code. */
const FIGURE_THRESHOLD = 0.6;
/** A line without a figure moves the place only when it plainly is a heading of the form. */
const HEADING_THRESHOLD = 0.75;

export interface CatalogEntry {
  /** Position in the form's line order. */
  readonly index: number;
  readonly line: CatalogLine;
  readonly section: string;
  readonly words: readonly (readonly string[])[];
}

export interface LabelMatch {
  readonly entry: CatalogEntry;
  readonly score: number;
}

/** Significant words of a label: lowercase, instructions in parentheses dropped, plural folded. */
export function labelWords(label: string): readonly string[] {
  const plain = label
    .toLowerCase()
    .replace(/\(([^()]*)\)/g, (group, inner: string) => (/^\s*(?:add|subtract|see)\b/.test(inner) ? " " : group))
    .replace(/(\d)\.(\d)/g, "$1$2");
  const words = plain
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "" && !STOP.has(w))
    .map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w));
  return [...new Set(words)];
}

export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const other = new Set(b);
  const shared = a.filter((w) => other.has(w)).length;
  return (2 * shared) / (a.length + b.length);
}

export class ScheduleMatcher {
  private readonly entries: readonly CatalogEntry[];
  private cursor = 0;
  private readonly used = new Set<number>();

  constructor(form: StatementForm, wordings: ScheduleWordings | undefined) {
    const extra = new Map((wordings?.wordings ?? []).map((w) => [w.code, w.printed]));
    this.entries = form.sections
      .flatMap((s) => s.lines.map((line) => ({ line, section: s.id })))
      .map(({ line, section }, index) => ({
        index,
        line,
        section,
        words: [line.label, ...((line.code && extra.get(line.code)) ?? [])].map(labelWords),
      }));
  }

  /** The catalog line a printed figure's label best matches, without taking it. */
  best(label: string): LabelMatch | null {
    const words = labelWords(label);
    const open = this.entries.filter((e) => (e.line.code !== null || e.line.uncoded) && !this.used.has(e.index));
    return (
      bestOf(
        open.filter((e) => e.index >= this.cursor),
        words,
        FIGURE_THRESHOLD,
      ) ?? bestOf(open, words, FIGURE_THRESHOLD)
    );
  }

  /** Takes a matched line: it is printed once, and the lines after it come next. */
  take(entry: CatalogEntry): void {
    this.used.add(entry.index);
    this.cursor = entry.index + 1;
  }

  /** A line without a figure that is a heading of the form moves the place to it; true when it did. */
  heading(label: string): boolean {
    const ahead = this.entries.filter((e) => e.index >= this.cursor && this.isHeading(e));
    const match = bestOf(ahead, labelWords(label), HEADING_THRESHOLD);
    if (match) this.cursor = match.entry.index + 1;
    return match !== null;
  }

  /**
   * A line printed above others: one without a figure, or a coded total whose lettered parts follow it ("Cash in
   * banks").
   */
  private isHeading(entry: CatalogEntry): boolean {
    if (entry.line.code === null && !entry.line.uncoded) return true;
    const id = entry.line.line;
    return (
      /^\d{1,2}$/.test(id) && this.entries.some((e) => e.section === entry.section && e.line.line.startsWith(`${id}.`))
    );
  }

  /**
   * For the last lettered part of a line, the coded line of the same section it adds up into ("1" for "1.A"), when not
   * yet taken.
   */
  parentOf(entry: CatalogEntry): CatalogEntry | null {
    const id = /^(\d{1,2})\.[A-Z]$/.exec(entry.line.line)?.[1];
    if (!id) return null;
    const sameLine = this.entries.filter((e) => e.section === entry.section && e.line.line.startsWith(`${id}.`));
    // The form prints a line's subtotal on its last part's row, and only there.
    if (sameLine[sameLine.length - 1] !== entry) return null;
    const parent = this.entries.find((e) => e.section === entry.section && e.line.line === id && e.line.code !== null);
    return parent && !this.used.has(parent.index) ? parent : null;
  }
}

function bestOf(entries: readonly CatalogEntry[], words: readonly string[], threshold: number): LabelMatch | null {
  let best: LabelMatch | null = null;
  for (const entry of entries) {
    const score = Math.max(...entry.words.map((w) => similarity(words, w)));
    if (score >= threshold && (!best || score > best.score)) best = { entry, score };
  }
  return best;
}
