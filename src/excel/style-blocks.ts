import type { CellStyleId, PlanCell } from "../core";
import { blockAddress } from "./a1";

export interface StyleBlock {
  readonly style: CellStyleId;
  readonly address: string;
  readonly rows: number;
}

interface Run {
  readonly style: CellStyleId;
  readonly row: number;
  readonly column: number;
  readonly columns: number;
  rows: number;
}

/**
 * The styled cells of a grid as few rectangles as a simple sweep finds: runs of one style along a
 * row, stacked when the next row has the same run. Formatting one rectangle is one operation, so the
 * number of format operations follows the shape of the sheet, not its number of cells (formatting
 * cell by cell is the known slow path of Office.js).
 */
export function styleBlocks(rows: readonly (readonly PlanCell[])[]): StyleBlock[] {
  const done: Run[] = [];
  let open = new Map<string, Run>();
  rows.forEach((cells, row) => {
    const next = new Map<string, Run>();
    let c = 0;
    while (c < cells.length) {
      const style = cells[c]?.style;
      if (!style) {
        c++;
        continue;
      }
      let end = c + 1;
      while (end < cells.length && cells[end]?.style === style) end++;
      const key = `${style}@${c}:${end - c}`;
      const above = open.get(key);
      if (above) {
        above.rows++;
        open.delete(key);
        next.set(key, above);
      } else next.set(key, { style, row, column: c, columns: end - c, rows: 1 });
      c = end;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map((r) => ({ style: r.style, address: blockAddress(r.row, r.column, r.rows, r.columns), rows: r.rows }));
}
