import { formatMoney } from "../core";

/**
 * The pane's own sentences and figures in its words: what a click does where the pane runs, what was
 * saved, how far an import has got, and money as an accountant writes it.
 */

/** Money as the workbook shows it: "1,234", a negative in parentheses "(100)". */
export function accountingMoney(dollars: number): string {
  const plain = formatMoney(Math.abs(dollars));
  return formatMoney(dollars).startsWith("-") ? `(${plain})` : plain;
}

/**
 * A finding's sentence with its own negative figures written "(100)" as in the workbook. Only the
 * figures the sentence was made from are rewritten, each where it stands as a whole number, so a
 * hyphen in a label or a line reference is never taken for a minus sign.
 */
export function accountingMessage(message: string, figures: readonly (number | null)[]): string {
  let text = message;
  for (const figure of figures) {
    if (figure === null || formatMoney(figure)[0] !== "-") continue;
    const printed = formatMoney(figure).replace(/[.]/g, "\\.");
    text = text.replace(new RegExp(`(?<![\\w.,])${printed}(?!\\d|[.,]\\d)`, "g"), accountingMoney(figure));
  }
  return text;
}

/** What a click on a finding does, said where it will happen. */
export function findingClickHelp(inExcel: boolean, name: string | null, line: number): string {
  if (inExcel && name) return `Select ${name}, this figure's cell, in the workbook (import the filing first)`;
  return `Show input line ${line} in the Filing text box`;
}

export const diagnosticClickHelp = (line: number): string =>
  line > 0 ? `Show input line ${line} in the Filing text box` : "Show the Filing text box";

/** The line under the check's headline once the workbook is saved. */
export const savedLine = (fileName: string): string => `Saved ${fileName}: open it in Excel.`;

export const checkingStep = (done: number, total: number, label: string): string =>
  `Checking filing ${done} of ${total}: ${label}…`;

export const READING_STEP = "Reading the workbook's sheets and names…";
export const RESTORING_STEP = "Excel refused part of the import; undoing it…";
export const writingStep = (filings: number): string =>
  filings === 1 ? "Writing the filing's sheets…" : `Writing the sheets of ${filings} filings…`;
export const DOWNLOAD_STEP = "Writing the workbook…";

export const OTHER_FILINGS_CLEAN = (n: number): string =>
  n === 1 ? "The other filing: no finding." : `The other ${n} filings: no finding.`;

export const readingFiles = (names: readonly string[]): string => `Reading ${names.join(", ")}…`;

export const sampleUnavailable = (reason: string): string => `The sample could not be loaded (${reason}).`;

export const changesHeading = (pairs: number): string =>
  pairs === 1 ? "What the amendment changed" : "What the amendments changed";

export const amendmentPairLine = (original: number, amended: number): string =>
  `Filing ${original} amended by filing ${amended}`;

export const NO_CHANGE = "The amendment changed no figure.";

export const figureNotPrinted = "not printed";

export const figureNotRead = (raw: string): string => `printed as ${raw}, not read`;
