/** The sentences the reader of statements printed without codes says about what it could not read. */

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
