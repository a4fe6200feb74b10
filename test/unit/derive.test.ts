import assert from "node:assert/strict";
import { deriveRules, readInstruction, sameArithmetic, selectRules } from "../../src/core/derive";
import { formByVersion, ruleTarget, type Rule } from "../../src/core/forms";
import { parseFilings } from "../../src/core/parse";
import { sampleText } from "../support/sample-text";

const arithmetic = (rules: readonly Rule[]) =>
  rules.filter((r) => r.kind === "sum" || r.kind === "difference" || r.kind === "greater-of");

describe("rules derived from the printed instructions", () => {
  it("reads each instruction phrase", () => {
    const lines = (label: string) => {
      const i = readInstruction(label);
      return i?.kind === "add" ? i.lines.map((l) => l.number) : i;
    };
    assert.deepEqual(lines("Net equity (deficit) (add lines 1, 2 and 3)"), [1, 2, 3]);
    assert.deepEqual(lines("Net Equity (deficit) (add lines 1, 2, and 3)"), [1, 2, 3]);
    assert.deepEqual(lines("Amount required to be segregated (add lines 4 and 5)"), [4, 5]);
    assert.deepEqual(lines("Total amount in segregation (add lines 7 through 12)"), [7, 8, 9, 10, 11, 12]);
    assert.deepEqual(readInstruction("Excess (deficiency) (subtract line 6 from line 13)"), {
      kind: "subtract",
      text: "subtract line 6 from line 13",
      subtrahend: { number: 6, firstPage: false },
      minuend: { number: 13, firstPage: false },
    });
    const page1 = readInstruction(
      "Excess (deficiency) set aside (subtract line 7 Secured Statement Page 1 from line 8)",
    );
    assert.equal(page1?.kind === "subtract" && page1.subtrahend.firstPage, true);
    const greater = readInstruction(
      "Greater of amount required to be set aside pursuant to foreign jurisdiction (above) or line 6.",
    );
    assert.equal(greater?.kind, "greater-of");
    assert.equal(readInstruction("Total funds in separate section 30.7 accounts"), null);
  });

  const [filing] = parseFilings(sampleText).filings;
  for (const statement of filing!.statements) {
    it(`agrees with the catalog on every total of the sample's ${statement.title}`, () => {
      const form = formByVersion(statement.version!)!;
      const derived = arithmetic(deriveRules(statement));
      const catalogued = arithmetic(form.rules);
      assert.deepEqual(derived.map(ruleTarget).sort(), catalogued.map(ruleTarget).sort());
      for (const rule of derived) {
        const twin = catalogued.find((c) => ruleTarget(c) === ruleTarget(rule))!;
        assert.ok(sameArithmetic(twin, rule), `${rule.id} ${JSON.stringify(rule)} vs ${JSON.stringify(twin)}`);
      }
      // Agreement means the catalog's own rules are the ones used.
      assert.deepEqual(selectRules(form.rules, deriveRules(statement)), form.rules);
    });
  }

  it("derives the catalog's one tie, summary line 2 [7370] = funds line 8 [7770], from the total printed twice", () => {
    const ties = (rules: readonly Rule[]) =>
      rules.flatMap((r) => (r.kind === "tie" ? [[r.code, r.equals, r.severity]] : []));
    const derived = filing!.statements.flatMap((s) => ties(deriveRules(s)));
    assert.deepEqual(derived, [["7370", "7770", "error"]]);
    assert.deepEqual(
      derived,
      filing!.statements.flatMap((s) => ties(formByVersion(s.version!)!.rules)),
    );
  });

  it("records where each derived rule came from", () => {
    const segregation = filing!.statements.find((s) => s.kind === "segregation")!;
    const byTarget = new Map(
      deriveRules(segregation)
        .filter((r) => r.kind !== "non-negative")
        .map((r) => [ruleTarget(r), r.origin]),
    );
    assert.deepEqual(byTarget.get("7180"), { kind: "printed", line: "13", text: "add lines 7 through 12" });
    assert.deepEqual(byTarget.get("7050"), { kind: "structure", line: "5" });
  });

  it("uses a printed instruction over an unconfirmed catalog rule that disagrees, and says so", () => {
    const wrong: Rule = { id: "SEG-7180", kind: "sum", total: "7180", parts: ["7070"], confirmed: false };
    const segregation = filing!.statements.find((s) => s.kind === "segregation")!;
    const [chosen] = selectRules([wrong], deriveRules(segregation));
    assert.equal(chosen?.origin?.replaces, "SEG-7180");
    assert.equal(chosen?.kind === "sum" && chosen.parts.length, 13);
    const confirmed: Rule = { ...wrong, confirmed: true };
    assert.deepEqual(selectRules([confirmed], deriveRules(segregation)), [confirmed]);
  });
});
