import type { CellStyle } from "../core";
import type { Op } from "./ops";

/**
 * How big a request each operation makes, so an import can be cut into requests Excel accepts.
 * Excel on the web refuses a request over 5 MB (RequestPayloadSizeLimitExceeded); a batch is kept
 * under REQUEST_BUDGET, a margin below that. Office.js serializes every call as an action and every
 * object it reaches (a range, its format, its font) as an object path, each a JSON record of about a
 * hundred bytes once ids run into the tens of thousands, plus the call's arguments. The estimate counts
 * those records for each operation as `runOps` makes them and adds the arguments' UTF-8 bytes; the
 * tests hold it above what Office.js's own serializer produces for real plans, and not far above.
 */
export const REQUEST_BUDGET = 4_000_000;

/** Bytes of an object path (with the action that instantiates it) and of a call, with ids of up to six digits. */
const PATH = 150;
const CALL = 90;

/** UTF-8 bytes of a JSON value (strings escaped as JSON.stringify escapes them). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 UTF-16 units
      i++;
    } else if (c >= 0x800) bytes += 2;
    else if (c >= 0x80) bytes += 1;
  }
  return bytes;
}

const set = (style: CellStyle, key: keyof CellStyle): boolean => style[key] !== undefined && style[key] !== false;

/** Object paths and calls an operation adds to a request, as `runOps` and `applyCellStyle` make them. */
function records(op: Op): { paths: number; calls: number } {
  switch (op.op) {
    case "suspend-calculation":
    case "suspend-screen":
    case "freeze-rows":
    case "delete-name":
      return { paths: 1, calls: 1 };
    case "activate":
    case "rename-sheet":
    case "delete-sheet":
      return { paths: 0, calls: 1 };
    case "copy-sheet":
      return { paths: 1, calls: 1 };
    case "clear-sheet":
      return { paths: 3, calls: 3 };
    case "restore-sheet":
      return { paths: 5, calls: 3 };
    case "add-sheet":
    case "restore-name":
      return { paths: 1, calls: 0 };
    case "mark-sheet":
      return { paths: 2, calls: 0 };
    // The range, the name added, and its comment argument.
    case "add-name":
      return { paths: 2, calls: 1 };
    case "number-formats":
    case "formulas":
    case "hyperlink":
      return { paths: 1, calls: 1 };
    case "column-width":
    case "row-height":
      return { paths: 2, calls: 1 };
    // pageLayout, its headersFooters and defaultForAllPages; orientation, zoom, titles and six bands.
    case "page-layout":
      return { paths: 4, calls: 9 };
    // The chart, its title, each series and its ranges, and the calls that fill them.
    case "line-chart":
      return { paths: 3 + 3 * op.chart.series.length, calls: 3 + 3 * op.chart.series.length };
    case "note":
      return { paths: 3, calls: 0 };
    case "style": {
      const s = op.style;
      const font = ["bold", "italic", "underline", "fontSize", "fontColor"] as const;
      const fonts = font.filter((k) => set(s, k)).length;
      const borders = set(s, "borderTop") ? (op.rows > 1 ? 2 : 1) : 0;
      const other = (set(s, "fill") ? 1 : 0) + (set(s, "wrap") ? 1 : 0) + (set(s, "horizontal") ? 1 : 0);
      return {
        paths: 2 + (fonts ? 1 : 0) + (set(s, "fill") ? 1 : 0) + (borders ? 1 + borders : 0),
        calls: fonts + other + borders,
      };
    }
    case "conditional-format": {
      const s = op.style;
      const fonts = (set(s, "fontColor") ? 1 : 0) + (set(s, "bold") ? 1 : 0);
      return { paths: 6 + (fonts ? 1 : 0) + (set(s, "fill") ? 1 : 0), calls: 2 + fonts + (set(s, "fill") ? 1 : 0) };
    }
  }
}

/** The estimated request bytes of one operation: its records and its arguments. */
export function opBytes(op: Op): number {
  const { paths, calls } = records(op);
  return PATH * paths + CALL * calls + jsonBytes(op);
}

/** The request's own envelope, and the workbook, worksheets and names paths every batch reaches. */
const ENVELOPE = 4 * PATH;

const sheetOf = (op: Op): string | null => ("sheet" in op ? op.sheet.toLowerCase() : null);

/** The estimated bytes of one request carrying `ops`, as `packRequests` counts them. */
export function requestBytes(ops: readonly Op[]): number {
  const sheets = new Set(ops.map(sheetOf).filter((s) => s !== null));
  return ENVELOPE + ops.reduce((n, op) => n + opBytes(op), 0) + PATH * sheets.size;
}

/**
 * Cuts operations into requests of at most `budget` estimated bytes, in order, with as few requests
 * as that allows: each unit (a sheet's content) goes whole into the current request if it fits, else
 * starts the next one; a unit larger than a whole request is cut between its operations. Every request
 * begins with `head` (suspending calculation lasts only until the next sync). A single operation over
 * the budget still goes, alone: nothing smaller can carry it.
 */
export function packRequests(head: readonly Op[], units: readonly (readonly Op[])[], budget: number): Op[][] {
  const requests: Op[][] = [];
  let current: Op[] = [];
  let bytes = 0;
  let sheets = new Set<string>();
  const start = (): void => {
    current = [...head];
    sheets = new Set();
    bytes = headBytes;
    requests.push(current);
  };
  // A sheet named for the first time in a request is looked up by name there: one more path.
  const cost = (ops: readonly Op[], seen: Set<string>): number => {
    const fresh = new Set(ops.map(sheetOf).filter((s): s is string => s !== null && !seen.has(s)));
    return ops.reduce((n, op) => n + opBytes(op), 0) + PATH * fresh.size;
  };
  const add = (ops: readonly Op[], size: number): void => {
    current.push(...ops);
    for (const op of ops) if (sheetOf(op)) sheets.add(sheetOf(op)!);
    bytes += size;
  };
  const headBytes = ENVELOPE + head.reduce((n, op) => n + opBytes(op), 0);
  start();
  const headOnly = (): boolean => current.length === head.length;
  for (const unit of units) {
    if (unit.length === 0) continue;
    const size = cost(unit, sheets);
    if (bytes + size <= budget) add(unit, size);
    else if (headBytes + cost(unit, new Set()) <= budget) {
      start();
      add(unit, cost(unit, sheets));
    } else
      for (const op of unit) {
        if (bytes + cost([op], sheets) > budget && !headOnly()) start();
        add([op], cost([op], sheets));
      }
  }
  return requests;
}
