import assert from "node:assert/strict";
import { checkFiling } from "../../src/core/checks";
import { catalog, ruleCodes, ruleInputs, ruleTarget } from "../../src/core/forms";
import type { Finding } from "../../src/core/model";
import { sampleFiling } from "../support/sample-filing";

const errors = (findings: readonly Finding[]) => findings.filter((f) => f.severity === "error");
/** The rules of the sample's versions (the 2013 layouts). */
const rules = catalog.filter((f) => f.version.endsWith("-2013")).flatMap((f) => f.rules);
/** Rules whose failure is an error (not an observation or a deficiency warning). */
const errorRules = rules.filter((r) => r.kind !== "non-negative" && !(r.kind === "tie" && r.severity !== "error"));
const sampleValue = (code: string): number =>
  sampleFiling()
    .statements.flatMap((s) => s.lines)
    .find((l) => l.code === code)!.value;

describe("checks on the sample's figures", () => {
  it("find nothing: every total of the sample ties", () => {
    assert.deepEqual(checkFiling(sampleFiling()), []);
  });

  describe("a single component changed by 100 flags exactly the totals that read it", () => {
    const inputCodes = [...new Set(rules.flatMap((r) => ruleInputs(r)))];
    for (const code of inputCodes) {
      it(`[${code}]`, () => {
        const findings = checkFiling(sampleFiling({ [code]: sampleValue(code) + 100 }));
        const expected = errorRules.filter((r) => ruleCodes(r).includes(code));
        assert.deepEqual(
          errors(findings)
            .map((f) => f.rule)
            .sort(),
          expected.map((r) => r.id).sort(),
        );
        assert.deepEqual(
          findings.filter((f) => f.severity !== "error"),
          [],
          "no warning or info on a filing that ties elsewhere",
        );
        for (const f of errors(findings))
          assert.ok(Math.abs(f.difference!) === 100, `${f.rule} differs by ${f.difference}`);
        // A pure component (no rule totals it) flags exactly one total: the one that contains it.
        if (!rules.some((r) => ruleTarget(r) === code)) assert.equal(errors(findings).length, 1);
      });
    }
  });

  it("a changed subtotal [7740] flags it and its parent total [7770], and nothing else", () => {
    const findings = checkFiling(sampleFiling({ "7740": 607099812 }));
    assert.deepEqual(
      findings.map((f) => [f.severity, f.code, f.rule]),
      [
        ["error", "7740", "SEC-7740"],
        ["error", "7770", "SEC-7770"],
      ],
    );
    const [sub, parent] = findings;
    assert.equal(
      sub!.message,
      "Line 5 total [7740] is 607,099,812 but lines 5.A–5.E add to 607,099,712: a difference of 100",
    );
    assert.deepEqual(sub!.components, ["7700", "7710", "7720", "7730", "7735"]);
    assert.deepEqual(
      [sub!.reported, sub!.expected, sub!.difference, sub!.sourceLine, sub!.statement],
      [607099812, 607099712, 100, 44, "secured-amounts"],
    );
    assert.equal(
      parent!.message,
      "Line 8 total [7770] is 1,169,376,731 but lines 1 through 7 add to 1,169,376,831: a difference of -100",
    );
  });

  it("a changed [7060] flags line 6's sum and line 14's difference", () => {
    const findings = checkFiling(sampleFiling({ "7060": 7234116939 }));
    assert.deepEqual(
      findings.map((f) => f.message),
      [
        "Line 6 total [7060] is 7,234,116,939 but lines 4 and 5 add to 7,234,116,839: a difference of 100",
        "Line 14 [7190] is 377,331,515 but line 13 [7180] less line 6 [7060] is 377,331,415: a difference of 100",
      ],
    );
  });

  it("a broken carry of line 8 to the summary flags the tie on [7370] and the excess [7380]", () => {
    const findings = checkFiling(sampleFiling({ "7370": 1169376631 }));
    assert.deepEqual(
      findings.map((f) => [f.code, f.kind]),
      [
        ["7370", "tie"],
        ["7380", "difference"],
      ],
    );
    assert.equal(
      findings[0]!.message,
      "Line 2 [7370] is 1,169,376,631 but line 8 [7770] Total funds in separate section 30.7 accounts is 1,169,376,731: a difference of -100",
    );
  });

  it("a negative excess whose arithmetic ties is a warning naming the deficiency", () => {
    // Raise the requirement so that line 14 is negative and still line 13 less line 6.
    const findings = checkFiling(
      sampleFiling({ "7040": 7629357477, "7010": 5998505864, "7060": 7634116839, "7190": -22668485 }),
    );
    assert.deepEqual(
      findings.map((f) => [f.severity, f.rule]),
      [["warning", "SEG-7190-deficiency"]],
    );
    const [f] = findings;
    assert.deepEqual([f!.reported, f!.expected, f!.difference, f!.kind], [-22668485, 0, -22668485, "non-negative"]);
    assert.equal(
      f!.message,
      "Line 14 [7190] Excess (deficiency) funds in segregation is -22,668,485: a deficiency of 22,668,485",
    );
  });

  it("honours the tolerance: a difference equal to it passes, one dollar more fails", () => {
    assert.deepEqual(
      checkFiling(sampleFiling({ "7500": 286214407 + 5 }), { tolerance: 5 }).filter((f) => f.rule === "SEC-7530"),
      [],
    );
    assert.equal(errors(checkFiling(sampleFiling({ "7500": 286214407 + 6 }), { tolerance: 5 })).length, 1);
    assert.equal(errors(checkFiling(sampleFiling({ "7500": 286214407 - 6 }), { tolerance: 5 })).length, 1);
  });

  it("compares cents, not binary fractions", () => {
    // 0.1 + 0.2 !== 0.3 in floating point; in cents it is exact.
    const findings = checkFiling(
      sampleFiling({ "7500": 0.1, "7520": 0.2, "7530": 0.3, "7570": 276062611.7, "7560": 276062611.7 }),
    );
    const arithmetic = findings.filter((f) => f.rule === "SEC-7530" || f.rule === "SEC-7570");
    assert.deepEqual(arithmetic, []);
    const halfCent = checkFiling(sampleFiling({ "7520": 0.004 }));
    assert.deepEqual(halfCent, [], "a figure within half a cent rounds to the same cents");
    const oneCent = checkFiling(sampleFiling({ "7520": 0.01 }));
    assert.equal(
      oneCent[0]?.message,
      "Line 1 total [7530] is 286,214,407 but lines 1.A and 1.B add to 286,214,407.01: a difference of -0.01",
    );
  });

  it("says which line is missing instead of leaving a rule unchecked", () => {
    const findings = checkFiling(sampleFiling({}, ["7720"]));
    assert.deepEqual(
      findings.map((f) => [f.severity, f.rule, f.expected, f.difference]),
      [["info", "SEC-7740", null, null]],
    );
    assert.equal(
      findings[0]!.message,
      "Line 5 total [7740] could not be checked: line 5.C [7720] is missing from the filing",
    );
    assert.deepEqual(findings[0]!.missing, ["7720"]);
    assert.equal(findings[0]!.reported, 607099712);
  });

  it("reports a missing total once per rule that needed it", () => {
    const findings = checkFiling(sampleFiling({}, ["7190"]));
    assert.deepEqual(
      findings.map((f) => [f.severity, f.rule, f.reported, f.sourceLine]),
      [
        ["info", "SEG-7190", 0, 59],
        ["info", "SEG-7190-deficiency", 0, 59],
      ],
    );
    assert.equal(findings[0]!.message, "Line 14 [7190] could not be checked: it is missing from the filing");
    const two = checkFiling(sampleFiling({}, ["7730", "7740"]));
    assert.equal(
      two[0]!.message,
      "Line 5 total [7740] could not be checked: it and line 5.D [7730] are missing from the filing",
    );
    assert.equal(two[1]!.message, "Line 8 total [7770] could not be checked: line 5 [7740] is missing from the filing");
  });

  it("lists findings in statement order, then line order", () => {
    const findings = checkFiling(sampleFiling({ "8720": 1, "7190": 1, "7380": 1, "7530": 1 }));
    assert.deepEqual(
      findings.map((f) => f.code),
      ["7380", "7530", "7770", "7190", "8720", "8730"],
    );
  });

  it("is a pure function: the filing is not changed and the result is the same twice", () => {
    const filing = sampleFiling({ "7740": 1 });
    const before = JSON.stringify(filing);
    assert.deepEqual(checkFiling(filing), checkFiling(filing));
    assert.equal(JSON.stringify(filing), before);
  });
});
