import type { LineProblem } from "./figures";

/**
 * What the parser says to a user, in one place: sentences about the input as a whole, the header,
 * statements and their lines, printed figures it cannot read or place, and lines of statements
 * printed without codes that match no line of the form. Tests match many of them word for word.
 */

const quoted = (items: readonly string[]): string => items.map((i) => `"${i}"`).join(", ");

/** "37.229": one period before exactly three digits. */
export function periodOrDecimalReason(shown: string, digits: string): string {
  return (
    `"${shown}" could be ${digits.replace(".", ",")} (a period between ` +
    `thousands) or ${digits} (a decimal point); print it with commas`
  );
}

/** A row whose figures stand both before and after its codes, so that each pairing is a guess. */
export function unpairedReason(figures: readonly string[], codes: readonly string[]): string {
  const list = codes.map((c) => `[${c}]`).join(", ");
  const what = figures.length > 0 ? `the figures ${quoted(figures)}` : "no figure";
  return (
    `${what} and the codes ${list} on this row pair more than one ` +
    `way (figure before code, or code before figure); none is read`
  );
}

export function unmatchedLine(label: string, raw: string): string {
  return label === ""
    ? `The figure ${raw} is printed without a label; it is kept as ` +
        `an uncoded line and not matched to any line of the form.`
    : `"${label}" ${raw} matches no line of the form by its words; ` +
        `it is kept as an uncoded line and no code is guessed for it.`;
}

/** A figure under a title none of whose lines matched the form: nothing is read, so nothing is kept. */
export function unreadLine(label: string, raw: string): string {
  return `"${label}" ${raw} matches no line of the form by its words; it is not read as a figure of the statement.`;
}

export function extraFigure(label: string, raw: string): string {
  return `"${label}" prints a further figure ${raw} that belongs to no line of the form; it is not read.`;
}

export function emptySchedule(title: string): string {
  return `"${title}" is followed by no line Tieout can match to the form; no figures are read from it.`;
}

// The input as a whole.

export const EMPTY_INPUT = "The input is empty: paste the filing text or choose a file.";

export const NO_FILING =
  'No segregation statement was found. Tieout looks for statement titles such as "Daily Segregation ' +
  '- Segregation Statement" and figures followed by bracketed codes such as 5,598,505,864 [7010].';

// The header and the filing it opens.

export function unreadableDate(raw: string): string {
  return `"${raw}" is not a date Tieout can read (expected a date such as 6/18/2013 or June 18, 2013).`;
}

/** `field`: the field's name as printed ("Firm Name"); `text`: what stands beside the codes. */
export function codeInHeader(code: string, field: string, text: string | undefined): string {
  return (
    `[${code}] is printed inside the ${field} header field ` +
    `("${text}"); a header carries no figures, so it is not read as one.`
  );
}

export function missingHeaderField(startLine: number, field: string): string {
  return `The filing that starts at input line ${startLine} has no ${field}.`;
}

export function headerWithoutStatement(line: number): string {
  return `The header at input line ${line} is followed by no statement.`;
}

/** A code printed twice in one filing with the same figure: counted once. */
export function repeatedSameFigure(code: string, earlierLine: number): string {
  return (
    `[${code}] is printed again with the same figure (first on ` +
    `input line ${earlierLine}); the repeat is not counted twice.`
  );
}

/** A code printed twice in one filing with different figures: the first is kept. */
export function repeatedDifferentFigure(code: string, earlierLine: number, value: number, earlier: number): string {
  return (
    `[${code}] is printed again with a different figure, ${value.toLocaleString("en-US")}, than ` +
    `on input line ${earlierLine} (${earlier.toLocaleString("en-US")}); the first is kept.`
  );
}

// Statements and their lines.

export function unknownStatement(title: string): string {
  return (
    `"${title}" is not a statement Tieout knows; its figures ` +
    `are read and checked only by the arithmetic its own text prints.`
  );
}

export function titleNotPrinted(code: string, formTitle: string | undefined): string {
  return `[${code}] belongs to the ${formTitle}, whose title is not printed above it; the statement is read from here.`;
}

export function unknownCode(code: string, formTitle: string | undefined, printedId: string): string {
  return (
    `[${code}] is not a code of the ${formTitle} as catalogued; ` +
    `the figure is kept as printed line ${printedId || "(none)"}.`
  );
}

export function missingLine(line: string, code: string, label: string, title: string, lastLine: number): string {
  return `Line ${line} [${code}] ${label} is missing from the ${title} (it ends at input line ${lastLine}).`;
}

// Printed figures that cannot be read or placed.

/** `quoted`: what stands there, already quoted (see quoteList). */
export function orphanFigure(quoted: string, code: string | null): string {
  return (
    `${quoted}${code ? ` [${code}]` : ""} stands outside any statement Tieout recognises; ` +
    "it is not read as a figure."
  );
}

const codeOrFigure = (code: string | null): string => (code ? `[${code}]` : "the figure");

/** A word right before a figure that could be part of it; `lastWords`: the label as it is read. */
export function wordBeforeFigure(word: string, raw: string, code: string | null, lastWords: string): string {
  return (
    `"${word}" stands right before ${raw} ${codeOrFigure(code)} and is read as label text ` +
    `("${lastWords}"); if it is part of the figure, the figure is wrong.`
  );
}

export function figureSplitBySpace(word: string, raw: string, code: string | null): string {
  return (
    `"${word} ${raw}" stands before ${codeOrFigure(code)}: one figure split by a space, or a number ` +
    `ending the label and then the figure? It is not read; print the figure without spaces.`
  );
}

export function strayFields(tokens: readonly string[], title: string): string {
  return (
    `${quoteList(tokens)} ${tokens.length > 1 ? "stand" : "stands"} where a figure would, but no ` +
    `code follows and no label goes with it; not read as a figure of the ${title}.`
  );
}

export function trailingFigureInLabel(word: string, id: string, title: string): string {
  return (
    `"${word}" ends the label of line ${id || "(none)"} like a figure, but no code follows ` +
    `it and the ${title} prints no uncoded figure there; it is read as label text.`
  );
}

export function unreadableMessage(problem: LineProblem): string {
  const where = problem.code ? ` for [${problem.code}]` : "";
  return `The figure${where} could not be read: ${problem.reason}.`;
}

/** "1", "2" and 3 more: a row of a thousand stray fields is one readable diagnostic, not a thousand. */
export function quoteList(tokens: readonly string[]): string {
  const shown = tokens
    .slice(0, 5)
    .map((t) => `"${t}"`)
    .join(", ");
  return tokens.length > 5 ? `${shown} and ${tokens.length - 5} more` : shown;
}

// Why a figure could not be read: the end of "The figure … could not be read: …".

export function noFigureBefore(code: string): string {
  return `no figure before [${code}]`;
}

export function notANumber(shown: string): string {
  return `"${shown}" is not a number`;
}

export function tooLargeToBeExact(shown: string): string {
  return `"${shown}" is too large to be exact`;
}
