/**
 * Page furniture: what a viewer or printer adds around a filing's pages and never a figure — a
 * "Page 2 of 3" footer, one that starts with the form's name ("Daily Seg - FOCUS II … Page 2"), a
 * "- 2 -" or bare page number, a letter-spaced banner ("W I N J A M M E R F I L I N G."). The reader
 * passes over it, so a statement broken across pages reads as one.
 */

const PAGE = /^(?:page\s+\d{1,4}\s*(?:of|\/)\s*\d{1,4}|\d{1,4}\s+of\s+\d{1,4}|-\s*\d{1,4}\s*-)$/i;
const FORM_NAME_FOOTER = /^daily\s+seg\s*[-\u2013]\s*focus\b[^[\]]*$/i;
const BANNER = /^(?:[A-Z][.:]?\s{1,3}){3,}[A-Z][.:]?$/;
const BARE_NUMBER = /^\d{1,3}$/;

export class Furniture {
  /** The last page number seen, so a bare number is taken for a page number only where the next one falls. */
  private page = 0;

  /**
   * Whether `text` (a line or part, trimmed) is furniture; `form` is the filing's Form, whose name a footer may start
   * with.
   */
  is(text: string, form: string | undefined): boolean {
    const numbered = PAGE.exec(text) ? /\d+/.exec(text) : null;
    if (numbered) {
      this.page = Number(numbered[0]);
      return true;
    }
    if (FORM_NAME_FOOTER.test(text) || (form && form.length > 3 && startsWithName(text, form))) return true;
    if (BANNER.test(text)) return true;
    // A lone small number is a page number only where the next page's would fall; any other is read as printed.
    if (BARE_NUMBER.test(text)) {
      const n = Number(text);
      if (n < 1 || n > this.page + 2) return false;
      this.page = n;
      return true;
    }
    return false;
  }
}

function startsWithName(text: string, form: string): boolean {
  return !/\[\d{4}\]/.test(text) && text.toLowerCase().startsWith(form.toLowerCase());
}
