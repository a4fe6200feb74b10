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

export function cleanLine(raw: string): string {
  return raw
    .replace(/<\/?[a-z][^<>]*>/gi, "")
    .replace(/\*\*/g, "")
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/&nbsp;/gi, " ")
    .replace(/&amp;/gi, "&")
    .replace(/[\u00a0\u2007\u202f\u2000-\u200a\u3000]/g, " ")
    .replace(/[\u200b\u200c\u200d\ufeff]/g, "")
    .replace(/[ ]+$/g, "");
}

/** Lowercase letters and digits only, for matching titles and headings however they were spaced. */
export function foldForMatch(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "");
}
