import { Workbook, type CellValue, type Worksheet } from "exceljs";
import { HyperFormula, type RawCellContent } from "hyperformula";

/**
 * Reads .xlsx bytes back with ExcelJS and loads what the file says (values, formulas, defined
 * names) into HyperFormula, an engine independent of the code that wrote the formulas. GPL:
 * test-only, never imported from src/.
 */

export async function readXlsx(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  return workbook;
}

/** A cell's content as HyperFormula reads it: formulas with `=`, text forced to text with `'`. */
function content(value: CellValue): RawCellContent {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  // A leading apostrophe makes HyperFormula keep any text as text (never a formula, number or date).
  if (typeof value === "string") return `'${value}`;
  if (typeof value === "object" && "formula" in value && value.formula) return `=${value.formula}`;
  if (typeof value === "object" && "richText" in value) return `'${value.richText.map((r) => r.text).join("")}`;
  throw new Error(`unexpected cell value ${JSON.stringify(value)}`);
}

function grid(ws: Worksheet): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: RawCellContent[] = [];
    for (let c = 1; c <= ws.columnCount; c++) row.push(content(ws.getRow(r).getCell(c).value));
    rows.push(row);
  }
  return rows;
}

export interface Engine {
  readonly hf: HyperFormula;
  /** The evaluated value of `address` ("D12") on `sheet`. */
  value(sheet: string, address: string): unknown;
  /** Puts `content` into `address` and lets every dependent formula recalculate. */
  set(sheet: string, address: string, content: RawCellContent): void;
  /** The sheet and address a defined name points at. */
  nameTarget(name: string): { sheet: string; address: string };
}

export function loadIntoHyperFormula(workbook: Workbook): Engine {
  const sheets: Record<string, RawCellContent[][]> = {};
  workbook.eachSheet((ws) => {
    sheets[ws.name] = grid(ws);
  });
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
  const names = model.map((n) => ({ name: n.name, expression: `=${n.ranges[0]}` }));
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" }, names);
  const at = (sheet: string, address: string) => {
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet ${sheet}`);
    const cell = hf.simpleCellAddressFromString(address, id);
    if (!cell) throw new Error(`bad address ${address}`);
    return cell;
  };
  return {
    hf,
    value: (sheet, address) => hf.getCellValue(at(sheet, address)),
    set: (sheet, address, value) => void hf.setCellContents(at(sheet, address), [[value]]),
    nameTarget: (name) => {
      const range = model.find((n) => n.name === name)?.ranges[0];
      const match = range?.match(/^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/);
      if (!match) throw new Error(`no name ${name}`);
      return { sheet: (match[1] ?? match[2]!).replace(/''/g, "'"), address: `${match[3]}${match[4]}` };
    },
  };
}
