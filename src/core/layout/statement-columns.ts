/**
 * The columns of a statement sheet. "Text line" is the 1-based line of the input the figure was read
 * from, so every figure can be traced back to the text.
 */
export const COL = {
  line: 0,
  description: 1,
  code: 2,
  reported: 3,
  calculated: 4,
  difference: 5,
  check: 6,
  source: 7,
} as const;

export const STATEMENT_HEADERS: readonly string[] = [
  "Line",
  "Description",
  "Code",
  "Reported",
  "Calculated",
  "Difference",
  "Check",
  "Text line",
];

export const STATEMENT_WIDTHS: readonly number[] = [7, 64, 8, 18, 18, 14, 14, 9];

/** Title, filing line, column headings: kept in view when scrolling. */
export const STATEMENT_HEADER_ROWS = 3;
