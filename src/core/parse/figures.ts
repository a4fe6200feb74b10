import { isReferenceWord } from "./markers";
import {
  fieldsOf,
  hasDigit,
  hasFieldBreak,
  isLastGroup,
  signWordStart,
  spacesStart,
  visibleFrom,
  wordStart,
} from "./scan";
import { noFigureBefore } from "./messages";
import {
  isFigureAttempt,
  isFigureWord,
  isPlaceholder,
  isZeroDash,
  looksLikeFigure,
  plainFigure,
  readFigure,
} from "./numbers";

/**
 * Where a figure stands on a printed row. A figure is what stands right before a `[dddd]` code,
 * wherever that is on the line (PDF text puts figures mid-label), or — without a code — what stands
 * alone in the last tab- or wide-space-separated field after a label. Numbers inside a label
 * ("section 30.7", "add lines 1, 2 and 3") are in neither position.
 */

export interface LineFigure {
  /** The figure as printed ("(1,234)", "-", "$5,598,505,864"). */
  readonly raw: string;
  readonly value: number;
  readonly code: string | null;
}

/** A code without a readable figure, or a token in a figure position that is not a number. */
export interface LineProblem {
  readonly code: string | null;
  readonly token: string;
  readonly reason: string;
  /** No figure before a code that starts its line: a wrap may have left the figure on the line before. */
  readonly first?: boolean;
}

/** A figure position read: shaped as the line item it becomes. */
export type TokenRead =
  | { readonly kind: "figure"; readonly figure: LineFigure }
  | { readonly kind: "problem"; readonly problem: LineProblem };

