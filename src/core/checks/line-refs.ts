import { catalog, type CatalogLine, type StatementForm } from "../forms";
import type { Statement } from "../model";
import type { Figure } from "./figures";

/** How a message names a figure: "line 5.E [7735]", its label, and its statement when not the rule's own. */
export interface LineRef {
  readonly code: string;
  /** Printed line id ("5.E"); "" when neither the text nor the catalog gives one. */
  readonly line: string;
  /** The label without its printed instruction ("Excess (deficiency) funds in segregation"). */
  readonly label: string;
  /** Title of the statement the figure belongs to when that is not the rule's own statement; else null. */
  readonly elsewhere: string | null;
}

function catalogLine(form: StatementForm, code: string): CatalogLine | undefined {
  return catalogLines(form).get(code);
}

// A message names every figure a rule reads: the form's lines are indexed by code once, not searched
// for each (a statement the catalog does not know is its own form, with as many lines as it prints).
const lineIndexes = new WeakMap<StatementForm, ReadonlyMap<string, CatalogLine>>();

function catalogLines(form: StatementForm): ReadonlyMap<string, CatalogLine> {
  let index = lineIndexes.get(form);
  if (!index) {
    const built = new Map<string, CatalogLine>();
    // A code printed twice is found where a search from the top would find it: its first line.
    for (const section of form.sections)
      for (const line of section.lines) if (line.code !== null && !built.has(line.code)) built.set(line.code, line);
    index = built;
    lineIndexes.set(form, index);
  }
  return index;
}

/** The catalog line of `code`, in `form` first, then in any form (a tie may name another statement's code). */
function findCatalogLine(form: StatementForm, code: string): { form: StatementForm; line: CatalogLine } | undefined {
  const own = catalogLine(form, code);
  if (own) return { form, line: own };
  for (let i = 0; i < catalog.length; i++) {
    const line = catalogLine(catalog[i]!, code);
    if (line) return { form: catalog[i]!, line };
  }
  return undefined;
}

/** The instruction is said by the message itself, so the label drops it: "Excess (deficiency) - (subtract …)". */
export function bareLabel(label: string): string {
  return label.replace(/\s*-?\s*\((?:add|subtract)\b[^)]*\)\s*$/i, "").trim();
}

export function lineRef(code: string, figure: Figure | undefined, form: StatementForm, own: Statement): LineRef {
  const known = findCatalogLine(form, code);
  const line = figure?.line.line || known?.line.line || "";
  const label = bareLabel(known?.line.label ?? figure?.line.label ?? "");
  const elsewhere = figure
    ? figure.statement === own
      ? null
      : figure.statement.title
    : known && known.form.kind !== form.kind
      ? (known.form.titles[0] ?? null)
      : null;
  return { code, line, label, elsewhere };
}

/** Position of `code` in the form's line order; codes the form does not print come last. */
export function lineOrder(form: StatementForm, code: string): number {
  return lineOrders(form).get(code) ?? Number.MAX_SAFE_INTEGER;
}

// Every rule of a statement asks for its target's position: the form's codes are numbered once.
const orders = new WeakMap<StatementForm, ReadonlyMap<string, number>>();

function lineOrders(form: StatementForm): ReadonlyMap<string, number> {
  let order = orders.get(form);
  if (!order) {
    const built = new Map<string, number>();
    // A code printed twice keeps its first position, as a search from the top would find it.
    form.sections
      .flatMap((s) => s.lines)
      .forEach((line, index) => {
        if (line.code && !built.has(line.code)) built.set(line.code, index);
      });
    order = built;
    orders.set(form, order);
  }
  return order;
}
