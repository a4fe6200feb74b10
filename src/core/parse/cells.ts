import { splitCsv } from "./normalize";
import { tabCells } from "./scan";
import { looksLikeFigure, mayBeFigure } from "./numbers";
import { formsWithCode } from "./titles";

/**
 * A row of a spreadsheet's copy as its cells: tab-separated, or CSV as Excel and LibreOffice save it
 * (a cell quoted when it holds a comma or a quote, or every cell quoted). A filing's own lines and
 * PDF text are no such rows.
 */

export const CODE_CELL = /^\[(\d{4})\]$/;
export const MAYBE_CELL = /^\(?(\d{4})\)?$/;

/**
 * The cells of a tab-separated row, or of a CSV row: one with a quoted cell, a cell that is a code,
 * or a line marker or an empty cell first (`1.,Net ledger balance`, `,A. Cash,7580,0`). Null for
 * text that is no such row (a filing's own lines, PDF text). A CSV figure with thousands separators
 * is quoted, as spreadsheets write it; unquoted, its commas split it into cells and the row does not pair.
 */
export function splitCells(text: string): string[] | null {
  if (text.includes("\t")) return tabCells(text);
  if (!text.includes(",")) return null;
  const cells = splitCsv(text);
  if (cells === null || cells.length < 2) return null;
  const quoted = /(^|,)\s*"/.test(text);
  // Empty cells before the label (",A. Cash,7580,0"); a line starting ",742,387" is the end of a wrapped figure.
  const rowStart = /^[\s,]*,[\s,]*[^\d\s,]/.test(text) || /^(\d{1,2}|[A-Za-z])\.$/.test(cells[0]!);
  // A label, then codes and figures only ("A. Cash,7010,0"); a four-digit number after a comma in
  // prose ("October 4, 2010") does not make a row.
  const figures = cells.slice(1).every((c) => CODE_CELL.test(c) || isColumnCode(c) || looksLikeFigure(c));
  const coded = cells.some((c) => CODE_CELL.test(c)) || (figures && cells.slice(1).some(isColumnCode));
  return quoted || coded || rowStart ? cells.filter((c) => c !== "") : null;
}

export function isColumnCode(cell: string): boolean {
  const code = MAYBE_CELL.exec(cell);
  return code !== null && cell.includes("(") === cell.includes(")") && formsWithCode(code[1]!).length > 0;
}

/**
 * Whether the cell of `text` from `start` to `end` (trimmed) is a column code, as isColumnCode says
 * of it cut out: cut out only when it starts like a figure and is four to six characters long, as a
 * code alone or in parentheses is. Most cells are label text or longer figures.
 */
export function isColumnCodeAt(text: string, start: number, end: number): boolean {
  const length = end - start;
  return length >= 4 && length <= 6 && mayBeFigure(text, start) && isColumnCode(text.slice(start, end));
}
