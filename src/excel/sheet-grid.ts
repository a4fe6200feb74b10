import { quoteSheetName } from "../core";
import type { PlanCell, PlanStyles, SheetPlan } from "../core";
import { blockAddress, cellAddress } from "./a1";
import { GENERAL_FORMAT, TEXT_FORMAT, textInput } from "./cell-input";

/** A cell value as Office.js `formulas` takes it. */
export type FormulaInput = string | number | boolean;

export interface HyperlinkCell {
  readonly address: string;
  /** `'Sheet'!A1`, the form Office.js's `documentReference` expects. */
  readonly reference: string;
  readonly text: string;
}

/** One sheet as whole 2-D blocks: what a single `formulas` write and a single `numberFormat` write carry. */
export interface SheetGrid {
  /** "A1:H35"; null for a sheet with no cells. */
  readonly address: string | null;
  readonly formulas: FormulaInput[][];
  readonly numberFormats: string[][];
  readonly hyperlinks: readonly HyperlinkCell[];
}

function formulaInput(cell: PlanCell): FormulaInput {
  if (cell === null) return "";
  switch (cell.kind) {
    case "text":
    case "link":
      return textInput(cell.text);
    case "number":
      // A plan never holds NaN or Infinity; were one to slip through, it lands visibly as text.
      return Number.isFinite(cell.value) ? cell.value : textInput(String(cell.value));
    case "formula":
      return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  }
}

/** Text cells take the Text format so Excel keeps them as written; others take their style's format. */
function numberFormat(cell: PlanCell, styles: PlanStyles): string {
  if (cell === null) return GENERAL_FORMAT;
  if (cell.kind === "text" || cell.kind === "link") return TEXT_FORMAT;
  return (cell.style && styles[cell.style]?.numberFormat) || GENERAL_FORMAT;
}

/**
 * A sheet plan as the blocks the Office.js writer sends: every cell of the sheet in one formulas
 * array and one number-format array (padded to a rectangle), and the link cells to hyperlink.
 */
export function sheetGrid(sheet: SheetPlan, styles: PlanStyles): SheetGrid {
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const rows = sheet.rows.map((r) => [...r, ...new Array<PlanCell>(width - r.length).fill(null)]);
  const hyperlinks: HyperlinkCell[] = [];
  rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell?.kind === "link")
        hyperlinks.push({
          address: cellAddress(r, c),
          reference: `${quoteSheetName(cell.sheet)}!${cell.address}`,
          text: cell.text,
        });
    }),
  );
  return {
    address: rows.length && width ? blockAddress(0, 0, rows.length, width) : null,
    formulas: rows.map((cells) => cells.map(formulaInput)),
    numberFormats: rows.map((cells) => cells.map((cell) => numberFormat(cell, styles))),
    hyperlinks,
  };
}
