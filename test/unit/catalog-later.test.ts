import assert from "node:assert/strict";
import { ruleCodes, type Rule, type StatementForm } from "../../src/core/forms";
import { loadCatalog } from "../../src/core/forms/validate";
import { clearedSwaps2013 } from "../../src/core/forms/cleared-swaps";
import { clearedSwapsLater } from "../../src/core/forms/cleared-swaps-later";
import { securedAmounts2013 } from "../../src/core/forms/secured-amounts";
import { securedAmountsLater } from "../../src/core/forms/secured-amounts-later";
import { segregation2013 } from "../../src/core/forms/segregation";
import { segregationLater } from "../../src/core/forms/segregation-later";
import { parseFilings } from "../../src/core/parse";

const later = [securedAmountsLater, segregationLater, clearedSwapsLater];
const all = [securedAmounts2013, segregation2013, clearedSwaps2013, ...later];

function load(inputs: typeof all): readonly StatementForm[] {
  const result = loadCatalog(inputs);
  assert.ok(result.success, JSON.stringify(!result.success && result.issues));
  return result.forms;
}

/** A rule as one line of arithmetic, for asserting on its meaning without narrowing its kind. */
function described(rule: Rule | undefined): string {
  switch (rule?.kind) {
    case undefined:
      return "none";
    case "sum":
      return `${rule.total} = ${rule.parts.join(" + ")}`;
    case "greater-of":
      return `${rule.total} = MAX(${rule.parts.join(", ")})`;
    case "difference":
      return `${rule.total} = ${rule.minuend} - ${rule.subtrahend}`;
    case "tie":
      return `${rule.code} = ${rule.equals}`;
    case "non-negative":
      return `${rule.code} >= 0 (${rule.meaning})`;
  }
}

const codesOf = (form: StatementForm) => form.sections.flatMap((s) => s.lines).flatMap((l) => (l.code ? [l.code] : []));
const unconfirmedCodes = (form: StatementForm) =>
  form.sections
    .flatMap((s) => s.lines)
    .flatMap((l) => (l.code && !l.confirmed ? [l.code] : []))
    .sort();

/**
 * FORMS.md marks what was seen in a filing: S (the 2013 sample) and P (7305, 7315 in a 2015 filing).
 * Everything else of the later layouts is as commonly printed, not confirmed.
 */
const UNCONFIRMED: Record<string, readonly string[]> = {
  "secured-amounts-later": [
    "7317",
    "7325",
    "7335",
    "7337",
    "7345",
    "7351",
    "7352",
    "7354",
    "7355",
    "7360",
    "7380",
    "7780",
    "7785",
  ],
  "segregation-later": ["7194", "7198"],
  "cleared-swaps-later": ["8760", "8770"],
};

describe("later layouts as catalog data", () => {
  const forms = load(later);
  const byVersion = new Map(load(all).map((f) => [f.version, f]));

  it("validate with the catalog's schema and consistency checks, alone and beside the 2013 versions", () => {
    assert.deepEqual(
      forms.map((f) => f.version),
      ["secured-amounts-later", "segregation-later", "cleared-swaps-later"],
    );
    assert.equal(byVersion.size, 6);
  });

  it("mark unconfirmed every line FORMS.md does not mark S or P", () => {
    for (const form of forms)
      assert.deepEqual(unconfirmedCodes(form), [...UNCONFIRMED[form.version]!].sort(), form.version);
  });

  it("never confirm a rule that reads an unconfirmed line", () => {
    for (const form of forms) {
      const unconfirmed = new Set(unconfirmedCodes(form));
      for (const rule of form.rules)
        if (ruleCodes(rule).some((c) => unconfirmed.has(c)))
          assert.equal(rule.confirmed, false, `${form.version} ${rule.id}`);
    }
  });

  it("state the later Secured Amounts arithmetic as FORMS.md prints it", () => {
    const rules = new Map(byVersion.get("secured-amounts-later")!.rules.map((r) => [r.id, r]));
    assert.deepEqual(rules.get("SEC-7360"), {
      id: "SEC-7360",
      kind: "greater-of",
      total: "7360",
      parts: ["7305", "7355"],
      confirmed: false,
      printed: "Greater of amount required to be set aside pursuant to foreign jurisdiction (above) or line 6",
    });
    assert.equal(described(rules.get("SEC-7380")), "7380 = 7770 - 7360");
    assert.equal(described(rules.get("SEC-7785")), "7785 = 7380 - 7780");
    assert.equal(described(rules.get("SEC-7785-shortfall")), "7785 >= 0 (target-shortfall)");
    // The 2013 summary's 7370 (a figure carried from 7770) is no line of the later layout.
    assert.ok(!codesOf(byVersion.get("secured-amounts-later")!).includes("7370"));
  });

  it("pick their version by markers that only they print; 7360, in both Secured Amounts versions, is no marker", () => {
    for (const form of forms) {
      assert.ok(form.markers.length > 0, form.version);
      const others = [...byVersion.values()].filter((f) => f.kind === form.kind && f.version !== form.version);
      for (const marker of form.markers) {
        assert.ok(codesOf(form).includes(marker), `${form.version} prints its marker ${marker}`);
        for (const other of others)
          assert.ok(!codesOf(other).includes(marker), `${marker} is also printed by ${other.version}`);
      }
    }
    assert.ok([...byVersion.values()].every((f) => !f.markers.includes("7360")));
    assert.deepEqual(byVersion.get("secured-amounts-later")!.markers, ["7305", "7345", "7355"]);
  });

  describe("through the parser", () => {
    const versionOf = (title: string, rows: string) =>
      parseFilings(`**${title}**\n${rows}`).filings[0]!.statements[0]!.version;

    it("any one later Secured Amounts marker picks the later layout", () => {
      for (const [line, code] of [
        ["", "7305"],
        ["4.", "7345"],
        ["6.", "7355"],
      ])
        assert.equal(
          versionOf("Daily Segregation - Secured Amounts", `${line}\tSome line\t<b><u>5</u></b> [${code}]`),
          "secured-amounts-later",
          code,
        );
    });

    it("a management target picks the later Segregation and Cleared Swaps layouts", () => {
      assert.equal(
        versionOf("Daily Segregation - Segregation Statement", "15.\tManagement target amount\t<b><u>5</u></b> [7194]"),
        "segregation-later",
      );
      assert.equal(
        versionOf(
          "Daily Segregation - Cleared Swaps Segregation",
          "15.\tManagement target amount\t<b><u>5</u></b> [8760]",
        ),
        "cleared-swaps-later",
      );
    });

    // 7190 and 8730 are printed by both versions, so they mark neither: a later statement cut after
    // its target line (7190 and 7194 present, 7198 not) is still the later layout.
    it("a later Segregation Statement cut after line 15 is read as the later layout", () => {
      const rows =
        "14.\tExcess (deficiency) (subtract line 6 from line 13)\t<b><u>5</u></b> [7190]\n15.\tManagement target amount\t<b><u>5</u></b> [7194]";
      assert.equal(versionOf("Daily Segregation - Segregation Statement", rows), "segregation-later");
    });
  });
});
