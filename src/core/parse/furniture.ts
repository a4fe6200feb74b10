import type { SourceLine } from "./normalize";

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
const CODE = /\[\d{4}\]/;
const NUMBER = /\d+/;

export class Furniture {
  /** The last page number seen, so a bare number is taken for a page number only where the next one falls. */
  private page = 0;
  /** The filing's Form, lowercased once rather than for every line. */
  private form = { printed: "", lower: "" };

  /** Whether `line` is furniture; `form` is the filing's Form, whose name a footer may start with. */
  is(line: SourceLine, form: string | undefined): boolean {
    const named = form !== undefined && form.length > 3;
    if (!mayBe(line.first, named ? this.lowered(form) : null)) return false;
    const text = line.text;
    const numbered = PAGE.exec(text) ? NUMBER.exec(text) : null;
    if (numbered) {
      this.page = Number(numbered[0]);
      return true;
    }
    if (FORM_NAME_FOOTER.test(text) || (named && startsWithName(text, this.lowered(form)))) return true;
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

  private lowered(form: string): string {
    if (this.form.printed !== form) this.form = { printed: form, lower: form.toLowerCase() };
    return this.form.lower;
  }
}

/**
 * Whether a line whose text starts with the character `first` may be furniture: a page footer
 * starts with "page", a digit or "-", a form-name footer with "d", a banner with a capital, and a
 * footer with the filing's Form name (`form`, lowercased) with its first letter.
 */
function mayBe(first: number, form: string | null): boolean {
  if ((first >= 48 && first <= 57) || first === 45 || (first >= 65 && first <= 90)) return true;
  if (first === 112 || first === 100) return true;
  if (form === null) return false;
  // Lowercasing an ASCII character gives one ASCII character; one beyond ASCII may lower to more.
  return first >= 0x80 || form.charCodeAt(0) === (first >= 65 && first <= 90 ? first + 32 : first);
}

/**
 * Whether `text` starts with `form` (lowercased) in any case, compared in place while both are ASCII,
 * and prints no code.
 */
function startsWithName(text: string, form: string): boolean {
  // The name is compared first: most lines differ from it at once, and the code is then not looked for.
  for (let i = 0; i < form.length; i++) {
    const c = text.charCodeAt(i);
    // Lowercasing a character beyond ASCII may give two: the whole text is lowercased then.
    if (c >= 0x80) return text.toLowerCase().startsWith(form) && !CODE.test(text);
    if (Number.isNaN(c) || (c >= 65 && c <= 90 ? c + 32 : c) !== form.charCodeAt(i)) return false;
  }
  return !CODE.test(text);
}
