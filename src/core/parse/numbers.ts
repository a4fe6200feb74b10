/**
 * Reading one printed figure. Filings print negatives as `-N`, `(N)` or with a Unicode minus or
 * en dash, zero as a lone dash, and may carry `$` and thousands separators. A token that looks
 * like a figure but breaks these forms is not guessed at: it is reported.
 *
 * Every pattern here is anchored and free of nested or adjacent quantifiers over the same
 * characters, so a hostile token costs time linear in its length.
 */

export type FigureRead =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: string };

const MINUS = /^[-\u2212\u2013\u2012\u2014]/;
const LONE_DASH = /^[-\u2212\u2013\u2012\u2014]$/;
const DIGITS = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * @example
 * readFigure("(1,234)"); // { ok: true, value: -1234 }
 * readFigure("-");       // { ok: true, value: 0 }
 * readFigure("1O");      // { ok: false, reason: '"1O" is not a number' }
 */
export function readFigure(raw: string): FigureRead {
  let text = raw.replace(/\s+/g, "");
  if (LONE_DASH.test(text)) return { ok: true, value: 0 };
  let negative = false;
  text = text.replace(/^\$/, "");
  if (text.startsWith("(") && text.endsWith(")")) {
    negative = true;
    text = text.slice(1, -1);
  }
  if (MINUS.test(text)) {
    negative = !negative;
    text = text.slice(1);
  }
  text = text.replace(/^\$/, "");
  if (!negative && MINUS.test(text)) {
    // "$-1,234": the sign after the currency symbol.
    negative = true;
    text = text.slice(1);
  }
  if (!DIGITS.test(text)) return { ok: false, reason: `"${raw.trim()}" is not a number` };
  const value = Number(text.replace(/,/g, ""));
  if (!Number.isSafeInteger(Math.round(value * 100)))
    return { ok: false, reason: `"${raw.trim()}" is too large to be exact` };
  return { ok: true, value: negative && value !== 0 ? -value : 0 + value };
}

/**
 * A tab- or wide-space-separated field meant as a figure: digits (with `,` and `.`), or a lone dash,
 * with only signs, parentheses and `$` around them ("$ (1,234)", "- 5", "(1,234 )"). A printed line
 * number ("7.", "12.") is not one.
 */
export function looksLikeFigure(text: string): boolean {
  const t = text.replace(/\s+/g, "");
  if (LONE_DASH.test(t)) return true;
  if (!/^[($\-\u2212\u2013\u2012\u2014]*\d[\d,.]*\)?$/.test(t) || /^\d{1,2}\.$/.test(t)) return false;
  // "3)" closes "(add lines 1, 2 and 3)" wrapped onto its own line: a figure's parentheses come in pairs.
  return t.includes("(") === t.includes(")");
}

/**
 * One whitespace-free word shaped like a printed figure: 1,234 · (1,234) · -1,234 · $1,234 · 12.50 ·
 * "5,598," (the first half of a figure split by a space); parentheses balanced. Used to tell a
 * figure-like word that stands against a figure, or ends a label, from ordinary label text.
 */
export function isFigureWord(word: string): boolean {
  if (!/^[-\u2212\u2013]?\(?\$?[-\u2212\u2013]?\d[\d,]*(\.\d+)?\)?$/.test(word)) return false;
  return word.includes("(") === word.includes(")");
}

/**
 * A word in a figure position that was meant as a figure but may not read as one ("1O", "12x",
 * "1.2.3", "5,598,5O5,864"): it starts like a number and holds no label-like text. Dates
 * ("10/4/2010") and references ("4d(2)") are not attempts.
 */
export function isFigureAttempt(word: string): boolean {
  if (word.length > 32 || /[/:%]/.test(word) || /^\d{1,2}\.$/.test(word)) return false;
  if (!/^[($\-\u2212\u2013\u2012\u2014]*\d[\d,.$)A-Za-z]*$/.test(word)) return false;
  return (word.match(/[A-Za-z]/g)?.length ?? 0) <= 2;
}
