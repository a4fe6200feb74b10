import assert from "node:assert/strict";
import { checkFiling } from "../../src/core/checks";
import { catalog, ruleCodes, ruleInputs, ruleTarget } from "../../src/core/forms";
import { parseFilings } from "../../src/core/parse";
import { sampleFiling } from "../support/sample-filing";
import { sampleText, withFigure } from "../support/sample-text";

/** The rules of the sample's versions (the 2013 layouts). */
const rules = catalog.filter((f) => f.version.endsWith("-2013")).flatMap((f) => f.rules);
const errorRules = rules.filter((r) => r.kind !== "non-negative" && !(r.kind === "tie" && r.severity !== "error"));
const expectedFigures = sampleFiling().statements.flatMap((s) => s.lines);
const valueOf = (code: string) => expectedFigures.find((l) => l.code === code)!.value;

function check(text: string) {
  const { filings } = parseFilings(text);
  assert.equal(filings.length, 1);
  return checkFiling(filings[0]!);
}

describe("checks on the sample as read by the parser", () => {
  it("reads the figures the hand-built sample holds, and finds nothing", () => {
    const [filing] = parseFilings(sampleText).filings;
    const read = filing!.statements.flatMap((s) => s.lines).map((l) => [l.code, l.value, l.sourceLine, l.line]);
    assert.deepEqual(
      read,
      expectedFigures.map((l) => [l.code, l.value, l.sourceLine, l.line]),
    );
    assert.deepEqual(checkFiling(filing!), []);
  });

  describe("a component changed by 100 in the text flags exactly the totals that read it", () => {
    for (const code of [...new Set(rules.flatMap((r) => ruleInputs(r)))])
      it(`[${code}]`, () => {
        const findings = check(withFigure(sampleText, code, valueOf(code) + 100));
        const expected = errorRules
          .filter((r) => ruleCodes(r).includes(code))
          .map((r) => r.id)
          .sort();
        assert.deepEqual(findings.map((f) => f.rule).sort(), expected);
        assert.ok(findings.every((f) => f.severity === "error" && Math.abs(f.difference!) === 100));
        if (!rules.some((r) => ruleTarget(r) === code)) assert.equal(findings.length, 1);
      });
  });

  it("a changed subtotal [7740] flags it and its parent [7770]", () => {
    const findings = check(withFigure(sampleText, "7740", 607099812));
    assert.deepEqual(
      findings.map((f) => [f.severity, f.code]),
      [
        ["error", "7740"],
        ["error", "7770"],
      ],
    );
    assert.equal(
      findings[0]!.message,
      "Line 5 total [7740] is 607,099,812 but lines 5.A–5.E add to 607,099,712: a difference of 100",
    );
    assert.equal(findings[0]!.sourceLine, 44);
  });

  it("a negative excess that still ties is a warning", () => {
    const text = withFigure(withFigure(sampleText, "7360", 1269376731), "7380", -100000000);
    const findings = check(text);
    assert.deepEqual(
      findings.map((f) => [f.severity, f.rule]),
      [["warning", "SEC-7380-deficiency"]],
    );
    assert.equal(
      findings[0]!.message,
      "Line 3 [7380] Excess (deficiency) is -100,000,000: a deficiency of 100,000,000",
    );
  });
});
