import { catalog } from "../forms";
import { dateLength } from "./dates";
import { FIELD_LABEL, nameLength, separatorLength, STATUS_BEFORE_LABEL } from "./header";
import { SourceLine } from "./normalize";
import { visibleFrom } from "./scan";
import { TITLE_SUFFIX } from "./titles";

/**
 * A PDF viewer copies a page as one line, a web page's layout cell holds a whole filing, a report
 * prints its header as one row: header fields, statement titles and page footers then sit inside a
 * longer line. Each is cut out here into a part of its own, so the reader sees what a clean copy
 * prints on separate lines; a part keeps its input line's number and text, which diagnostics quote.
 *
 * Only what cannot be mistaken for a label is cut: a field label ("End Date:"), a status just
 * before one, a "Daily Segregation - …" title of the catalog or "Cover Page" (with an "as of …"
 * or "(Amended)" after it), and a "Page 2 of 3" footer (with the form's name before it). One
 * regex pass over the line, so a 5 MB paste on one line is cut in linear time.
 */

const words = (title: string): string =>
  title
    .trim()
    .split(/[\s\-\u2013:]+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(String.raw`[\s\-\u2013:]+`);

const TITLES = [
  ...new Set(catalog.flatMap((f) => f.titles.filter((t) => /^daily\s+segregation\b/i.test(t)))),
  "Cover Page",
]
  // Longest first, so a title that begins another is not cut short.
  .sort((a, b) => b.length - a.length)
  .map(words);

const FORM_NAME = String.raw`daily\s+seg\s*[-\u2013]\s*focus(?:\s+[iv]+\b)?`;
const PAGE_OF = String.raw`page\s+\d{1,4}\s*(?:of|/)\s*\d{1,4}`;

const CUT = new RegExp(
  [
    // A field label, the one cut that runs on, is the only group captured: a match then lists no more.
    String.raw`((?<![\w])${FIELD_LABEL})`,
    // A status just before a field label.
    String.raw`(?:(?<![\w])${STATUS_BEFORE_LABEL})`,
    // A title.
    String.raw`(?:(?<![\w])(?:${TITLES.join("|")})(?![\w])(?:${TITLE_SUFFIX})?)`,
    // A page footer.
    String.raw`(?:(?<![\w])(?:${FORM_NAME}[^\[\]:]{0,80}?)?${PAGE_OF}(?!\w))`,
  ].join("|"),
  "gi",
);

interface Cut {
  readonly start: number;
  readonly end: number;
  /** Whether the text after the cut belongs to it: a field label's value, up to the next cut. */
  readonly runs: boolean;
}

/**
 * What every cut holds besides a label's or status's colon: a title's first word, a footer's "page".
 * Most lines hold none. Without the colon in it, the pattern is at least four characters long, so
 * the search can look ahead and skip along the line rather than try each place.
 */
const MAY_CUT = /daily|cover|page/i;

/** The parts of `line`, or null when it is one part (as most lines are: no list is made for them). */
export function partsOf(line: SourceLine): readonly SourceLine[] | null {
  const text = line.clean;
  const bounds = boundsOf(text);
  if (bounds === null) return null;
  // A line whose text is all in one part is that part trimmed (the rest is spaces): it is read as it
  // is, and no part is made. Most lines cut are such: a header field or a title on a line of its own.
  let filled = 0;
  for (let k = 0; k + 1 < bounds.length; k++)
    if (visibleFrom(text, bounds[k], bounds[k + 1]) < bounds[k + 1]!) filled++;
  return filled < 2 ? null : partsAt(line, bounds);
}

/**
 * Every part of `line`, even when it is one (the line's own text then): what partsOf reads without
 * making them, for the tests that hold its shortcut to this.
 */
export function cutInto(line: SourceLine): readonly SourceLine[] {
  const bounds = boundsOf(line.clean);
  return bounds === null ? [new SourceLine(line.number, line.raw, line.text, false)] : partsAt(line, bounds);
}

/** The parts between `bounds`, trimmed; an empty one is none. */
function partsAt(line: SourceLine, bounds: readonly number[]): SourceLine[] {
  const parts: SourceLine[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const part = line.clean.slice(bounds[k], bounds[k + 1]).trim();
    if (part !== "") parts.push(new SourceLine(line.number, line.raw, part, false));
  }
  return parts;
}

/** Where the parts of a line with this text start and end (see partBounds), or null when nothing in it is cut. */
function boundsOf(text: string): number[] | null {
  if (!text.includes(":") && !MAY_CUT.test(text)) return null;
  const cuts: Cut[] = [];
  // An exec loop, not matchAll: matchAll copies the pattern for every line it is asked of, and
  // rebuilding a pattern this size cost more than the search itself. No cut is empty, so it ends.
  CUT.lastIndex = 0;
  for (let m = CUT.exec(text); m !== null; m = CUT.exec(text))
    cuts.push({ start: m.index, end: m.index + m[0].length, runs: m[1] !== undefined });
  return cuts.length === 0 ? null : partBounds(text, cuts);
}

/**
 * Where the line's parts start and end, in order: the text before the first cut, then each cut's
 * part and the text after it up to the next cut. A part is the cut itself, or for a field label
 * the label with its value: a date ends it, and a firm or form name runs to the next cut, or in a
 * header run together to its last word ("LLC", "FOCUS II") when a page's figures follow it.
 */
function partBounds(text: string, cuts: readonly Cut[]): number[] {
  // A name is cut from figures after it only in a header run together: a field alone on its line
  // with a figure in it is the field's own text, reported as such.
  let runs = 0;
  for (const cut of cuts) if (cut.runs) runs++;
  const runTogether = runs > 1;
  const bounds = [0];
  for (let i = 0; i < cuts.length; i++) {
    const cut = cuts[i]!;
    const next = cuts[i + 1]?.start ?? text.length;
    bounds.push(cut.start, cut.runs ? valueEnd(text, cut, next, runTogether) : cut.end);
  }
  bounds.push(text.length);
  return bounds;
}

/** Where the value of the field label `cut` ends, the next cut being at `next`. */
function valueEnd(text: string, cut: Cut, next: number, runTogether: boolean): number {
  const value = text.slice(cut.end, next);
  const lead = separatorLength(value);
  const label = text.slice(cut.start, cut.end);
  const date = isDateLabel(label) ? dateLength(value.slice(lead, lead + 40)) : null;
  if (date !== null) return cut.end + lead + date;
  const name = runTogether ? nameLength(label, value.length > 4000 ? value.slice(0, 4000) : value) : null;
  return name !== null ? cut.end + name : next;
}

const DATE_LABEL = /date/i;

function isDateLabel(label: string): boolean {
  return DATE_LABEL.test(label);
}
