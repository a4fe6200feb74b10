import { isoDate } from "./dates";
import { figureStart } from "./figures";
import { spacesStart, visibleFrom } from "./scan";

export { isoDate } from "./dates";

/**
 * The header NFA prints before each statement: AMENDMENT or INITIAL, End Date, Firm Name, Form,
 * Submit Date. Dates are kept as ISO yyyy-mm-dd (./dates.ts reads how copies spell them). A label
 * whose value is not on its line ("End Date:" then "6/18/2013") is read with `value` empty; the
 * reader takes the value from the next line.
 */

export type HeaderField = "amendment" | "firm" | "form" | "endDate" | "submitDate";

/** A figure and code printed inside a header field's value: a header carries none, so it is reported. */
export interface HeaderStray {
  readonly text: string;
  readonly codes: readonly string[];
}

export type HeaderRead =
  | { readonly field: "amendment"; readonly value: boolean }
  | { readonly field: "firm" | "form"; readonly value: string; readonly stray: HeaderStray | null }
  | {
      readonly field: "endDate" | "submitDate";
      readonly value: string | null;
      readonly raw: string;
      readonly stray: HeaderStray | null;
    };

/** How each field is printed, for messages. */
export const FIELD_NAMES: Readonly<Record<HeaderField, string>> = {
  amendment: "AMENDMENT/INITIAL",
  firm: "Firm Name",
  form: "Form",
  endDate: "End Date",
  submitDate: "Submit Date",
};

/** "AMENDMENT", "AMENDMENT #1", "Amended Filing", "INITIAL FILING", "Amendment No. 2". */
const STATUS =
  String.raw`(amendment|amended|initial)(?:\s+(?:filing|submission))?` +
  String.raw`(?:\s*(?:#|no\.?)\s*\d{1,3}|\s+\d{1,3})?`;
const STATUS_LINE = new RegExp(`^${STATUS}$`, "i");

/** What a report prints between fields run together on one line, and after a value. */
const SEPARATOR_MARKS = "|,;\u2013\u2014-";
const SEPARATOR = `[\\s${SEPARATOR_MARKS}]*`;
const TRAILING_SEPARATOR = new RegExp(`\\s${SEPARATOR}$`);
const SEPARATOR_AT_START = new RegExp(SEPARATOR, "y");

/** How long the separator at the start of `text` is (0 when there is none), told without making a match. */
export function separatorLength(text: string): number {
  SEPARATOR_AT_START.lastIndex = 0;
  SEPARATOR_AT_START.test(text);
  return SEPARATOR_AT_START.lastIndex;
}

/** The field labels, for finding a header run into other text (./line-parts.ts). */
export const FIELD_LABEL = String.raw`(?:end\s+date|firm\s+name|form|submit\s+date)\s*:`;

/** A status word printed just before a field label: where a header run together on one line starts. */
export const STATUS_BEFORE_LABEL = String.raw`(?:${STATUS.replace("(", "(?:")})(?=${SEPARATOR}${FIELD_LABEL})`;

/**
 * The first two letters, lowercased, of every line readHeader reads: AMendment, AMended, INitial,
 * ENd Date, FIrm Name, FOrm, SUbmit Date. Each pair is held as one number, (first << 8) | second.
 */
const OPENINGS = new Set(["am", "in", "en", "fi", "fo", "su"].map((p) => (p.charCodeAt(0) << 8) | p.charCodeAt(1)));

/** Whether `text`, whose visible text starts `at`, may be a header line, told from its first two letters. */
function opensLikeHeader(text: string, at: number): boolean {
  // ASCII letters differ from their capitals only in bit 0x20; nothing else lowers onto a letter this way.
  return OPENINGS.has(((text.charCodeAt(at) | 0x20) << 8) | (text.charCodeAt(at + 1) | 0x20));
}

const FIELD_LINE = /^(end\s+date|firm\s+name|form|submit\s+date)\s*:(.*)$/is;
// Patterns are made here once: one written in a function is a new object each time the function runs.
const CODE = /\[\d{4}\]/;
const FORM_LABEL = /^form/i;

