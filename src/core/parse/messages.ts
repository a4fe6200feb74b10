/**
 * What the parser says to a user: sentences about printed figures it cannot read or pair with their
 * code, and about lines of statements printed without codes that match no line of the form.
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
