import { isCodeAt, nextCode, visibleFrom } from "./scan";

/**
 * Turns raw input into lines a reader can match: line endings of any platform, the inline markup
 * of NFA pages saved as text (`**Field:value**`, `<b><u>N</u></b>`, `## heading`), and the odd
 * spaces a clipboard brings (NBSP, figure space, narrow NBSP, zero-width) folded to plain ones.
 */

/**
 * One line of input as the reader reads it: its number, its text as it was and cleaned, and what
 * every stage of the reader asks of it first (where its text starts and its first character, whether
 * it prints a code, its trimmed text). Each is worked out once, when first asked: a line is asked the
 * same question by the header reader, the furniture test and the title match in turn.
 */
export class SourceLine {
  private trimmed: string | undefined = undefined;
  private visibleStart: number | undefined = undefined;
  private coded: boolean | undefined = undefined;

  constructor(
    /** 1-based line number in the input. */
    readonly number: number,
    /** The line as it was. */
    readonly raw: string,
    /** Markup removed, spaces folded; tabs kept because they separate a label from its figure. */
    readonly clean: string,
    /** Whether the whole line was emphasised (`**…**` or `<b>…</b>`): a title or header candidate. */
    readonly emphasised: boolean,
  ) {}

  /** The clean text trimmed. */
  get text(): string {
    return (this.trimmed ??= this.clean.trim());
  }

  /** Where `text` starts in `clean` (its length when the line is blank), found without trimming. */
  get start(): number {
    return (this.visibleStart ??= visibleFrom(this.clean));
  }

  /** The char code of the first character of `text` (NaN when the line is blank). */
  get first(): number {
    return this.clean.charCodeAt(this.start);
  }

  /** Whether the line holds nothing but spaces. */
  get blank(): boolean {
    return Number.isNaN(this.first);
  }

  /** Whether `text` begins with this lowercase ASCII letter, in either case. */
  startsWith(letter: string): boolean {
    // ASCII letters differ from their capitals only in bit 0x20; a non-letter never equals a letter this way.
    return (this.first | 0x20) === letter.charCodeAt(0);
  }

  /** Whether the line prints a bracketed code such as [7010]. */
  get hasCode(): boolean {
    return (this.coded ??= nextCode(this.clean, 0) >= 0);
  }
}

export function splitLines(text: string): readonly SourceLine[] {
  // A text without a carriage return (most) is split on its newlines without running a pattern.
  const raws = text.includes("\r") ? text.split(/\r\n|\r|\n/) : text.split("\n");
  // A line can hold only the markup its text holds: most texts hold one or two kinds, looked for in each line.
  const inText = markupIn(text, ANGLE | STAR | HASH | AMP | QUOTE);
  const odd = hasOddSpace(text) ? ODD : 0;
  const lines: SourceLine[] = new Array<SourceLine>(raws.length);
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    const marks = odd | markupIn(raw, inText);
    lines[i] = new SourceLine(i + 1, raw, cleanLine(raw, marks), isEmphasised(raw, marks));
  }
  return lines;
}

function isEmphasised(raw: string, marks: number): boolean {
  if ((marks & (STAR | ANGLE)) === 0) return false;
  // Emphasis opens with "*" or "<": a line that starts otherwise (a figure line with its figures in
  // bold) is not run through the patterns.
  const first = raw.charCodeAt(visibleFrom(raw));
  if (first !== 42 && first !== 60) return false;
  return EMPHASIS_OPENS.test(raw) && EMPHASIS_CLOSES.test(raw);
}

// The patterns cleaning runs on every line are made once: a pattern written in a function is a new
// object each time the function runs.
const EMPHASIS_OPENS = /^\s*(\*\*|<b>|<strong>)/i;
const EMPHASIS_CLOSES = /(\*\*|<\/b>|<\/strong>)\s*$/i;
const HEADING = /^\s*#{1,6}\s+/;
const NBSP_ENTITY = /&nbsp;/gi;
const AMP_ENTITY = /&amp;/gi;
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;
const OTHER_SPACE = /[^\S\t ]/g;

/**
 * What markup a line may hold, as bits, so that a plain line (most of a filing) is not run through
 * every one of cleanLine's patterns: each bit says that a character one of them rewrites is there.
 */
const ANGLE = 1;
const STAR = 2;
const HASH = 4;
const AMP = 8;
/** A space other than a plain one or a tab, or a zero-width one: see hasOddSpace. */
const ODD = 16;
/** A double quote: a CSV export's quoted cells (see quotedRowAsCells). */
const QUOTE = 32;

/** Which of the kinds of markup in `kinds` the text holds. */
function markupIn(text: string, kinds: number): number {
  // includes() is a native search, far quicker than a loop over the characters in script.
  return (
    (kinds & ANGLE && text.includes("<") ? ANGLE : 0) |
    (kinds & STAR && text.includes("*") ? STAR : 0) |
    (kinds & HASH && text.includes("#") ? HASH : 0) |
    (kinds & AMP && text.includes("&") ? AMP : 0) |
    (kinds & QUOTE && text.includes('"') ? QUOTE : 0)
  );
}

/**
 * Whether the text holds a character cleanLine folds to a plain space or drops: what /[^\S\t ]/
 * matches but the line ends a line is split at, and the zero-width ones (a unit test holds this to
 * those patterns). Asked once of the whole text rather than of each line. The three among Latin-1
 * are found by native search; the pattern for the rest fails at once on a text that holds no
 * character beyond Latin-1 (most copies), where a pattern with all of them steps through every one.
 */
