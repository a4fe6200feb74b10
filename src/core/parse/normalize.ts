/**
 * Turns raw input into lines a reader can match: line endings of any platform, the inline markup
 * of NFA pages saved as text (`**Field:value**`, `<b><u>N</u></b>`, `## heading`), and the odd
 * spaces a clipboard brings (NBSP, figure space, narrow NBSP, zero-width) folded to plain ones.
 */

export interface SourceLine {
  /** 1-based line number in the input. */
  readonly number: number;
  /** The line as it was. */
  readonly raw: string;
  /** Markup removed, spaces folded; tabs kept because they separate a label from its figure. */
  readonly clean: string;
  /** Whether the whole line was emphasised (`**…**` or `<b>…</b>`): a title or header candidate. */
  readonly emphasised: boolean;
}

export function splitLines(text: string): readonly SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((raw, i) => ({
    number: i + 1,
    raw,
    clean: cleanLine(raw),
    emphasised: /^\s*(\*\*|<b>|<strong>)/i.test(raw) && /(\*\*|<\/b>|<\/strong>)\s*$/i.test(raw),
  }));
}

/** Anything shaped like a tag; one that holds a code ("<A[7010]>") is text with a figure's code in it, and stays. */
const TAG = /<\/?[a-z][^<>]*>/gi;
const dropTag = (tag: string): string => (/\[\d{4}\]/.test(tag) ? tag : "");

export function cleanLine(raw: string): string {
  const folded = raw
    .replace(TAG, dropTag)
    .replace(/\*\*/g, "")
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/&nbsp;/gi, " ")
    .replace(/&amp;/gi, "&")
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff/g, "")
    // Every other kind of space (NBSP, figure space, form feed, line separator …) is a plain space;
    // tabs stay, since they separate a label from its figure. Plain spaces are left out of the
    // class too: replacing each by itself rebuilt every line for nothing.
    .replace(/[^\S\t ]/g, " ");
  return quotedRowAsCells(trimEndSpaces(folded));
}

/**
 * A line of a CSV export whose cells are quoted (`"Firm Name:Acme"`, `"","A. Cash","0","7010"`) reads
 * as the same cells separated by tabs, as a spreadsheet's copy gives them: a header field, a title
 * or a heading then reads as printed, without its quotes.
 */
function quotedRowAsCells(text: string): string {
  if (!text.trimStart().startsWith('"')) return text;
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
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "");
}

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
