import assert from "node:assert/strict";
import { evaluators, formatMoney, type Evaluator } from "../../src/core/checks";
import type { Figure, StatementFigures } from "../../src/core/checks/figures";
import { lineRef, type LineRef } from "../../src/core/checks/line-refs";
import { tieMismatch } from "../../src/core/checks/messages";
import { toCents } from "../../src/core/checks/money";
import { catalog, type Rule } from "../../src/core/forms";
import { ruleSchema } from "../../src/core/forms/schema";
import type { Statement } from "../../src/core/model";

const statement: Statement = {
  kind: "secured-amounts",
  title: "Secured",
  version: null,
  complete: true,
  missing: [],
  lines: [],
  notes: [],
  sourceLine: 1,
};

/** Line ids and labels of a later Secured Amounts computation (FORMS.md), for messages. */
const refs: Record<string, [string, string]> = {
  "7305": ["", "Amount required to be set aside pursuant to law, rule or regulation of a foreign government"],
  "7355": [
    "6",
    "Amount required to be set aside as the secured amount - Net Liquidating Equity Method (add lines 4 and 5)",
  ],
  "7360": ["7", "Greater of amount required to be set aside pursuant to foreign jurisdiction (above) or line 6"],
  "7380": ["9", "Excess (deficiency) set aside for secured amount (subtract line 7 from line 8)"],
  "7780": ["10", "Management target amount for excess funds in separate 30.7 accounts"],
  "7785": ["11", "Excess (deficiency) over (under) management target"],
  "7010": ["1.A", "Cash"],
  "7020": ["1.B", "Securities"],
  "7030": ["2", "Net unrealized profit (loss)"],
};
const ref = (code: string): LineRef => ({
  code,
  line: refs[code]?.[0] ?? "",
  label: (refs[code]?.[1] ?? "").replace(/\s*\((add|subtract)[^)]*\)$/, ""),
  elsewhere: null,
});
const fig = (code: string, value: number): Figure => ({
  code,
  value,
  cents: toCents(value),
  statement,
  line: { line: ref(code).line, section: null, label: "", code, value, sourceLine: 1, raw: String(value) },
});

/** The figures of one statement that prints exactly `values`. */
function figuresOf(values: Record<string, number>): StatementFigures {
  const has = (code: string): boolean => values[code] !== undefined;
  return {
    has,
    cents: (code) => toCents(values[code]!),
    find: (code) => (has(code) ? fig(code, values[code]!) : undefined),
    matched: false,
  };
}

/** Runs one rule through the registry with the given figures. */
function run(input: unknown, values: Record<string, number>, tolerance = 0) {
  const rule = ruleSchema.parse(input);
  const evaluator = evaluators[rule.kind] as Evaluator<Rule>;
  return evaluator(rule, { figures: figuresOf(values), toleranceCents: toCents(tolerance), ref });
}

