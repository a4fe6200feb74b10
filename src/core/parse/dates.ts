/**
 * The dates a filing's header prints, however the copy spells them: NFA's M/D/YYYY, a spreadsheet's
 * M/D/YY or 18-Jun-13, ISO 2013-06-18, a report's June 18, 2013 or 18 June 2013. Month-first when
 * all-numeric, as NFA prints; kept as ISO yyyy-mm-dd.
 */

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

const MONTH =
  String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|` +
  String.raw`sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;

/** Each spelling with how its parts map to year, month, day. */
const SPELLINGS: readonly { readonly pattern: string; readonly parts: (m: readonly string[]) => DateParts }[] = [
  { pattern: String.raw`(\d{4})[-/](\d{1,2})[-/](\d{1,2})`, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  { pattern: String.raw`(\d{1,2})[-/](\d{1,2})[-/](\d{4}|\d{2})`, parts: (m) => [m[3]!, m[1]!, m[2]!] },
  { pattern: String.raw`(${MONTH})\s*(${DAY}),?\s*(\d{4})`, parts: (m) => [m[3]!, m[1]!, m[2]!] },
  { pattern: String.raw`(${DAY})[\s-]*(${MONTH}),?[\s-]*(\d{4}|\d{2})`, parts: (m) => [m[3]!, m[2]!, m[1]!] },
];

type DateParts = readonly [year: string, month: string, day: string];

/** The time of day an older system prints after a submit date ("6/19/2013 4:12:09 PM"): not part of the date. */
const TIME = String.raw`(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,6})?(?:\s*[ap]\.?m\.?)?(?![\w:]))?`;

/** A date as printed at the start of a text. Sticky, so a test leaves the date's end in lastIndex (see dateLength). */
const DATE_AT_START = new RegExp(`(?:${SPELLINGS.map((s) => s.pattern).join("|")})(?![\\w/])${TIME}`, "iy");

/**
 * How long the date printed at the start of `text` is, or null when it starts with none: for cutting
 * a header value out of a longer line. Told by a test rather than a match, which would list every spelling's parts.
 */
export function dateLength(text: string): number | null {
  DATE_AT_START.lastIndex = 0;
  return DATE_AT_START.test(text) ? DATE_AT_START.lastIndex : null;
}

const WHOLE = SPELLINGS.map((s) => ({ re: new RegExp(`^${s.pattern}${TIME}$`, "i"), parts: s.parts }));

/**
 * "6/18/2013", "6/18/13", "June 18, 2013", "18-Jun-2013", "2013-06-18" → "2013-06-18"; null when not a real calendar
 * date.
 */
export function isoDate(printed: string): string | null {
  const text = printed.trim();
  for (const { re, parts } of WHOLE) {
    const m = re.exec(text);
    if (m) return calendarDate(parts(m));
  }
  return null;
}

// Made once: a pattern written in a function is a new object each time the function runs.
const DIGITS = /^\d+$/;
const LEADING_DIGITS = /^\d+/;

function calendarDate([year, month, day]: DateParts): string | null {
  const y = year.length === 2 ? fullYear(Number(year)) : Number(year);
  const m = DIGITS.test(month) ? Number(month) : monthNumber(month);
  const d = Number(LEADING_DIGITS.exec(day)![0]);
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * The days in month `m` (1-12) of year `y` as Date.UTC counts them, without making a Date: it reads
 * a year 0-99 as 1900-1999 (so the year "0000" has no February 29th).
 */
export function daysIn(y: number, m: number): number {
  if (m !== 2) return DAYS[m - 1]!;
  const year = y >= 0 && y <= 99 ? 1900 + y : y;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** Two-digit years are this century's, as spreadsheets show them; segregation filings began long after 1970. */
function fullYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

function monthNumber(name: string): number {
  return MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTH_NAMES)[number]) + 1;
}
