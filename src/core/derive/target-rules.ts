import type { Rule } from "../forms";
import type { Row } from "./rows";

/**
 * The excess over a management target prints no instruction ("Excess (deficiency) funds in
 * segregation over (under) management target amount excess"), but its label and the two lines
 * before it say the arithmetic: the statement's excess less the target. Read from the labels, so
 * that a later layout the catalog does not know still has its target line recomputed, not only
 * floored at zero.
 */
const OVER_TARGET = /\bover\s*\(under\)\s*(?:the\s+)?management\s+target\b/i;
const TARGET = /^\s*management\s+target\b/i;
const EXCESS = /^\s*excess\s*\(deficiency\)/i;

export function targetDifferences(rows: readonly Row[], taken: ReadonlySet<string>): readonly Rule[] {
  const rules: Rule[] = [];
  // One pass down the rows: the nearest plain excess line so far, and the nearest target line so far
  // with the plain excess line nearest above it, so no line looks back up the statement.
  let excess: Row | undefined;
  let target: { readonly row: Row; readonly excess: Row | undefined } | undefined;
  for (const row of rows) {
    const overTarget = EXCESS.test(row.line.label) && OVER_TARGET.test(row.line.label);
    if (overTarget && !taken.has(row.code) && target?.excess)
      rules.push({
        id: `DRV-${row.code}`,
        kind: "difference",
        total: row.code,
        minuend: target.excess.code,
        subtrahend: target.row.code,
        confirmed: false,
        origin: { kind: "label", line: row.line.line, text: row.line.label },
      });
    if (TARGET.test(row.line.label)) target = { row, excess };
    if (EXCESS.test(row.line.label) && !OVER_TARGET.test(row.line.label)) excess = row;
  }
  return rules;
}