describe("rule evaluators", () => {
  it("the registry has one evaluator per rule kind", () => {
    assert.deepEqual(Object.keys(evaluators).sort(), ["difference", "greater-of", "non-negative", "sum", "tie"]);
  });

  describe("sum", () => {
    const rule = { id: "SEG-T", kind: "sum", total: "7030", parts: ["7010", "7020"] };
    it("holds when the parts add to the total (signs as printed)", () => {
      assert.equal(run(rule, { "7030": -50, "7010": 100, "7020": -150 }), null);
    });
    it("is an error beyond the tolerance, with the expected figure in cents", () => {
      const v = run(rule, { "7030": 1_000_101, "7010": 1_000_000, "7020": 0 }, 100);
      assert.deepEqual(v, {
        severity: "error",
        expectedCents: 100_000_000,
        message: "Line 2 total [7030] is 1,000,101 but lines 1.A and 1.B add to 1,000,000: a difference of 101",
      });
      assert.equal(
        run(rule, { "7030": 1_000_100, "7010": 1_000_000, "7020": 0 }, 100),
        null,
        "equal to the tolerance passes",
      );
    });
    it("quotes the printed instruction when the form prints one", () => {
      const v = run({ ...rule, printed: "add lines 1, 2 and 3" }, { "7030": 1, "7010": 0, "7020": 0 });
      assert.match(v!.message, /but lines 1, 2 and 3 add to 0: a difference of 1$/);
    });
  });

  describe("difference", () => {
    const rule = { id: "SEC-T", kind: "difference", total: "7785", minuend: "7380", subtrahend: "7780" };
    it("holds when total = minuend − subtrahend", () => {
      assert.equal(run(rule, { "7785": -20, "7380": 80, "7780": 100 }), null);
    });
    it("is an error otherwise", () => {
      assert.equal(
        run(rule, { "7785": 20, "7380": 80, "7780": 100 })!.message,
        "Line 11 [7785] is 20 but line 9 [7380] less line 10 [7780] is -20: a difference of 40",
      );
    });
  });

  describe("tie", () => {
    it("is an error by default, and carries its own severity (an observation is info)", () => {
      const values = { "7780": 10, "7785": 11 };
      const error = run({ id: "SEC-T", kind: "tie", code: "7780", equals: "7785" }, values);
      assert.equal(error!.severity, "error");
      assert.equal(
        error!.message,
        "Line 10 [7780] is 10 but line 11 [7785] Excess (deficiency) over (under) management target is 11: a difference of -1",
      );
      assert.equal(
        run({ id: "SEC-T", kind: "tie", code: "7780", equals: "7785", severity: "info" }, values)!.severity,
        "info",
      );
      assert.equal(run({ id: "SEC-T", kind: "tie", code: "7780", equals: "7785" }, { "7780": 11, "7785": 11 }), null);
    });
  });

  describe("non-negative", () => {
    const rule = { id: "SEC-T", kind: "non-negative", code: "7380" };
    it("holds at zero and above", () => {
      assert.equal(run(rule, { "7380": 0 }), null);
    });
    it("is a warning naming the deficiency, whatever the tolerance", () => {
      assert.deepEqual(run(rule, { "7380": -1 }, 100), {
        severity: "warning",
        expectedCents: 0,
        message: "Line 9 [7380] Excess (deficiency) set aside for secured amount is -1: a deficiency of 1",
      });
    });
    it("names a shortfall against the management target", () => {
      assert.equal(
        run({ ...rule, code: "7785", meaning: "target-shortfall" }, { "7785": -2500000 })!.message,
        "Line 11 [7785] Excess (deficiency) over (under) management target is -2,500,000: a shortfall of 2,500,000 against the management target",
      );
    });
  });

  describe("greater-of", () => {
    const rule = { id: "SEC-T", kind: "greater-of", total: "7360", parts: ["7305", "7355"] };
    it("holds when the total is the larger part", () => {
      assert.equal(run(rule, { "7360": 500, "7305": 500, "7355": 400 }), null);
      assert.equal(run(rule, { "7360": 400, "7305": -500, "7355": 400 }), null);
    });
    it("is an error otherwise, naming both candidates", () => {
      assert.equal(
        run(rule, { "7360": 400, "7305": 500, "7355": 400 })!.message,
        "Line 7 [7360] is 400 but the greater of [7305] and line 6 [7355] is 500: a difference of -100",
      );
    });
  });
});

describe("formatMoney", () => {
  it("writes dollars as the form prints them", () => {
    assert.deepEqual([0, 7, 1000, -5749086, 1169376731, 0.1, -0.05, 12.5, 999.999].map(formatMoney), [
      "0",
      "7",
      "1,000",
      "-5,749,086",
      "1,169,376,731",
      "0.10",
      "-0.05",
      "12.50",
      "1,000",
    ]);
  });
});

describe("finding messages", () => {
  it("name a figure of another statement with that statement's title", () => {
    const other: Statement = { ...statement, kind: "segregation", title: "Daily Segregation - Segregation Statement" };
    const foreign = { ...fig("7190", 5), statement: other, line: { ...fig("7190", 5).line, line: "14" } };
    const r = lineRef("7190", foreign, catalog[0]!, statement);
    assert.deepEqual(r, {
      code: "7190",
      line: "14",
      label: "Excess (deficiency) funds in segregation",
      elsewhere: "Daily Segregation - Segregation Statement",
    });
    assert.equal(
      tieMismatch(ref("7780"), r, 4, 5, -1),
      'Line 10 [7780] is 4 but line 14 [7190] of "Daily Segregation - Segregation Statement" Excess (deficiency) funds in segregation is 5: a difference of -1',
    );
  });
});
