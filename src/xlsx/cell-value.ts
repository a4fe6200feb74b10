import type { CellValue } from "exceljs";
import { quoteSheetName } from "../core";
import type { PlanCell } from "../core";

const literal = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * A plan cell as an ExcelJS value. Text becomes a string cell, which ExcelJS stores as a shared
 * string: Excel shows it as written, whatever its first character (`=`, `+`, `-`, `@`…), and never
 * evaluates it. Formulas lose their leading `=` (ExcelJS adds none) and keep the plan's result as
 * the cached value, for viewers that do not recalculate.
 *
 * Links to a cell are written as HYPERLINK formulas: ExcelJS 4.4 writes an internal hyperlink as an
 * external relationship *and* a location (exceljs#3027, #1893), which Excel and Google Sheets resolve
 * to a broken target; a HYPERLINK("#'Sheet'!D12", …) formula jumps correctly in Excel and LibreOffice.
 */
export function cellValue(cell: Exclude<PlanCell, null>): CellValue {
  switch (cell.kind) {
    case "text":
      return xlsxText(cell.text);
    case "number":
      return cell.value;
    case "formula":
      return cell.result === undefined
        ? { formula: cell.formula.replace(/^=/, "") }
        : { formula: cell.formula.replace(/^=/, ""), result: cell.result };
    case "link":
      return {
        formula: `HYPERLINK(${literal(`#${quoteSheetName(cell.sheet)}!${cell.address}`)},${literal(cell.text)})`,
        result: cell.text,
      };
  }
}

/**
 * Text as an .xlsx string must carry it. XML cannot hold most control characters, and ExcelJS drops
 * them silently; a carriage return it can hold, but every XML reader turns it into a line feed;
 * OOXML writes them as `_xHHHH_`, which Excel and ExcelJS decode. A literal `_xHHHH_` in the text
 * would be decoded too, so its underscore is escaped as `_x005F_`.
 */
export function xlsxText(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(
      /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
}
