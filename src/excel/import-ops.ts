import type { CellStyle, SheetPlan, WorkbookPlan } from "../core";
import { blockAddress, relativeAddress } from "./a1";
import type { Features } from "./import-types";
import { columnWidthBlocks } from "./column-widths";
import type { Op } from "./ops";
import type { ReplacedSheet, ReusedSheet } from "./replace-decision";
import { sheetGrid } from "./sheet-grid";
import { encodeMarker, MARKER_KEY, type SheetMarker } from "./sheet-marker";
import { jsonBytes, packRequests, REQUEST_BUDGET } from "./request-budget";
import { styleBlocks } from "./style-blocks";
import { nameSet, type ExistingName } from "./workbook-state";

export interface ImportOpsInput {
  readonly plan: WorkbookPlan;
  readonly features: Features;
  readonly marker: SheetMarker;
  readonly replaced: readonly ReplacedSheet[];
  readonly reused: readonly ReusedSheet[];
  readonly namesToDelete: readonly ExistingName[];
}

/**
 * Every change of one import, in the order that makes failure recoverable: an earlier import's sheets
 * that the plan writes again are copied aside and cleared (rewritten in place, so references into them
 * hold), the others are renamed aside (not deleted), the new sheets and names are added (names before
 * the formulas that use them; number formats before values, so Text cells stay text), and only at the
 * very end are the copies and the renamed sheets deleted. Until then, everything can be put back.
 * Cut into requests of at most `budget` bytes (see request-budget.ts), sheet by sheet: the seed
 * filing goes in one request; a month of filings in as few as stay under Excel on the web's limit.
 */
export function importRequests(input: ImportOpsInput, budget: number = REQUEST_BUDGET): Op[][] {
  const { plan, features, marker, replaced, reused, namesToDelete } = input;
  const head: Op[] = [{ op: "suspend-calculation" }];
  if (features.suspendScreen) head.push({ op: "suspend-screen" });
  const units: Op[][] = [];
  for (const r of replaced) units.push([{ op: "rename-sheet", sheet: r.name, to: r.backup }]);
  for (const r of reused)
    units.push([
      { op: "copy-sheet", sheet: r.name, to: r.copy },
      { op: "clear-sheet", sheet: r.name },
      // A sheet the user renamed takes its name from the import again: their references follow it.
      ...(r.name === r.as ? [] : [{ op: "rename-sheet", sheet: r.name, to: r.as } as const]),
    ]);
  const inPlace = nameSet(reused.map((r) => r.as));
  for (const n of namesToDelete) units.push([{ op: "delete-name", name: n.name }]);
  for (const sheet of plan.sheets)
    units.push([
      ...(inPlace.has(sheet.name.toLowerCase()) ? [] : [{ op: "add-sheet", sheet: sheet.name } as const]),
      ...(features.markers
        ? [
            {
              op: "mark-sheet",
              sheet: sheet.name,
              key: MARKER_KEY,
              value: encodeMarker({ ...marker, sheet: sheet.name }),
            } as const,
          ]
        : []),
    ]);
  for (const n of plan.names)
    units.push([
      { op: "add-name", name: n.name, sheet: n.sheet, address: relativeAddress(n.address), comment: n.comment ?? "" },
    ]);
  for (const sheet of plan.sheets) units.push(sheetOps(sheet, plan, features));
  for (const r of reused) units.push([{ op: "delete-sheet", sheet: r.copy }]);
  for (const r of replaced) units.push([{ op: "delete-sheet", sheet: r.backup }]);
  const first = plan.sheets[0];
  if (first) units.push([{ op: "activate", sheet: first.name }]);
  return packRequests(head, units, budget);
}

/** The same changes as one list, in order (one request, whatever its size). */
export const importOps = (input: ImportOpsInput): Op[] => importRequests(input, Infinity).flat();

/** One sheet's content: whole-grid writes, then formatting by blocks, then the few per-cell extras. */
export function sheetOps(sheet: SheetPlan, plan: WorkbookPlan, features: Features): Op[] {
  const ops: Op[] = [];
  const name = sheet.name;
  const grid = sheetGrid(sheet, plan.styles);
  if (grid.address)
    for (const [start, end] of rowSlices(grid.formulas, grid.numberFormats)) {
      const address = blockAddress(start, 0, end - start, grid.formulas[0]!.length);
      ops.push({ op: "number-formats", sheet: name, address, formats: grid.numberFormats.slice(start, end) });
      ops.push({ op: "formulas", sheet: name, address, formulas: grid.formulas.slice(start, end) });
    }
  for (const block of styleBlocks(sheet.rows)) {
    const style = plan.styles[block.style];
    if (style && hasFormatting(style))
      ops.push({ op: "style", sheet: name, address: block.address, style, rows: block.rows });
  }
  for (const block of columnWidthBlocks(sheet.columnWidths)) ops.push({ op: "column-width", sheet: name, ...block });
  if (sheet.frozenRows > 0) ops.push({ op: "freeze-rows", sheet: name, rows: sheet.frozenRows });
  for (const [row, points] of Object.entries(sheet.rowHeights ?? {}))
    ops.push({ op: "row-height", sheet: name, address: blockAddress(Number(row) - 1, 0, 1, 1), points });
  if (sheet.print && features.pageLayout) ops.push({ op: "page-layout", sheet: name, print: sheet.print });
  if (features.charts) for (const chart of sheet.charts ?? []) ops.push({ op: "line-chart", sheet: name, chart });
  sheet.conditionalFormats.forEach((cf, priority) =>
    ops.push({
      op: "conditional-format",
      sheet: name,
      address: cf.range,
      formula: cf.formula,
      style: plan.flagStyles[cf.style],
      priority,
    }),
  );
  if (features.notes !== "none")
    for (const note of sheet.notes)
      ops.push({
        op: "note",
        sheet: name,
        address: relativeAddress(note.address),
        text: note.text,
        kind: features.notes === "notes" ? "note" : "comment",
      });
  for (const link of grid.hyperlinks) ops.push({ op: "hyperlink", sheet: name, ...link });
  return ops;
}

/** A whole grid write above this many bytes is cut into blocks of rows, so that no request need exceed the budget. */
export const GRID_WRITE_MAX = REQUEST_BUDGET / 4;

/**
 * The grid as [start, end) row ranges whose formulas and formats each stay within GRID_WRITE_MAX:
 * one range, the whole grid, for any filing as printed; several only for a sheet of pasted pages.
 */
function rowSlices(
  formulas: readonly (readonly unknown[])[],
  formats: readonly (readonly unknown[])[],
): [number, number][] {
  const slices: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  formulas.forEach((row, r) => {
    const size = Math.max(jsonBytes(row), jsonBytes(formats[r])) + 1;
    if (r > start && bytes + size > GRID_WRITE_MAX) {
      slices.push([start, r]);
      start = r;
      bytes = 0;
    }
    bytes += size;
  });
  if (formulas.length > start) slices.push([start, formulas.length]);
  return slices;
}

/** Number formats travel in the grid; a style made only of one needs no format operation. */
function hasFormatting(style: CellStyle): boolean {
  return Object.entries(style).some(([k, v]) => k !== "numberFormat" && v !== undefined && v !== false);
}
