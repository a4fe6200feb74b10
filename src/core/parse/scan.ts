/**
 * The reader's character-level scans: words, codes, wide-space fields and tab cells found by one pass
 * over a row's characters, with no text rebuilt. The loops over a row's characters live here (a
 * figure's own digits are read in numbers.ts), so the stages above work with words and positions.
 * Where a pattern runs, it runs in place (a sticky regex from a position), never on a slice.
 */

/**
 * `\s` for one character: the space, a tab or line break (9 to 13), or past ASCII what the pattern
 * says (NBSP, the wide spaces). Printable ASCII other than the space never is, and is most of the text.
 */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 126 && SPACE.test(text.charAt(i)));
}

// Made once: a pattern written in a function is a new object each time the function runs.
const SPACE = /\s/;

/** Whether a `[dddd]` code starts at `i`. */
export function isCodeAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 91 || text.charCodeAt(i + 5) !== 93) return false;
  for (let j = i + 1; j < i + 5; j++) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The four digits of the code at `at` (where isCodeAt holds), as one string per code: a filing prints
 * a hundred codes from a catalog of a few hundred, so each spelling is made once, not cut from every row.
 */
export function codeAt(text: string, at: number): string {
  let key = 0;
  for (let j = at + 1; j < at + 5; j++) key = key * 10 + text.charCodeAt(j) - 48;
  let code = CODES.get(key);
  if (code === undefined) {
    code = text.slice(at + 1, at + 5);
    CODES.set(key, code);
  }
  return code;
}

/** Codes read so far, by their digits' value (at most 10,000). */
const CODES = new Map<number, string>();

/** Where the next `[dddd]` code at or after `from` starts; -1 when none does. */
export function nextCode(text: string, from: number): number {
  for (let at = text.indexOf("[", from); at >= 0; at = text.indexOf("[", at + 1)) if (isCodeAt(text, at)) return at;
  return -1;
}

/**
 * Where each word of `text` (from `from` to `to`) starts and ends, as [start, end, start, end, …]:
 * split at whitespace as `/\s+/` splits.
 */
export function wordBounds(text: string, from = 0, to = text.length): number[] {
  const bounds: number[] = [];
  let start = -1;
  for (let i = from; i <= to; i++) {
    if (i < to && !isSpaceAt(text, i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      bounds.push(start, i);
      start = -1;
    }
  }
  return bounds;
}

/** Where the word starting at `start` ends: at the first whitespace, or at `to`. */
export function wordEnd(text: string, start: number, to: number): number {
  let i = start;
  while (i < to && !isSpaceAt(text, i)) i++;
  return i;
}

/** The words of `text` with each `[dddd]` code a word of its own, also where it touches a word ("A[7010]"). */
export function codeWords(text: string): string[] {
  const found: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const end = i === text.length || isSpaceAt(text, i);
    const code = !end && isCodeAt(text, i);
    if ((end || code) && start >= 0) {
      found.push(text.slice(start, i));
      start = -1;
    }
    if (code) {
      found.push(text.slice(i, i + 6));
      i += 5;
    } else if (!end && start < 0) start = i;
  }
  return found;
}

/** The non-empty cells between tabs, trimmed. */
export function tabCells(text: string): string[] {
  const cells: string[] = [];
  for (let from = 0; from <= text.length;) {
    const tab = text.indexOf("\t", from);
    const to = tab < 0 ? text.length : tab;
    const cell = text.slice(from, to).trim();
    if (cell !== "") cells.push(cell);
    from = to + 1;
  }
  return cells;
}

/** The fields of `text`, separated by tabs or runs of two or more spaces, trimmed, none empty. */
export function fieldsOf(text: string): string[] {
  const fields: string[] = [];
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const width = separatorWidth(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    pushField(fields, text.slice(from, i));
    i += width;
    from = i;
  }
  pushField(fields, text.slice(from));
  return fields;
}

/**
 * Whether a tab or a run of two or more spaces stands between `from` and `to`: fieldsOf would cut
 * there. Native searches, faster than a loop over the characters, but they look on to the end of
 * `text`: for a text asked once (a row's tail), not for many ranges of one text.
 */
export function hasFieldBreak(text: string, from: number, to: number): boolean {
  const tab = text.indexOf("\t", from);
  if (tab >= 0 && tab < to) return true;
  const wide = text.indexOf("  ", from);
  return wide >= 0 && wide + 1 < to;
}

/** The length of the tab, or of the run of two or more spaces, at `i`; 0 for anything else. */
function separatorWidth(text: string, i: number): number {
  if (text.charCodeAt(i) === 9) return 1;
  let end = i;
  while (text.charCodeAt(end) === 32) end++;
  return end - i >= 2 ? end - i : 0;
}

