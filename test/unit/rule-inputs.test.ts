import assert from "node:assert/strict";
import fc from "fast-check";
import { catalog, ruleInputs, type Rule } from "../../src/core/forms";
import { deriveRules } from "../../src/core/derive";
import { parseFilings } from "../../src/core/parse";
import { fixtureFilings } from "../support/filing-variants";

/** The codes a rule reads, spelled out from its fields: what `ruleInputs` lists once and keeps. */
function spelledInputs(rule: Rule): readonly string[] {
  switch (rule.kind) {
    case "sum":
    case "greater-of":
      return [...rule.parts];
    case "difference":
      return [rule.minuend, rule.subtrahend];
    case "tie":
      return [rule.equals];
    case "non-negative":
      return [];
  }
}

const code = fc.stringMatching(/^\d{4}$/);
const base = { id: fc.string(), confirmed: fc.boolean() };
const anyRule: fc.Arbitrary<Rule> = fc.oneof(
  fc.record({ ...base, kind: fc.constant("sum" as const), total: code, parts: fc.array(code) }),
  fc.record({ ...base, kind: fc.constant("greater-of" as const), total: code, parts: fc.array(code) }),
  fc.record({ ...base, kind: fc.constant("difference" as const), total: code, minuend: code, subtrahend: code }),
  fc.record({
    ...base,
    kind: fc.constant("tie" as const),
    code,
    equals: code,
    severity: fc.constant("error" as const),
  }),
  fc.record({ ...base, kind: fc.constant("non-negative" as const), code, meaning: fc.constant("deficiency" as const) }),
);

describe("the codes a rule reads", () => {
  const known = [
    ...catalog.flatMap((f) => f.rules),
    ...fixtureFilings.flatMap((f) => parseFilings(f.text).filings.flatMap((g) => g.statements.flatMap(deriveRules))),
  ];

  it("are its fields in order, for every catalog rule and every rule derived from a fixture", () => {
    for (const rule of known) assert.deepEqual(ruleInputs(rule), spelledInputs(rule), rule.id);
  });

  it("are its fields in order for any rule, and one list however often they are asked for", () => {
    fc.assert(
      fc.property(anyRule, (rule) => {
        const first = ruleInputs(rule);
        assert.deepEqual(first, spelledInputs(rule));
        assert.equal(ruleInputs(rule), first);
      }),
    );
  });

  it("are each rule's own: two rules naming other codes never share a list", () => {
    fc.assert(
      fc.property(anyRule, anyRule, (a, b) => {
        if (spelledInputs(a).join() !== spelledInputs(b).join()) assert.notEqual(ruleInputs(a), ruleInputs(b));
      }),
    );
  });
});
