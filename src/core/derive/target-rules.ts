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
  rows.forEach((row, i) => {
    if (taken.has(row.code) || !EXCESS.test(row.line.label) || !OVER_TARGET.test(row.line.label)) return;
    // The nearest target line above, then the nearest plain excess line above that target.
    const t = lastIndexBefore(rows, i, (r) => TARGET.test(r.line.label));
    if (t < 0) return;
    const e = lastIndexBefore(rows, t, (r) => EXCESS.test(r.line.label) && !OVER_TARGET.test(r.line.label));
    if (e < 0) return;
    rules.push({
      id: `DRV-${row.code}`,
      kind: "difference",
      total: row.code,
      minuend: rows[e]!.code,
      subtrahend: rows[t]!.code,
      confirmed: false,
      origin: { kind: "label", line: row.line.line, text: row.line.label },
    });
  });
  return rules;
}

function lastIndexBefore(rows: readonly Row[], end: number, test: (row: Row) => boolean): number {
  for (let i = end - 1; i >= 0; i--) if (test(rows[i]!)) return i;
  return -1;
}