/** `clean` read as a header line; `at` is where its visible text starts, when the caller knows it already. */
export function readHeader(clean: string, at = visibleFrom(clean)): HeaderRead | null {
  if (!opensLikeHeader(clean, at)) return null;
  const text = clean.trim();
  const status = STATUS_LINE.exec(text);
  if (status) return { field: "amendment", value: status[1]!.toLowerCase() !== "initial" };
  const field = FIELD_LINE.exec(text);
  if (!field) return null;
  const name = fieldOf(field[1]!);
  const { value, stray } = splitStray(field[2]!);
  if (name === "endDate" || name === "submitDate") return { field: name, value: isoDate(value), raw: value, stray };
  return { field: name, value, stray };
}

/**
 * The field a label FIELD_LINE matched names, told by its first letters: End Date, Submit Date, and
 * FIrm Name or FOrm, in either case.
 */
function fieldOf(label: string): "firm" | "form" | "endDate" | "submitDate" {
  // ASCII letters differ from their capitals only in bit 0x20.
  const first = label.charCodeAt(0) | 0x20;
  if (first === 101) return "endDate";
  if (first === 115) return "submitDate";
  return (label.charCodeAt(1) | 0x20) === 105 ? "firm" : "form";
}

/** "Acme 5 [7010]" → value "Acme", stray "5 [7010]". */
function splitStray(printed: string): { readonly value: string; readonly stray: HeaderStray | null } {
  // Most values print no code: no "[", no search for one.
  const codes = printed.includes("[") ? [...printed.matchAll(/\[(\d{4})\]/g)] : [];
  const first = codes[0];
  if (!first) return { value: withoutSeparator(printed), stray: null };
  // The value ends where the figure before the first code starts (or at the code, when none stands before it).
  const cut = figureStart(printed, 0, spacesStart(printed, first.index, 0)) ?? first.index;
  return {
    value: withoutSeparator(printed.slice(0, cut)),
    stray: { text: printed.slice(cut).trim(), codes: codes.map((c) => c[1]!) },
  };
}

/**
 * "| Citigroup Global Markets Inc. |" → "Citigroup Global Markets Inc.": separators around a value
 * are not part of it.
 */
function withoutSeparator(value: string): string {
  // The separator between a label and its value printed in cells of their own ("End Date: | 6/18/2013").
  const lead = separatorLength(value);
  const text = (lead === 0 ? value : value.slice(lead)).trim();
  // A trimmed value ends in a space of a separator only when it ends in one of its marks: most values do not.
  if (text.length > 300 || !SEPARATOR_MARKS.includes(text.charAt(text.length - 1))) return text;
  return text.replace(TRAILING_SEPARATOR, "").trim();
}

/** Words that end a firm's name ("Inc.", "LLC", "& Co. LLC"), where a page's text run after it can be cut off. */
const FIRM_END = new RegExp(
  String.raw`(?<=\S)\s*,?\s+(?:inc|incorporated|llc|l\.l\.c|lp|l\.p|llp|ltd|limited|corp|corporation|co|company|` +
    String.raw`n\.a|plc|ag|s\.a|\(usa\)|usa)\b\.?(?:\s*,?\s+(?:inc|llc|l\.l\.c|lp|l\.p|ltd|co|\(usa\))\b\.?)*`,
  "i",
);
const FORM_NAME = /^daily\s+seg\s*[-\u2013]\s*\S+(?:\s+(?:i{1,3}|iv|v)[a-c]?\b)?/i;

/**
 * Where a firm's or form's name ends in a value that ran on into a page's figures ("Firm Name:Acme
 * Futures LLC B. Securities 1,392,357,829 [7020]"), or null when the value holds no code or the
 * name's end cannot be told (then the figures are reported as printed inside the field).
 */
export function nameLength(label: string, value: string): number | null {
  if (!CODE.test(value)) return null;
  const text = value.slice(0, 200);
  const lead = separatorLength(text);
  const end = FORM_LABEL.test(label.trim()) ? FORM_NAME.exec(text.slice(lead)) : FIRM_END.exec(text.slice(lead));
  return end ? lead + end.index + end[0].length : null;
}
