import assert from "node:assert/strict";
import fc from "fast-check";
import {
  deriveRules,
  lineFigures,
  readInstruction,
  readInstructionText,
  resolveLine,
  statementRows,
  type Row,
} from "../../src/core/derive";
import { targetDifferences } from "../../src/core/derive/target-rules";
import { ruleTarget, type Rule } from "../../src/core/forms";
import type { ReportedLine, Statement } from "../../src/core/model";

/**
 * The derivation passes read each line once, so that a statement of many thousand lines derives in
 * time proportional to its size. Each is held here to the plain reading of what it means (each row
 * looking back over the statement, as a reader would), on random statements built from the labels
 * and line ids the passes look for.
 */
const LABELS = [
  "Cash",
  "Securities",
  "Total funds in separate accounts",
  "Total",
  "Excess (deficiency) funds in segregation",
  "Management target amount for excess funds",
  "Excess (deficiency) funds in segregation over (under) management target",
  "Net equity (add lines 1, 2 and 3)",
  "Amount required (add lines 4 and 5)",
  "Excess (subtract line 1 from line 2)",
  "add lines 1 & 2",
];
const LETTERS = ["", "", "", ".A", ".B", ".C"];

/** Lines numbered mostly upward (a part restarts now and then), with codes that may repeat. */
const statements = fc
  .record({
    lines: fc.array(
      fc.record({
        step: fc.constantFrom(0, 1, 1, 1, 1, 1, 1, 2, -9),
        letter: fc.constantFrom(...LETTERS),
        // Plain labels most often, so that lines 1, 2, … of a part are often all printed before a total.
        label: fc.oneof(
          { weight: 5, arbitrary: fc.constantFrom("Cash", "Securities") },
          { weight: 2, arbitrary: fc.constantFrom("Total funds in separate accounts", "Total") },
          { weight: 2, arbitrary: fc.constantFrom(...LABELS) },
        ),
        code: fc.option(fc.integer({ min: 1, max: 60 }), { freq: 20 }),
        nextInputLine: fc.boolean(),
        subtotal: fc.constantFrom(false, false, false, true),
      }),
      { minLength: 3, maxLength: 30 },
    ),
    marked: fc.boolean(),
  })
  .map(({ lines, marked }): Statement => {
    let number = 1;
    let sourceLine = 10;
    const built = lines.map((l): ReportedLine => {
      number = Math.max(1, number + l.step);
      if (l.nextInputLine) sourceLine++;
      return {
        line: `${number}${l.letter}`,
        section: null,
        label: l.label,
        code: l.code === null ? null : String(7000 + l.code),
        value: 0,
        sourceLine,
        raw: "0",
        ...(marked && l.subtotal ? { subtotal: true } : {}),
      };
    });
    return {
      kind: "unknown",
      title: "T",
      version: null,
      complete: true,
      missing: [],
      lines: built,
      notes: [],
      sourceLine: 1,
    };
  });

/** A figure with the bare line id, after another of its line on its input line, and the last of them there. */
function plainSubtotal(rows: readonly Row[], i: number): boolean {
  const row = rows[i]!;
  if (!/^\d+$/.test(row.line.line)) return false;
  const same = (r: Row): boolean =>
    r.group === row.group && r.number === row.number && r.line.sourceLine === row.line.sourceLine;
  return rows.slice(0, i).some(same) && !rows.slice(i + 1).some(same);
}

/** Each "Total …" label from line 3 on: lines 1 to N − 1 of its part, each printed and none a total already. */
function plainLabelTotals(rows: readonly Row[], before: ReadonlySet<string>): string[] {
  const targets = new Set(before);
  const said: string[] = [];
  for (const row of rows) {
    if (targets.has(row.code) || readInstructionText(row.line.label).kind !== "none") continue;
    if (row.subtotal || !/^\s*total\b/i.test(row.line.label) || !/^\d+$/.test(row.line.line) || row.number < 3)
      continue;
    const parts: string[] = [];
    let whole = true;
    for (let n = 1; n < row.number && whole; n++) {
      const figures = lineFigures(rows, n, row.group).filter((r) => r.group === row.group);
      whole = figures.length > 0 && !figures.some((f) => targets.has(f.code) && !f.subtotal);
      parts.push(...figures.map((f) => f.code));
    }
    if (!whole) continue;
    targets.add(row.code);
    said.push(`${row.code} = ${parts.join(" + ")}`);
  }
  return said;
}

/** The nearest target line above, then the nearest plain excess line above that target. */
function plainTargetDifferences(rows: readonly Row[], taken: ReadonlySet<string>): string[] {
  const excess = /^\s*excess\s*\(deficiency\)/i;
  const over = /\bover\s*\(under\)\s*(?:the\s+)?management\s+target\b/i;
  const target = /^\s*management\s+target\b/i;
  const lastBefore = (end: number, test: (r: Row) => boolean): number => {
    for (let i = end - 1; i >= 0; i--) if (test(rows[i]!)) return i;
    return -1;
  };
  return rows.flatMap((row, i) => {
    if (taken.has(row.code) || !excess.test(row.line.label) || !over.test(row.line.label)) return [];
    const t = lastBefore(i, (r) => target.test(r.line.label));
    const e = t < 0 ? -1 : lastBefore(t, (r) => excess.test(r.line.label) && !over.test(r.line.label));
    return e < 0 ? [] : [`${row.code} = ${rows[e]!.code} - ${rows[t]!.code}`];
  });
}

