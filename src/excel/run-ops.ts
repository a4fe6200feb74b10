import type { ChartPlan, PrintPlan } from "../core";
import { applyCellStyle, applyFlagStyle } from "./apply-style";
import type { Op } from "./ops";

/** The whole grid cleared; conditional formats explicitly, as `clear` is not documented to take them. */
function clearSheet(ws: Excel.Worksheet): void {
  const all = ws.getRange();
  all.clear("All");
  all.conditionalFormats.clearAll();
}

/**
 * Queues operations on a request context: the only place the import touches the Office.js object
 * model. Nothing here waits for Excel; the caller's next `context.sync()` sends the batch as one request.
 * Sheets are looked up once and then followed through renames, so a proxy always means the sheet the
 * operation was built for.
 */
export function runOps(context: Excel.RequestContext, ops: readonly Op[]): void {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string): Excel.Worksheet => {
    const key = name.toLowerCase();
    let found = sheets.get(key);
    if (!found) {
      found = context.workbook.worksheets.getItem(name);
      sheets.set(key, found);
    }
    return found;
  };
  const range = (name: string, address: string): Excel.Range => sheet(name).getRange(address);

  for (const op of ops) {
    switch (op.op) {
      case "suspend-calculation":
        context.application.suspendApiCalculationUntilNextSync();
        break;
      case "suspend-screen":
        context.application.suspendScreenUpdatingUntilNextSync();
        break;
      case "rename-sheet": {
        const ws = sheet(op.sheet);
        ws.name = op.to;
        sheets.delete(op.sheet.toLowerCase());
        sheets.set(op.to.toLowerCase(), ws);
        break;
      }
      case "delete-sheet":
        sheet(op.sheet).delete();
        sheets.delete(op.sheet.toLowerCase());
        break;
      case "add-sheet":
        sheets.set(op.sheet.toLowerCase(), context.workbook.worksheets.add(op.sheet));
        break;
      case "copy-sheet": {
        const copy = sheet(op.sheet).copy("End");
        copy.name = op.to;
        sheets.set(op.to.toLowerCase(), copy);
        break;
      }
      case "clear-sheet": {
        const ws = sheet(op.sheet);
        clearSheet(ws);
        ws.freezePanes.unfreeze();
        break;
      }
      case "restore-sheet": {
        const ws = sheet(op.sheet);
        clearSheet(ws);
        ws.getRange().copyFrom(sheet(op.from).getRange(), "All");
        break;
      }
      case "mark-sheet":
        sheet(op.sheet).customProperties.add(op.key, op.value);
        break;
      case "delete-name":
        context.workbook.names.getItem(op.name).delete();
        break;
      case "add-name":
        context.workbook.names.add(op.name, range(op.sheet, op.address), op.comment || undefined);
        break;
      case "restore-name":
        context.workbook.names.add(op.name, op.formula, op.comment || undefined);
        break;
      case "number-formats":
        range(op.sheet, op.address).numberFormat = op.formats;
        break;
      case "formulas":
        range(op.sheet, op.address).formulas = op.formulas;
        break;
      case "style":
        applyCellStyle(range(op.sheet, op.address).format, op.style, op.rows);
        break;
      case "column-width":
        range(op.sheet, op.address).format.columnWidth = op.points;
        break;
      case "freeze-rows":
        sheet(op.sheet).freezePanes.freezeRows(op.rows);
        break;
      case "row-height":
        range(op.sheet, op.address).format.rowHeight = op.points;
        break;
      case "line-chart":
        addLineChart(sheet(op.sheet), op.chart);
        break;
      case "page-layout":
        applyPrint(sheet(op.sheet).pageLayout, op.print);
        break;
      case "conditional-format": {
        const cf = range(op.sheet, op.address).conditionalFormats.add("Custom");
        cf.custom.rule.formula = op.formula;
        applyFlagStyle(cf.custom.format, op.style);
        // Setting each rule's priority as it is added gives the plan's order whichever end Excel adds at.
        cf.priority = op.priority;
        break;
      }
      case "note": {
        const ws = sheet(op.sheet);
        if (op.kind === "note") ws.notes.add(ws.getRange(op.address), op.text);
        else ws.comments.add(ws.getRange(op.address), op.text);
        break;
      }
      case "hyperlink":
        range(op.sheet, op.address).hyperlink = { documentReference: op.reference, textToDisplay: op.text };
        break;
      case "activate":
        sheet(op.sheet).activate();
        break;
    }
  }
}

/** One page wide and as many tall as it needs (0: no limit), the heading rows on every page, header and footer. */
function applyPrint(layout: Excel.PageLayout, print: PrintPlan): void {
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.titleRows > 0) layout.setPrintTitleRows(`$1:$${print.titleRows}`);
  const page = layout.headersFooters.defaultForAllPages;
  page.leftHeader = print.header.left;
  page.centerHeader = print.header.center;
  page.rightHeader = print.header.right;
  page.leftFooter = print.footer.left;
  page.centerFooter = print.footer.center;
  page.rightFooter = print.footer.right;
}

/** A line chart, its series added one by one so that they need not stand side by side. */
function addLineChart(ws: Excel.Worksheet, plan: ChartPlan): void {
  const [first, ...rest] = plan.series;
  if (!first) return;
  const chart = ws.charts.add("Line", ws.getRange(first.values), "Columns");
  chart.title.text = plan.title;
  const categories = ws.getRange(plan.categories);
  const head = chart.series.getItemAt(0);
  head.name = first.name;
  head.setXAxisValues(categories);
  for (const more of rest) {
    const series = chart.series.add(more.name);
    series.setValues(ws.getRange(more.values));
    series.setXAxisValues(categories);
  }
  chart.setPosition(plan.anchor);
}