export function hasOddSpace(text: string): boolean {
  return text.includes("\u00a0") || text.includes("\v") || text.includes("\f") || WIDE_ODD_SPACE.test(text);
}

const WIDE_ODD_SPACE = /[\u1680\u2000-\u200c\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]|\u200d/;

/**
 * Anything shaped like a tag (what /<\/?[a-z](?![^<>]*\[\d{4}\])[^<>]*>/gi removes: a unit test holds
 * the two alike), but one that holds a code ("<A[7010]>"): that is text with a figure's code in it,
 * and stays. Found by a scan from each "<" rather than by that pattern, whose look-ahead and global
 * replace cost more on every figure line of an NFA page (`<b><u>996,128,635</u></b> [7360]`) than the
 * rest of its cleaning together.
 */
export function withoutTags(text: string): string {
  let out = "";
  // Where the text not yet copied to `out` starts: 0 while no tag was found, and the text is returned as it is.
  let kept = 0;
  for (let lt = text.indexOf("<"); lt >= 0;) {
    const end = tagEnd(text, lt);
    if (end < 0) {
      lt = text.indexOf("<", lt + 1);
      continue;
    }
    out += text.slice(kept, lt);
    kept = end;
    lt = text.indexOf("<", end);
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/**
 * Where the tag that opens at `lt` ends (just after its ">"), or -1 when none does: "<", an optional
 * "/", an ASCII letter, then anything but "<" or ">" up to a ">", a code ("[7010]") not among it. A
 * tag's text ends at the first "<" or ">" after it, so each character is looked at once in all.
 */
function tagEnd(text: string, lt: number): number {
  let i = text.charCodeAt(lt + 1) === 47 ? lt + 2 : lt + 1;
  // ASCII letters differ from their capitals only in bit 0x20; nothing else lowers onto a letter this way.
  const letter = text.charCodeAt(i) | 0x20;
  if (letter < 97 || letter > 122) return -1;
  for (i++; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 62) return i + 1;
    if (c === 60 || (c === 91 && isCodeAt(text, i))) return -1;
  }
  return -1;
}

/** The text without "**" (Markdown's bold), each pair taken from the left as a global replace of "**" takes them. */
export function withoutBold(text: string): string {
  let out = "";
  let kept = 0;
  for (let at = text.indexOf("**"); at >= 0; at = text.indexOf("**", kept)) {
    out += text.slice(kept, at);
    kept = at + 2;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

function cleanLine(raw: string, marks: number): string {
  // Each rewrite only removes or replaces characters, so one whose character the raw line lacks
  // cannot apply at any step; the rest run in the order that gives each its meaning (a tag's
  // removal can join "*<i>*" into "**"; "&amp;nbsp;" stays "&nbsp;"). None makes a quote: a line
  // reads as quoted cells only when the raw line holds one.
  let text = raw;
  if (marks & ANGLE) text = withoutTags(text);
  if (marks & STAR) text = withoutBold(text);
  if (marks & HASH) text = text.replace(HEADING, "");
  if (marks & AMP) text = text.replace(NBSP_ENTITY, " ").replace(AMP_ENTITY, "&");
  // Every other kind of space (NBSP, figure space, form feed, line separator …) is a plain space;
  // tabs stay, since they separate a label from its figure.
  if (marks & ODD) text = text.replace(ZERO_WIDTH, "").replace(OTHER_SPACE, " ");
  text = trimEndSpaces(text);
  return marks & QUOTE ? quotedRowAsCells(text) : text;
}

/**
 * A line of a CSV export whose cells are quoted (`"Firm Name:Acme"`, `"","A. Cash","0","7010"`) reads
 * as the same cells separated by tabs, as a spreadsheet's copy gives them: a header field, a title
 * or a heading then reads as printed, without its quotes.
 */
function quotedRowAsCells(text: string): string {
  if (text.charCodeAt(visibleFrom(text)) !== 34) return text;
  const cells = splitCsv(text);
  if (cells === null) return text;
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells.join("\t");
}

/** Drops trailing spaces by scanning back: a regex like / +$/g retries at every space of a long run (quadratic). */
function trimEndSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Lowercase letters and digits only, for matching titles and headings however they were spaced. */
export function foldForMatch(text: string): string {
  return text.toLowerCase().replace(NOT_FOLDED, "");
}

// A pattern written in a function is made anew each time the function runs: this one runs on titles, headings, labels.
const NOT_FOLDED = /[^a-z0-9]+/g;

/** RFC 4180 cells; null when a quote stands anywhere but around a whole cell. */
export function splitCsv(text: string): string[] | null {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    while (text[i] === " ") i++;
    if (text[i] === '"') {
      let cell = "";
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) return null;
        cell += text.slice(i, close);
        i = close + 1;
        if (text[i] !== '"') break;
        cell += '"';
        i++;
      }
      while (text[i] === " ") i++;
      if (i < text.length && text[i] !== ",") return null;
      cells.push(cell.trim());
    } else {
      const comma = text.indexOf(",", i);
      const cell = text.slice(i, comma < 0 ? text.length : comma);
      if (cell.includes('"')) return null;
      cells.push(cell.trim());
      i = comma < 0 ? text.length : comma;
    }
    if (i >= text.length) return cells;
    i++;
  }
}