/** The figure, not the total itself nor a subtotal, whose label shares the most words (two at least) with `words`. */
function plainNamedLine(rows: readonly Row[], self: Row, words: string): string | null {
  const stop = new Set(["the", "of", "to", "a", "an", "or", "and", "in", "on", "for", "by", "be", "as", "above"]);
  const significant = (text: string): string[] =>
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 1 && !stop.has(w));
  const wanted = new Set(significant(words));
  let best: Row | null = null;
  let bestScore = 1;
  for (const row of rows) {
    if (row === self || row.subtotal) continue;
    const score = [...new Set(significant(row.line.label))].filter((w) => wanted.has(w)).length;
    if (score > bestScore) [best, bestScore] = [row, score];
  }
  return best?.code ?? null;
}

const said = (rules: readonly Rule[]): string[] =>
  rules.flatMap((r) =>
    r.kind === "sum"
      ? [`${r.total} = ${r.parts.join(" + ")}`]
      : r.kind === "difference"
        ? [`${r.total} = ${r.minuend} - ${r.subtrahend}`]
        : [],
  );

describe("derivation passes that read each line once", () => {
  it("a statement without subtotal marks: its subtotals are found as by looking along each input line", () => {
    fc.assert(
      fc.property(statements, (statement) => {
        const unmarked = { ...statement, lines: statement.lines.map(({ subtotal: _, ...line }) => line) };
        const rows = statementRows(unmarked);
        assert.deepEqual(
          rows.map((r) => r.subtotal),
          rows.map((_, i) => plainSubtotal(rows, i)),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('"Total …" labels: the sums of the lines before them, as reading each from line 1 finds them', () => {
    let found = 0;
    fc.assert(
      fc.property(statements, (statement) => {
        const rules = deriveRules(statement);
        const before = new Set(
          rules.filter((r) => r.origin?.kind === "printed" || r.origin?.kind === "structure").map(ruleTarget),
        );
        const labelled = said(rules.filter((r) => r.kind === "sum" && r.origin?.kind === "label"));
        found += labelled.length;
        assert.deepEqual(labelled, plainLabelTotals(statementRows(statement), before));
      }),
      { numRuns: 4000 },
    );
    // The labels above make such totals common enough for the comparison to mean something.
    assert.ok(found > 200, `${found} label totals`);
    console.log(found);
  });

  it("an excess over a management target: the excess and target lines nearest above it", () => {
    const EXCESS_LABELS = [LABELS[4]!, LABELS[5]!, LABELS[6]!, "Cash"];
    // The same statements, their labels mostly excess, target and over-target lines, in any order.
    const relabelled = fc
      .tuple(statements, fc.array(fc.constantFrom(...EXCESS_LABELS), { minLength: 30, maxLength: 30 }))
      .map(([statement, labels]) => ({
        ...statement,
        lines: statement.lines.map((line, i) => ({ ...line, label: labels[i]! })),
      }));
    let found = 0;
    fc.assert(
      fc.property(relabelled, fc.array(fc.integer({ min: 1, max: 60 })), (statement, codes) => {
        const rows = statementRows(statement);
        const taken = new Set(codes.map((c) => String(7000 + c)));
        const derived = said(targetDifferences(rows, taken));
        found += derived.length;
        assert.deepEqual(derived, plainTargetDifferences(rows, taken));
      }),
      { numRuns: 2000 },
    );
    assert.ok(found > 200, `${found} differences`);
  });

  it("a greater-of naming a line by its words: the line whose label shares the most of them", () => {
    const NAMING = [
      "Greater of amount required to be set aside pursuant to foreign jurisdiction (above) or line 2",
      "Greater of amount required to be set aside pursuant to foreign jurisdiction (above) or line 2",
      "Greater of amount set aside as the secured amount or line 1",
      "Amount required to be set aside pursuant to law, rule or regulation of a foreign government",
      "Amount required to be set aside as the secured amount",
      "Amount to be set aside in separate accounts",
      "Cash",
    ];
    const relabelled = fc
      .tuple(statements, fc.array(fc.constantFrom(...NAMING), { minLength: 30, maxLength: 30 }))
      .map(([statement, labels]) => ({
        ...statement,
        // Each code once, so that a rule is the one row's that prints its code.
        lines: statement.lines.map((line, i) => ({
          ...line,
          label: labels[i]!,
          code: line.code && String(8000 + i),
        })),
      }));
    let found = 0;
    fc.assert(
      fc.property(relabelled, (statement) => {
        const rows = statementRows(statement);
        const rules = deriveRules(statement);
        for (const row of rows) {
          const instruction = row.subtotal ? null : readInstruction(row.line.label);
          if (instruction?.kind !== "greater-of" || typeof instruction.other !== "string") continue;
          const named = plainNamedLine(rows, row, instruction.other);
          const rule = rules.find((r) => r.kind === "greater-of" && r.total === row.code);
          const line = resolveLine(rows, instruction.line.number, row, instruction.line.firstPage);
          const other = line.ok && line.rows.length === 1 ? line.rows[0]!.code : null;
          // Given a named line and another, each neither the total nor the other, the instruction is a rule.
          const expected = named && other && named !== other && ![named, other].includes(row.code);
          assert.equal(rule?.kind === "greater-of", Boolean(expected), row.code);
          if (rule?.kind !== "greater-of") continue;
          found++;
          assert.deepEqual(rule.parts, [named, other]);
        }
      }),
      { numRuns: 2000 },
    );
    assert.ok(found > 200, `${found} greater-of rules`);
  });
});
