/**
 * How a plan's text reaches a cell as text. Office.js reads a string written to `formulas` the way
 * Excel reads typing: "=…" becomes a formula, "7360" a number, "2013-06-18" a date, "TRUE" a boolean.
 * Two guards, so either alone would suffice: every text cell gets the Text number format "@" before
 * its value is written (Excel keeps typed input in a Text cell as text), and any text Excel could read
 * as something else gets Excel's quote prefix, which Excel consumes and which marks the cell as text.
 * A leading apostrophe of the text itself survives because the prefix is added in front of it.
 */

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

/** Month names and abbreviations that Excel turns into dates when followed by a number ("May 5", "Jun-2013"). */
const MONTHS =
  "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?";
const MONTH_DATE = new RegExp(`^(${MONTHS}|dec(ember)?)\\.?[\\s\\-/,]*\\d`, "i");
const BOOLEAN = /^\s*(true|false)\s*$/i;
/** Anything not led by a letter is prefixed; of letter-led texts, only booleans and month dates need it. */
const STARTS_WITH_LETTER = /^\p{L}/u;

/** Whether Excel could read `text`, typed into a cell, as anything but that text. */
export function needsQuotePrefix(text: string): boolean {
  if (text === "") return false;
  if (!STARTS_WITH_LETTER.test(text)) return true; // = + - @ ' digits ( $ # % whitespace, tab, CR…
  return BOOLEAN.test(text) || MONTH_DATE.test(text);
}

/** Excel's limit on what one cell takes: 32,767 characters, the quote prefix counted. */
export const CELL_INPUT_MAX = 32767;

/**
 * The string to write for a text cell: the text, quote-prefixed when Excel could misread it. Text
 * that the prefix would push over the cell's limit is cut to fit, ending in "…" as the layout's own
 * cut does, and never between the halves of a surrogate pair.
 */
export function textInput(text: string): string {
  const input = needsQuotePrefix(text) ? `'${text}` : text;
  if (input.length <= CELL_INPUT_MAX) return input;
  let cut = CELL_INPUT_MAX - 1;
  if (/[\uD800-\uDBFF]/.test(input[cut - 1] ?? "")) cut--;
  return `${input.slice(0, cut)}…`;
}
