/**
 * Reading one printed figure, spelled as filings and their copies print it: negatives as `-N`,
 * `(N)`, `N-` or with a Unicode minus or en dash; zero as a lone dash, `-0-` or `$ -`; a `$`, a
 * leading `+`, a footnote mark (`1,234*`); thousands separated by commas, spaces or — when no other
 * reading is possible — periods. A token that looks like a figure but breaks these forms, or could
 * be read two ways (`37.229`), is not guessed at: it is reported.
 *
 * Every pattern here is anchored and free of nested or adjacent quantifiers over the same
 * characters, so a hostile token costs time linear in its length.
 */

import { notANumber, periodOrDecimalReason, tooLargeToBeExact } from "./messages";

export type FigureRead =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: string };

const MINUS = /^[-\u2212\u2013\u2012\u2014]/;
/** A minus printed after the digits ("5,922,393-"), as ledgers and old report writers do. */
const TRAILING_MINUS = /[-\u2212]$/;
/** Zero as a dash alone, or "-0-", after any `$`. */
const ZERO = /^(?:[-\u2212\u2013\u2012\u2014]|-0-)$/;
/** `*`, daggers and superscript digits printed after a figure to point at a footnote. */
const FOOTNOTE = /[*\u2020\u2021\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2}$/;
const COMMA_GROUPS = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
/** "5.598.505.864": two or more period groups of three cannot be a decimal. */
const PERIOD_GROUPS = /^\d{1,3}(\.\d{3}){2,}$/;
/** "37.229": thirty-seven thousand with a period separator, or thirty-seven dollars and change? */
const PERIOD_OR_DECIMAL = /^[1-9]\d{0,2}\.\d{3}$/;
/** Words printed where a figure stands to say there is none: not a number, and not zero either. */
const PLACEHOLDER = /^(n\/?a|n\.a\.?|nil|none|null)$/i;

/**
 * @example
 * readFigure("(1,234)");    // { ok: true, value: -1234 }
 * readFigure("5,922,393-"); // { ok: true, value: -5922393 }
 * readFigure("-0-");        // { ok: true, value: 0 }
 * readFigure("1O");         // { ok: false, reason: '"1O" is not a number' }
 */
export function readFigure(raw: string): FigureRead {
  const plain = plainFigure(raw);
  if (plain !== null) return { ok: true, value: plain };
  let text = raw.replace(/\s+/g, "");
  if (PLACEHOLDER.test(text)) return { ok: false, reason: notANumber(raw.trim()) };
  text = text.replace(FOOTNOTE, "").replace(/^\$/, "");
  if (ZERO.test(text)) return { ok: true, value: 0 };
  let negative = false;
  if (text.startsWith("(") && text.endsWith(")")) {
    negative = true;
    text = text.slice(1, -1);
  }
  let signed = false;
  if (MINUS.test(text) || text.startsWith("+")) {
    negative = text.startsWith("+") ? negative : !negative;
    signed = true;
    text = text.slice(1);
  }
  text = text.replace(/^\$/, "");
  if (!signed && MINUS.test(text)) {
    // "$-1,234": the sign after the currency symbol.
    negative = true;
    signed = true;
    text = text.slice(1);
  }
  if (!signed && !negative && TRAILING_MINUS.test(text)) {
    negative = true;
    text = text.slice(0, -1);
  }
  return readDigits(raw, text, negative);
}

/**
 * "1,234,567", "-1,234", "0": most printed figures, read digit by digit without the patterns above;
 * null for any other spelling (and for a figure too large to be exact), which the patterns then read.
 */
export function plainFigure(raw: string): number | null {
  const negative = raw.charCodeAt(0) === 45;
  let value = 0;
  let lead = 0;
  /** Digits since the last comma; -1 before the first. */
  let group = -1;
  for (let i = negative ? 1 : 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      if (group < 0) lead++;
      else group++;
    } else if (c === 44 && (group < 0 ? lead >= 1 && lead <= 3 : group === 3)) group = 0;
    else return null;
  }
  if ((group < 0 && lead === 0) || (group >= 0 && group !== 3)) return null;
  if (!Number.isSafeInteger(Math.round(value * 100))) return null;
  return negative && value !== 0 ? -value : value;
}

