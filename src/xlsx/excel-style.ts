import type { Style } from "exceljs";
import type { CellStyle, WorkbookPlan } from "../core";

/** `#RRGGBB` → ExcelJS's ARGB. */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

/**
 * A plan style as an ExcelJS cell style (the parts the plan sets). Its font always carries the plan's
 * face and size: a font entry with only `bold` has no name, and LibreOffice prints it in a serif fallback.
 */
export function cellStyle(style: CellStyle, font: WorkbookPlan["font"]): Partial<Style> {
  const out: { -readonly [K in keyof Style]?: Style[K] } = {};
  if (style.numberFormat) out.numFmt = style.numberFormat;
  out.font = {
    name: font.name,
    size: style.fontSize ?? font.size,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(style.underline ? { underline: true } : {}),
    ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
  };
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.wrap || style.horizontal)
    out.alignment = {
      // Wrapped text keeps Excel's bottom alignment: its last line sits level with the row's figure,
      // as a form prints a figure on the last line of a long label.
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
    };
  if (style.borderTop) out.border = { top: { style: "thin" } };
  return out;
}

/**
 * A flag style as a conditional format's differential style. In a dxf a solid fill's colour is
 * `bgColor` (not `fgColor` as in a cell style): with fgColor Excel shows no fill at all.
 */
export function differentialStyle(style: CellStyle): Partial<Style> {
  const out: { -readonly [K in keyof Style]?: Style[K] } = {};
  if (style.fontColor || style.bold)
    out.font = {
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
      ...(style.bold ? { bold: true } : {}),
    };
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(style.fill) } };
  return out;
}