function pushField(fields: string[], field: string): void {
  const trimmed = field.trim();
  if (trimmed !== "") fields.push(trimmed);
}

/**
 * Where the text from `from` (up to `to`) starts once leading whitespace is passed: where `trim`
 * would start it, and `to` when there is only whitespace.
 */
export function visibleFrom(text: string, from = 0, to = text.length): number {
  let i = from;
  while (i < to && isSpaceAt(text, i)) i++;
  return i;
}

/**
 * Whether `text` from `from` to `to` is plain figures each right before its code and nothing else,
 * as /^-?\d[\d,]* \[\d{4}\](?: -?\d[\d,]* \[\d{4}\])*$/ says of it: "0 [7580]", "0 [7520] 286,214,407 [7530]".
 * The pattern runs in place (sticky, from `from`): on a cell's run of digits the regex engine is faster
 * than a loop. Its match may run on past `to`; the text up to `to` is then one too if `to` closes a
 * code inside the match (the only "]" a match holds).
 */
export function plainFiguresBeforeCodes(text: string, from: number, to: number): boolean {
  PLAIN_CODED.lastIndex = from;
  if (!PLAIN_CODED.test(text)) return false;
  const end = PLAIN_CODED.lastIndex;
  return end === to || (end > to && to > from && text.charCodeAt(to - 1) === 93);
}

const PLAIN_CODED = /-?\d[\d,]* \[\d{4}\](?: -?\d[\d,]* \[\d{4}\])*/y;

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Where the word ending at `end` starts when it is signs or `$` alone ("$", "-", "($"), as
 * /^[($+\-\u2212\u2013]+$/ says of it; -1 for any other word, or none. Read back from its end, so
 * that the label word before most figures is told by its last character.
 */
export function signWordStart(text: string, end: number, floor: number): number {
  let i = end;
  while (i > floor && isSignOrCurrency(text.charCodeAt(i - 1))) i--;
  return i === end || (i > floor && !isSpaceAt(text, i - 1)) ? -1 : i;
}

const isSignOrCurrency = (c: number): boolean =>
  c === 40 || c === 36 || c === 43 || c === 45 || c === 0x2212 || c === 0x2013;

/**
 * Whether the word from `from` to `to` is the last group of a figure printed with spaces between its
 * thousands ("864", "864-", "864)"), as /^\d{3}[-\u2212)*\u2020\u2021]{0,2}$/ says: every figure is asked.
 */
export function isLastGroup(text: string, from: number, to: number): boolean {
  if (to - from < 3 || to - from > 5) return false;
  for (let i = from; i < from + 3; i++) if (!isDigit(text.charCodeAt(i))) return false;
  for (let i = from + 3; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 45 && c !== 0x2212 && c !== 41 && c !== 42 && c !== 0x2020 && c !== 0x2021) return false;
  }
  return true;
}

/** Whether `text` from `from` to `to` holds a digit. */
export function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/** Where the word ending at `end` begins, looking back no further than `floor`. */
export function wordStart(text: string, end: number, floor = 0): number {
  let i = end;
  while (i > floor && !isSpaceAt(text, i - 1)) i--;
  return i;
}

/** Where the run of whitespace ending at `end` begins, looking back no further than `floor`. */
export function spacesStart(text: string, end: number, floor = 0): number {
  let i = end;
  while (i > floor && isSpaceAt(text, i - 1)) i--;
  return i;
}

/**
 * The words of `text` (from `from` to `to`) joined by single spaces: a slice of `text` itself when
 * that is how it prints them.
 */
export function singleSpaced(text: string, from = 0, to = text.length): string {
  const start = visibleFrom(text, from, to);
  const end = spacesStart(text, to, start);
  for (let i = start; i < end; i++)
    if (isSpaceAt(text, i) && (text.charCodeAt(i) !== 32 || isSpaceAt(text, i + 1))) {
      const bounds = wordBounds(text, start, end);
      return joinWords(text, bounds, 0, bounds.length);
    }
  return text.slice(start, end);
}

/** The words `bounds[from]` … `bounds[to - 1]` (as wordBounds gives them) joined by single spaces. */
export function joinWords(text: string, bounds: readonly number[], from: number, to: number): string {
  let single = true;
  for (let k = from + 2; k < to && single; k += 2)
    single = bounds[k]! - bounds[k - 1]! === 1 && text.charCodeAt(bounds[k - 1]!) === 32;
  if (single) return text.slice(bounds[from], bounds[to - 1]);
  const words: string[] = [];
  for (let k = from; k < to; k += 2) words.push(text.slice(bounds[k], bounds[k + 1]));
  return words.join(" ");
}
