import type { CellStyle } from "../core";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;

/** A plan style on a block's format (number formats travel in the grid, not here). */
export function applyCellStyle(format: Excel.RangeFormat, style: CellStyle, rows: number): void {
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.underline) format.font.underline = "Single";
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  // Wrapped text keeps Excel's bottom alignment, level with the row's figure (see the xlsx writer).
  if (style.wrap) format.wrapText = true;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.borderTop) {
    format.borders.getItem("EdgeTop").style = "Continuous";
    // A block of several rows of one style: each of its rows has its own top border.
    if (rows > 1) format.borders.getItem("InsideHorizontal").style = "Continuous";
  }
}

/** A flag style on a conditional format (fill and font only: what a conditional format can carry). */
export function applyFlagStyle(format: Excel.ConditionalRangeFormat, style: CellStyle): void {
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.bold) format.font.bold = true;
  if (style.fill) format.fill.color = style.fill;
}
