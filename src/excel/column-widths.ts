import { columnLetters } from "./a1";

export interface ColumnWidthBlock {
  /** "A:A", "B:D". */
  readonly address: string;
  readonly points: number;
}

/**
 * A plan's width in characters (Excel's unit: widths of the default font's digit) as the points
 * Office.js's `columnWidth` takes: Calibri 11's digit is 7 px plus 5 px of padding, at 0.75 pt per px.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Neighbouring columns of one width as one block, so a sheet's widths cost a few operations. */
export function columnWidthBlocks(widths: readonly number[]): ColumnWidthBlock[] {
  const blocks: ColumnWidthBlock[] = [];
  let start = 0;
  for (let c = 1; c <= widths.length; c++) {
    if (c < widths.length && widths[c] === widths[start]) continue;
    const width = widths[start];
    if (width !== undefined && width > 0)
      blocks.push({ address: `${columnLetters(start)}:${columnLetters(c - 1)}`, points: columnWidthPoints(width) });
    start = c;
  }
  return blocks;
}
