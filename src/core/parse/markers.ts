import { isDigit, isSpaceAt } from "./scan";

/**
 * Printed line numbers ("5.") and sub-line letters ("A.") inside running text. At the start of a
 * row they are always markers. Mid-line — PDF-to-text runs rows together ("… 0 [7520] 286,214,407
 * [7530] 2. Securities A. In safekeeping …") — a word shaped like one is a marker only when the
 * numbering could continue there, and never right after a word that makes it a reference
 * ("line 6.", "lines 4 and 5.", "section 30.").
 */

export interface Marker {
  readonly number: string | null;
  readonly letter: string | null;
}

/** Words after which a number is a reference in the label's own text, not a figure or a line number. */
const REFERENCE_WORDS = new Set([
  "line",
  "lines",
  "and",
  "or",
  "through",
  "thru",
  "to",
  "from",
  "of",
  "section",
  "sections",
  "regulation",
  "regulations",
  "rule",
  "rules",
  "no",
  "no.",
  "number",
  "item",
  "items",
  "page",
  "part",
  "schedule",
  "&",
  "§",
]);

export function isReferenceWord(word: string | undefined): boolean {
  if (word === undefined) return false;
  return REFERENCE_WORDS.has(word.toLowerCase()) || word.endsWith(",");
}

/** "5." → number 5; "A." → letter A; anything else null. */
export function markerOf(word: string): Marker | null {
  // Every word of a label is asked: only "5.", "12." or "A." can be a marker, told by their characters.
  const n = word.length;
  if (n < 2 || n > 3 || word.charCodeAt(n - 1) !== 46) return null;
  const first = word.charCodeAt(0);
  const number = isDigit(first) && (n === 2 || isDigit(word.charCodeAt(1)));
  const letter = n === 2 && ((first >= 65 && first <= 90) || (first >= 97 && first <= 122));
  if (!number && !letter) return null;
  let marker = MARKERS.get(word);
  if (!marker) {
    marker = number
      ? { number: String(Number(word.slice(0, n - 1))), letter: null }
      : { number: null, letter: word.charAt(0).toUpperCase() };
    MARKERS.set(word, marker);
  }
  return marker;
}

/** Markers already read, by spelling (at most a few hundred): a marker is readonly, so each spelling is made once. */
const MARKERS = new Map<string, Marker>();

/** The marker a row starts with ("5.", "A." before a space or the end of the row), or null. */
export function leadingMarker(text: string): string | null {
  const dot = text.charCodeAt(1) === 46 ? 1 : text.charCodeAt(2) === 46 ? 2 : -1;
  if (dot < 0) return null;
  if (dot + 1 < text.length && !isSpaceAt(text, dot + 1)) return null;
  // Most rows start with one: its spelling is looked up by its character codes, not cut out of the row again.
  const key = dot === 1 ? text.charCodeAt(0) : text.charCodeAt(0) * 65536 + text.charCodeAt(1);
  const known = LEADING.get(key);
  if (known !== undefined) return known;
  const raw = text.slice(0, dot + 1);
  if (!markerOf(raw)) return null;
  LEADING.set(key, raw);
  return raw;
}

/** Marker spellings read at the start of a row, by the character codes before their "." (a few hundred at most). */
const LEADING = new Map<number, string>();

/**
 * Whether a marker-shaped word found mid-line continues the numbering in force (`number`, `letter`
 * of the current row): the next number or two, a restart at 1 (a new section), "A." or the next letter.
 */
export function continuesNumbering(
  marker: Marker,
  previousWord: string | undefined,
  number: string,
  letter: string,
): boolean {
  if (isReferenceWord(previousWord)) return false;
  if (marker.number !== null) {
    const next = Number(marker.number);
    const current = number === "" ? 0 : Number(number);
    return next === 1 || (next > current && next <= current + 3);
  }
  if (number === "" || marker.letter === null) return false;
  return marker.letter === "A" || (letter !== "" && marker.letter.charCodeAt(0) === letter.charCodeAt(0) + 1);
}
