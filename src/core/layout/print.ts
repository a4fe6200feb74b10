import type { Filing } from "../model";
import type { CellStyle, PlanCell, PrintPlan, SheetPlan } from "../plan";

/**
 * How a sheet reaches paper, as an auditor files it in a working paper: one page wide, landscape
 * when its columns are wider than a portrait page, its heading rows on every page, whose filing it
 * is in the header and the sheet and page in the footer; rows of wrapped text tall enough to show it.
 */

/** Characters of the default font that fit across a portrait Letter or A4 page inside its margins. */
const PORTRAIT_CHARACTERS = 100;
/** Points per line of 11-point text, as Excel sizes a row. */
const LINE_POINTS = 15;
/** Column widths count the digit "0"; running text is narrower, about this many characters per unit. */
const TEXT_PER_WIDTH = 1.28;

/** A literal `&` in a header or footer is written `&&`: a single one starts one of Excel's codes. */
const literal = (text: string): string => text.replace(/&/g, "&&");

export function printPlan(sheet: Pick<SheetPlan, "columnWidths" | "frozenRows">, filing: Filing | null): PrintPlan {
  const width = sheet.columnWidths.reduce((a, b) => a + b, 0);
  const form = filing?.form ? `${filing.form}${filing.amendment ? " (amendment)" : ""}` : "";
  return {
    orientation: width > PORTRAIT_CHARACTERS ? "landscape" : "portrait",
    titleRows: sheet.frozenRows,
    header: filing
      ? { left: literal(filing.firm ?? ""), center: literal(form), right: literal(filing.endDate ?? "") }
      : { left: "Tieout", center: "", right: "" },
    footer: { left: "&A", center: "", right: "Page &P of &N" },
  };
}

/**
 * The height of each row whose wrapped text needs more than one line at its column's width,
 * estimated by wrapping words as Excel does (a word longer than the column breaks where it must).
 */
export function rowHeights(
  rows: readonly (readonly PlanCell[])[],
  widths: readonly number[],
  styles: Readonly<Partial<Record<string, CellStyle>>>,
): Readonly<Record<number, number>> {
  const heights: Record<number, number> = {};
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!;
    let lines = 1;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell?.kind !== "text" || !cell.style || !styles[cell.style]?.wrap) continue;
      lines = Math.max(lines, wrappedLines(cell.text, Math.max(1, Math.floor((widths[c] ?? 10) * TEXT_PER_WIDTH) - 2)));
    }
    if (lines > 1) heights[r + 1] = lines * LINE_POINTS;
  }
  return heights;
}

const SPACE = 0x20;
const NEWLINE = 0x0a;

/**
 * The lines `text` takes wrapped at `width` characters: each paragraph (split at "\n") starts a
 * line, words (split at single spaces) fill it, and a word wider than a line breaks where it must.
 * Words are found by index, not by splitting: this runs for every wrapped cell of every sheet, and
 * the arrays of a split were a fifth of a layout's time.
 */
export function wrappedLines(text: string, width: number): number {
  // Shorter than a line: no break can fall inside it.
  if (text.length <= width && !text.includes("\n")) return 1;
  let lines = 1;
  let line = 0;
  for (let start = 0; start <= text.length;) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== SPACE && text.charCodeAt(end) !== NEWLINE) end++;
    const word = end - start;
    const needed = line === 0 ? word : line + 1 + word;
    if (needed <= width) line = needed;
    else {
      lines += line === 0 ? 0 : 1;
      lines += Math.floor(Math.max(0, word - 1) / width);
      line = word % width || width;
    }
    if (text.charCodeAt(end) === NEWLINE) {
      lines++;
      line = 0;
    }
    start = end + 1;
  }
  return lines;
}
