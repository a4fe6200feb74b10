/**
 * Reading one printed figure. Filings print negatives as `-N`, `(N)` or with a Unicode minus or
 * en dash, zero as a lone dash, and may carry `$` and thousands separators. A token that looks
 * like a figure but breaks these forms is not guessed at: it is reported.
 */

export type FigureRead =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: string };

const MINUS = /^[-\u2212\u2013\u2012\u2014]/;
const DIGITS = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

export function readFigure(raw: string): FigureRead {
  let text = raw.replace(/\s+/g, "");
  if (/^[-\u2212\u2013\u2012\u2014]$/.test(text)) return { ok: true, value: 0 };
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
  if (!Number.isSafeInteger(Math.round(value * 100))) return { ok: false, reason: `"${raw.trim()}" is too large to be exact` };
  return { ok: true, value: negative && value !== 0 ? -value : 0 + value };
}

/** A field that is meant as a figure: digits, or a dash, with only figure punctuation around them. */
export function looksLikeFigure(text: string): boolean {
  const t = text.trim();
  return /^[($\-\u2212\u2013\u2012\u2014]*\s*\$?\s*[\d][\d,.]*\s*\)?$/.test(t) || /^[-\u2212\u2013\u2012\u2014]$/.test(t);
}
