/** A1 addresses from 0-based grid positions: the one place the writer turns rows and columns into text. */
import { columnLetters } from "../core";

export { columnLetters };

/** (0, 0) → "A1". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** The block of `rows` × `columns` cells whose top-left is (row, column): "B3:D7", or "B3" for one cell. */
export function blockAddress(row: number, column: number, rows: number, columns: number): string {
  const first = cellAddress(row, column);
  return rows === 1 && columns === 1 ? first : `${first}:${cellAddress(row + rows - 1, column + columns - 1)}`;
}

/** "$D$5" → "D5": Office.js takes either, but one spelling keeps the recorded operations comparable. */
export function relativeAddress(address: string): string {
  return address.replace(/\$/g, "");
}