const GROUP = /^\d{3}$/;
/** The first group of such a figure, with any sign or `$` printed against it. */
const LEAD_GROUP = /^(?:[($+\-\u2212\u2013]*\$?\d{1,2}|[($+\-\u2212\u2013]+\$?\d{3})$/;

/**
 * The figure before a code as figureStart found it between `start` and `end` (the end of the text
 * before the code, from `from`), or the problem naming the code when there is none (`start` null).
 */
export function readCoded(text: string, from: number, start: number | null, end: number, code: string): TokenRead {
  if (start === null)
    return { kind: "problem", problem: { code, token: "", reason: noFigureBefore(code), first: end === from } };
  return readToken(text.slice(start, end), code);
}

export function readToken(token: string, code: string | null): TokenRead {
  const raw = token.trim();
  // Most figures are plain ("1,234", "-5", "0"): their value is the whole reading, with no result object between.
  const plain = plainFigure(raw);
  if (plain !== null) return { kind: "figure", figure: { raw, value: plain, code } };
  const read = readFigure(raw);
  return read.ok
    ? { kind: "figure", figure: { raw, value: read.value, code } }
    : { kind: "problem", problem: { code, token: raw, reason: read.reason } };
}

/**
 * Where the last token of `text` between `from` and `trimmedEnd` (its last visible character) starts,
 * when it is a figure ("label text 1,234"), joining a detached sign or `$`; null when the text there
 * ends in no figure.
 */
export function figureStart(text: string, from: number, trimmedEnd: number): number | null {
  // Words are found by scanning back from the end: only the last few matter, and splitting the
  // whole label into words to look at them cost more than the rest of reading a figure.
  let end = trimmedEnd;
  let start = wordStart(text, end, from);
  if (end - start === 1 && text.charCodeAt(start) === 41 && start > from) {
    end = spacesStart(text, start, from);
    start = wordStart(text, end, from);
  }
  if (!hasDigit(text, start, end)) {
    const core = text.slice(start, end);
    if (!isZeroDash(core.replace(/^\$/, "")) && !isPlaceholder(core)) return null;
  }
  start = spacedGroupsStart(text, start, end, from);
  // "$ 1,234", "- 1,234", "( 1,234 )": signs and currency printed apart from the digits.
  while (start > from) {
    const signs = signWordStart(text, spacesStart(text, start, from), from);
    if (signs < 0) break;
    start = signs;
  }
  return start;
}

/**
 * "5 598 505 864" (spaces, or NBSPs folded to spaces, between the thousands): where the whole figure
 * begins, when the word at `start` closes such a run. Only groups of exactly three digits after a
 * lead of one to three, and only when what stands before the run is label text and no reference
 * ("line 6 100 000" is line 6 and then a figure, or one figure: not guessed; the reader reports it).
 */
function spacedGroupsStart(text: string, start: number, end: number, floor: number): number {
  if (!isLastGroup(text, start, end)) return start;
  let first = start;
  let groups = 1;
  for (;;) {
    const before = spacesStart(text, first, floor);
    // Groups are set apart by one space (an NBSP or a thin space is folded to one); a tab or a run
    // of spaces separates the fields of a table.
    if (before === floor || first - before !== 1 || text.charCodeAt(before) !== 32) break;
    const from = wordStart(text, before, floor);
    const word = text.slice(from, before);
    if (GROUP.test(word)) [first, groups] = [from, groups + 1];
    else {
      if (LEAD_GROUP.test(word)) [first, groups] = [from, groups + 1];
      break;
    }
  }
  if (groups < 2) return start;
  const before = spacesStart(text, first, floor);
  const previous = text.slice(wordStart(text, before, floor), before);
  return isFigureWord(previous) || isReferenceWord(previous) || /\d$/.test(previous) ? start : first;
}

export interface TailReading {
  /** The label text of the tail: its fields but the figure and the strays. */
  readonly rest: string;
  /** The uncoded figure (or the problem with it) in the row's last field. */
  readonly read: TokenRead | null;
  /** Figure-shaped fields between the label and the row's end: neither label nor attributable. */
  readonly strays: readonly string[];
}

/**
 * The text after a row's last code. Its last field is an uncoded figure (Sequestration 12.A/12.B)
 * when it is shaped like one and follows a label or another figure; a lone field counts only then,
 * so that a heading ending in a number stays a heading. Figure-shaped fields before it are strays.
 */
export function readTail(tail: string, hasLabelBefore: boolean, structured: boolean): TailReading {
  const start = visibleFrom(tail);
  const end = spacesStart(tail, tail.length, start);
  // Most rows end in a code: nothing after it.
  if (start === end) return NO_TAIL;
  // Most tails that are not empty are one field (a row's label): read as it stands, not cut into fields.
  if (!hasFieldBreak(tail, start, end))
    return lastField(NONE, tail.slice(start, end), NONE, hasLabelBefore, hasLabelBefore, structured);
  const fields = fieldsOf(tail);
  const last = fields.pop()!;
  const label: string[] = [];
  const strays: string[] = [];
  let labelSeen = hasLabelBefore;
  for (const field of fields) {
    if (labelSeen && looksLikeFigure(field)) strays.push(field);
    else label.push(field);
    labelSeen ||= isLabelText(field);
  }
  return lastField(label, last, strays, true, labelSeen, structured);
}

/**
 * The tail's last field, after the `label` and `strays` before it: an uncoded figure when it stands in
 * a figure's place (after another field or a label) and is shaped like one, or label text too.
 */
function lastField(
  label: readonly string[],
  last: string,
  strays: readonly string[],
  figurePlace: boolean,
  labelSeen: boolean,
  structured: boolean,
): TailReading {
  if (!figurePlace) return wholeLabel(label, last, strays);
  // In running text a figure ending the line after a code may be the next code's, wrapped onto the
  // line after ("… 0 [7675] 0" ⏎ "[7680] 5. …"): it stays a word, for the reader of the whole text to place.
  if (!structured && looksLikeFigure(last)) return wholeLabel(label, last, strays);
  // "1O", "12x": meant as a figure, in a figure's place, after a label: reported rather than kept as label text.
  if (!looksLikeFigure(last) && !(labelSeen && isFigureAttempt(last))) return wholeLabel(label, last, strays);
  return { rest: label.join(" "), read: readToken(last, null), strays };
}

const NONE: readonly string[] = [];
const NO_TAIL: TailReading = { rest: "", read: null, strays: NONE };

/** A tail whose last field is label text too. (A function of its own, not a closure made for every line read.) */
function wholeLabel(label: readonly string[], last: string, strays: readonly string[]): TailReading {
  return { rest: label.length === 0 ? last : [...label, last].join(" "), read: null, strays };
}

const isLabelText = (field: string): boolean => /[A-Za-z]{2}/.test(field);
