import { Workbook, type Worksheet } from "exceljs";
import { sheetReference } from "../core";
import type { HeaderFooterPlan, PrintPlan, SheetPlan, WorkbookPlan } from "../core";
import { cellValue } from "./cell-value";
import { cellStyle, differentialStyle } from "./excel-style";

/**
 * Renders a workbook plan as an .xlsx file, in Node or in a browser: the plan's values, formulas,
 * styles, column widths, frozen rows, names, conditional formats, notes and links, and nothing it
 * does not say.
 *
 * @example
 * const bytes = await writeXlsx(layoutWorkbook({ filings, findings, sourceName, tolerance: 0 }));
 */
export async function writeXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = "Tieout";
  // Excel trusts cached results unless told otherwise; recalculating on load keeps every flag honest
  // even if a cached result were stale.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) writeSheet(workbook.addWorksheet(sheet.name), sheet, plan);
  for (const name of plan.names) workbook.definedNames.add(sheetReference(name.sheet, name.address), name.name);
  // Typed as ExcelJS's own Buffer; in Node it is a Node Buffer, in the browser build a polyfilled
  // one (both Uint8Arrays): hand back a plain Uint8Array view either way.
  const buffer: unknown = await workbook.xlsx.writeBuffer();
  if (buffer instanceof Uint8Array) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return new Uint8Array(buffer as ArrayBuffer);
}

/** One page wide and as many tall as needed (fitToPage is the flag that makes fitToWidth count). */
function printSetup(ws: Worksheet, print: PrintPlan): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(print.titleRows > 0 ? { printTitlesRow: `1:${print.titleRows}` } : {}),
  };
  const band = (b: HeaderFooterPlan): string =>
    `${b.left ? `&L${b.left}` : ""}${b.center ? `&C${b.center}` : ""}${b.right ? `&R${b.right}` : ""}`;
  ws.headerFooter = { oddHeader: band(print.header), oddFooter: band(print.footer) };
}

function writeSheet(ws: Worksheet, sheet: SheetPlan, plan: WorkbookPlan): void {
  ws.columns = sheet.columnWidths.map((width) => ({ width }));
  if (sheet.frozenRows > 0) ws.views = [{ state: "frozen", ySplit: sheet.frozenRows, xSplit: 0 }];
  sheet.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (cell === null) return;
      const target = row.getCell(c + 1);
      target.value = cellValue(cell);
      const style = cell.style && plan.styles[cell.style];
      if (style) target.style = cellStyle(style, plan.font);
    });
  });
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  if (sheet.print) printSetup(ws, sheet.print);
  sheet.conditionalFormats.forEach((cf, i) =>
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [cf.formula.replace(/^=/, "")],
          style: differentialStyle(plan.flagStyles[cf.style]),
        },
      ],
    }),
  );
  for (const note of sheet.notes) ws.getCell(note.address).note = note.text;
}
