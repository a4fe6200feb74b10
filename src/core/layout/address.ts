/**
 * A1-style addresses. Layout counts rows from 1 and columns from 0 (index into a plan row), the way
 * a plan's `rows` array is read.
 */

/** Column letters for a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "D12" for column 3, row 12. */
export function cellAddress(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}

/** "$D$12": the form defined names and cross-sheet counts use, so they survive copying. */
export function absoluteAddress(column: number, row: number): string {
  return `$${columnLetters(column)}$${row}`;
}

/** "D5:D40" (or "$D$5:$D$40" when absolute). */
export function rangeAddress(
  first: { column: number; row: number },
  last: { column: number; row: number },
  absolute = false,
): string {
  const at = absolute ? absoluteAddress : cellAddress;
  return `${at(first.column, first.row)}:${at(last.column, last.row)}`;
}
