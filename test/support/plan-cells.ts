import type { PlanCell } from "../../src/core";

/** What a cell shows, as text: a code or line id may be a number cell ("7010") or a text cell ("5.A"). */
export function shown(cell: PlanCell | undefined): string | null {
  if (cell?.kind === "text") return cell.text;
  if (cell?.kind === "number") return String(cell.value);
  return null;
}
