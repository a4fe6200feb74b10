import { generateFilings } from "../../bench/generate";
import { sampleText } from "./sample-text";

/**
 * A month of daily filings as the bench generates them: 31 INITIAL filings with varied firms and
 * figures, two with a planted error in [7010], and an AMENDMENT of one day that moves three figures
 * by the same amount so that every total still ties.
 */
export const MONTH_DAYS = 31;
/** Days (0-based) whose [7010] is printed 250 too high: one total fails to tie on each. */
export const PLANTED_DAYS: readonly number[] = [4, 17];
/** The day (0-based) the amendment amends. */
export const AMENDED_DAY = 9;
/** What the amendment changes, each by AMENDMENT_DELTA: a cash line, the total it feeds and the excess. */
export const AMENDED_CODES: readonly string[] = ["7070", "7180", "7190"];
export const AMENDMENT_DELTA = 1000;

/** The figure printed before `[code]` plus `delta`. */
export function shift(text: string, code: string, delta: number): string {
  const pattern = new RegExp(`(<u>)([-\\d,]+)(</u>(?:</b>)? \\[${code}\\])`, "g");
  return text.replace(pattern, (_m, open: string, raw: string, close: string) => {
    const value = Number(raw.replace(/,/g, "")) + delta;
    return `${open}${value.toLocaleString("en-US")}${close}`;
  });
}

/** A filing's text with its status printed INITIAL (the sample is printed as an AMENDMENT). */
export const asInitial = (text: string): string => text.replace(/\*\*AMENDMENT\*\*/g, "**INITIAL**");

/**
 * The AMENDMENT of an INITIAL filing's text with each of `codes` moved by `delta`: moving a cash line,
 * the total it feeds and the excess by one amount keeps every total tying.
 */
export const amendmentOf = (initial: string, codes: readonly string[], delta: number): string =>
  codes.reduce((t, code) => shift(t, code, delta), initial).replace(/\*\*INITIAL\*\*/g, "**AMENDMENT**");

/** The month's 31 INITIAL texts and the amendment of AMENDED_DAY. */
export function generatedMonth(): { readonly texts: string[]; readonly amended: string } {
  const texts = generateFilings(asInitial(sampleText), MONTH_DAYS, {
    seed: 7,
    errorRate: 0,
    firstDay: "2024-03-01",
  }).map((g) => g.text);
  for (const day of PLANTED_DAYS) texts[day] = shift(texts[day]!, "7010", 250);
  return { texts, amended: amendmentOf(texts[AMENDED_DAY]!, AMENDED_CODES, AMENDMENT_DELTA) };
}
