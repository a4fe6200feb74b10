import { rowOrder, type PairOrder, type RowContext, type RowOrder } from "./columns";
import { figureStart, readCoded, readTail, type LineFigure, type LineProblem } from "./figures";
import { leadingMarker, markerOf, type Marker } from "./markers";
import { unpairedReason } from "./messages";
import type { SourceLine } from "./normalize";
import type { LabelWord } from "./numbering";
import { looksLikeFigure } from "./numbers";
import { codeAt, nextCode, singleSpaced, spacesStart, visibleFrom, wordEnd } from "./scan";

/**
 * One cleaned line of a statement as a sequence of what is printed on it, in order: label words,
 * candidate line markers ("5.", "A."), figures with their codes, unreadable figures, and strays
 * (figure-shaped fields that belong to no code). Whether a mid-line marker really is one depends on
 * the numbering in force, which only the reader of the whole statement knows.
 */
export type LineItem =
  /** Label words, with the input line they stand on (the statement's numbering keeps them as they are). */
  | ({ readonly kind: "word" } & LabelWord)
  | { readonly kind: "marker"; readonly marker: Marker; readonly raw: string; readonly leading: boolean }
  | { readonly kind: "figure"; readonly figure: LineFigure }
  | { readonly kind: "problem"; readonly problem: LineProblem }
  | { readonly kind: "stray"; readonly tokens: readonly string[] };

export type MarkerItem = Extract<LineItem, { readonly kind: "marker" }>;

export interface LineReading {
  readonly items: readonly LineItem[];
  /** Label and figure separated by a tab or a run of spaces: a row of a table, not wrapped prose. */
  readonly structured: boolean;
  /** The line is one figure-shaped word and nothing else. */
  readonly lone: boolean;
  /** Whether the row printed its figures before or after their codes; null if it paired none. */
  readonly order: PairOrder | null;
}

const NO_CONTEXT: RowContext = { figureBefore: false, statementOrder: null, codeBefore: false };

export function readLine(line: SourceLine, context: RowContext = NO_CONTEXT): LineReading {
  const { clean } = line;
  const trimmed = line.text;
  const order = rowOrder(trimmed, context);
  if (order.kind === "ambiguous") return unpairedLine(order, line);
  const text = order.kind === "reordered" ? order.text : trimmed;
  const structured = clean.includes("\t") || trimmed.includes("  ") || (order.kind === "reordered" && order.cells);
  // Room for the items of most rows (a marker, a label, a figure or two), cut to those read: an array
  // grown from empty by push reserves room for sixteen.
  const items = new Array<LineItem>(ROOM);
  let count = 0;
  const leading = leadingMarker(text);
  if (leading) items[count++] = leadingItem(leading);
  // Each code's figure is read from the text between the code before (or the marker) and the code;
  // what stands before the figure there is label text.
  let from = leading ? leading.length : 0;
  let labelled = false;
  for (let at = nextCode(text, from); at >= 0; at = nextCode(text, at + 6)) {
    const end = spacesStart(text, at, from);
    const start = figureStart(text, from, end);
    count = putWords(items, count, text, from, start ?? at, line);
    items[count++] = readCoded(text, from, start, end, codeAt(text, at));
    from = at + 6;
    labelled = true;
  }
  // Cut to the items read: the tail's, if any, are pushed after them.
  items.length = count;
  // Most rows end in a code: no tail to read.
  if (from === text.length) return { items, structured, lone: false, order: order.order };
  const tail = text.slice(from);
  const reading = readTail(tail, labelled || items.some(isWord), structured);
  putWords(items, count, reading.rest, 0, reading.rest.length, line);
  if (reading.strays.length > 0) items.push({ kind: "stray", tokens: reading.strays });
  if (reading.read) items.push(reading.read);
  const lone = !leading && !labelled && reading.read === null && looksLikeFigure(tail);
  // A table row holding nothing but a figure belongs to no label: reported rather than read. In
  // wrapped prose the same word ("30.7" of "section 30.7 accounts") is label text like any other.
  if (lone && structured) items.splice(0, items.length, { kind: "stray", tokens: [tail.trim()] });
  return { items, structured, lone, order: order.order };
}

const ROOM = 4;

const isWord = (item: LineItem): boolean => item.kind === "word";

/** A row's leading marker as an item: readonly and alike for every row that starts so, made once per spelling. */
function leadingItem(raw: string): MarkerItem {
  let item = LEADING_ITEMS.get(raw);
  if (item === undefined) {
    item = { kind: "marker", marker: markerOf(raw)!, raw, leading: true };
    LEADING_ITEMS.set(raw, item);
  }
  return item;
}

/** Leading marker items by spelling (a few hundred at most, as leadingMarker's spellings are). */
const LEADING_ITEMS = new Map<string, MarkerItem>();

/** A row whose figures and codes pair more than one way: its label is read, and each code reported. */
function unpairedLine(order: Extract<RowOrder, { kind: "ambiguous" }>, line: SourceLine): LineReading {
  const items: LineItem[] = [];
  const leading = leadingMarker(order.label);
  if (leading) items.push(leadingItem(leading));
  putWords(items, items.length, order.label, leading ? leading.length : 0, order.label.length, line);
  const reason = unpairedReason(order.figures, order.codes);
  for (const code of order.codes)
    items.push({ kind: "problem", problem: { code, token: order.figures.join(" "), reason } });
  return { items, structured: true, lone: false, order: null };
}

/**
 * The words of `text` from `from` to `to`, put in `items` from `count` on: each marker-shaped word an
 * item of its own, the label words between them one item, joined by single spaces (a slice of the line
 * itself when single spaces are what it prints). Returns the count of items after them.
 */
export function putWords(
  items: LineItem[],
  count: number,
  text: string,
  from: number,
  to: number,
  source: SourceLine,
): number {
  const start = visibleFrom(text, from, to);
  const end = spacesStart(text, to, start);
  if (start === end) return count;
  // Most labels print no "." (so no marker) and single spaces: one item, a slice of the row. The
  // pattern, run by the regex engine, tells them faster than a loop over their characters does.
  const whole = text.slice(start, end);
  if (PLAIN.test(whole)) {
    items[count++] = { kind: "word", text: whole, source };
    return count;
  }
  // The run of label words being read: where it starts and ends, and whether one space parts each word.
  let run = -1;
  let runEnd = -1;
  let single = true;
  for (let at = start; at < end; at = visibleFrom(text, runEnd, end)) {
    const wordTo = wordEnd(text, at, end);
    // Only a word of two or three characters ending in "." can be a marker.
    const raw = wordTo - at <= 3 && text.charCodeAt(wordTo - 1) === 46 ? text.slice(at, wordTo) : null;
    const marker = raw === null ? null : markerOf(raw);
    if (marker) {
      if (run >= 0) items[count++] = wordItem(text, run, runEnd, single, source);
      run = -1;
      items[count++] = { kind: "marker", marker, raw: raw!, leading: false };
    } else if (run < 0) {
      run = at;
      single = true;
    } else single &&= at - runEnd === 1 && text.charCodeAt(runEnd) === 32;
    runEnd = wordTo;
  }
  if (run >= 0) items[count++] = wordItem(text, run, runEnd, single, source);
  return count;
}

/** Words with no "." parted by single spaces. */
const PLAIN = /^[^\s.]+(?: [^\s.]+)*$/;

function wordItem(text: string, from: number, to: number, single: boolean, source: SourceLine): LineItem {
  return { kind: "word", text: single ? text.slice(from, to) : singleSpaced(text, from, to), source };
}