function readDigits(raw: string, text: string, negative: boolean): FigureRead {
  const shown = raw.trim();
  if (PERIOD_OR_DECIMAL.test(text)) return { ok: false, reason: periodOrDecimalReason(shown, text) };
  let digits: string;
  if (COMMA_GROUPS.test(text)) digits = text.replace(/,/g, "");
  else if (PERIOD_GROUPS.test(text)) digits = text.replace(/\./g, "");
  else return { ok: false, reason: notANumber(shown) };
  const value = Number(digits);
  if (!Number.isSafeInteger(Math.round(value * 100))) return { ok: false, reason: tooLargeToBeExact(shown) };
  return { ok: true, value: negative && value !== 0 ? -value : 0 + value };
}

/** A word printed in a figure's place to say there is none ("N/A", "nil"): reported, never read as zero. */
export function isPlaceholder(word: string): boolean {
  return PLACEHOLDER.test(word.trim());
}

/** A dash alone, or "-0-": zero as many filings print it. */
export function isZeroDash(word: string): boolean {
  return ZERO.test(word);
}

/**
 * A tab- or wide-space-separated field meant as a figure: digits (with `,` and `.`), or a lone dash,
 * with only signs, parentheses, `$`, a trailing minus and a footnote mark around them ("$ (1,234)",
 * "- 5", "(1,234 )", "5,922,393-", "$ -"). A printed line number ("7.", "12.") is not one.
 */
export function looksLikeFigure(text: string): boolean {
  if (!mayBeFigure(text.trimStart())) return false;
  const t = text.replace(/\s+/g, "").replace(FOOTNOTE, "");
  if (ZERO.test(t.replace(/^\$/, ""))) return true;
  if (!/^[($+\-\u2212\u2013\u2012\u2014]*\d[\d,.]*\)?[-\u2212]?$/.test(t) || /^\d{1,2}\.$/.test(t)) return false;
  // "3)" closes "(add lines 1, 2 and 3)" wrapped onto its own line: a figure's parentheses come in pairs.
  return t.includes("(") === t.includes(")");
}

/**
 * Whether a word or cell (trimmed; or the word at `at`) can be any of the above by its first
 * character: a digit, a sign, a parenthesis, `$`, or the first letter of a placeholder. Label text,
 * most of what a row holds, is told apart by this one test instead of the patterns.
 */
export function mayBeFigure(text: string, at = 0): boolean {
  const c = text.charCodeAt(at);
  if (c >= 48 && c <= 57) return true;
  return (
    c === 40 ||
    c === 36 ||
    c === 43 ||
    c === 45 ||
    c === 110 ||
    c === 78 ||
    (c >= 0x2012 && c <= 0x2014) ||
    c === 0x2212
  );
}

/**
 * One whitespace-free word shaped like a printed figure: 1,234 · (1,234) · -1,234 · $1,234 · 12.50 ·
 * +1,234 · 1,234- · 1,234* · -0- · "5,598," (the first half of a figure split by a space); parentheses
 * balanced. Used to tell a figure-like word that stands against a figure, or ends a label, from
 * ordinary label text.
 */
export function isFigureWord(word: string): boolean {
  if (word === "-0-") return true;
  if (!mayBeFigure(word)) return false;
  const bare = word.replace(FOOTNOTE, "");
  if (!/^[-+\u2212\u2013]?\(?\$?[-\u2212\u2013]?\d[\d,]*(\.\d+)*\)?-?$/.test(bare)) return false;
  return bare.includes("(") === bare.includes(")");
}

/**
 * A word in a figure position that was meant as a figure but may not read as one ("1O", "12x",
 * "1.2.3", "5,598,5O5,864", "N/A"): it starts like a number and holds no label-like text, or says
 * there is no figure. Dates ("10/4/2010") and references ("4d(2)") are not attempts.
 */
export function isFigureAttempt(word: string): boolean {
  if (isPlaceholder(word)) return true;
  if (word.length > 32 || /[/:%]/.test(word) || /^\d{1,2}\.$/.test(word)) return false;
  if (!/^[($+\-\u2212\u2013\u2012\u2014]*\d[\d,.$)A-Za-z]*$/.test(word)) return false;
  return (word.match(/[A-Za-z]/g)?.length ?? 0) <= 2;
}
