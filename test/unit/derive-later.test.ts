import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { checkFiling } from "../../src/core/checks";
import { statementRules } from "../../src/core/derive";
import { deriveRules, sameArithmetic, selectRules } from "../../src/core/derive";
import { formByVersion, ruleTarget, type Rule } from "../../src/core/forms";
import { layoutWorkbook } from "../../src/core/layout";
import type { Statement } from "../../src/core/model";
import { parseFilings } from "../../src/core/parse";
import { sampleText } from "../support/sample-text";

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, `file://${__filename}`), "utf8");
const statementsOf = (text: string) => parseFilings(text).filings.flatMap((f) => f.statements);
const ARITHMETIC = new Set(["sum", "difference", "greater-of"]);
const arithmetic = (rules: readonly Rule[]) => rules.filter((r) => ARITHMETIC.has(r.kind));
const floors = (rules: readonly Rule[]) =>
  rules.flatMap((r) => (r.kind === "non-negative" ? [`${r.code} ${r.meaning}`] : [])).sort();

/** Derived and catalogued rules name the same totals, each with the same arithmetic (parts as sets). */
function assertAgrees(statement: Statement): void {
  const form = formByVersion(statement.version!)!;
  const derived = deriveRules(statement);
  assert.deepEqual(
    arithmetic(derived).map(ruleTarget).sort(),
    arithmetic(form.rules).map(ruleTarget).sort(),
    statement.title,
  );
  for (const rule of arithmetic(derived)) {
    const twin = form.rules.find((c) => ARITHMETIC.has(c.kind) && ruleTarget(c) === ruleTarget(rule))!;
    assert.ok(sameArithmetic(twin, rule), `${rule.id} ${JSON.stringify(rule)} vs ${JSON.stringify(twin)}`);
  }
  assert.deepEqual(floors(derived), floors(form.rules), statement.title);
  // Agreement means the catalog's rules, unconfirmed or not, are the ones used.
  assert.deepEqual(selectRules(form.rules, derived), form.rules);
}

describe("derived rules on the later layouts", () => {
  const later = statementsOf(fixture("later/daily-seg-later.txt"));

  for (const statement of later)
    it(`agree with the unconfirmed catalog on every total and floor of the later ${statement.title}`, () =>
      assertAgrees(statement));

  it("read the greater-of line, the page-1 reference and the target line as FORMS.md states them", () => {
    const secured = deriveRules(later[0]!);
    const byTarget = new Map(arithmetic(secured).map((r) => [ruleTarget(r), r]));
    assert.deepEqual(byTarget.get("7360"), {
      id: "DRV-7360",
      kind: "greater-of",
      total: "7360",
      parts: ["7305", "7355"],
      confirmed: false,
      printed: "Greater of amount required to be set aside pursuant to foreign jurisdiction (above) or line 6",
      origin: {
        kind: "printed",
        line: "7",
        text: "Greater of amount required to be set aside pursuant to foreign jurisdiction (above) or line 6",
      },
    });
    // "subtract line 7 Secured Statement Page 1 from line 8": line 7 of the computation, line 8 of the funds.
    assert.deepEqual(
      [
        byTarget.get("7380")?.origin?.text,
        sameArithmetic(byTarget.get("7380")!, {
          id: "X-1",
          kind: "difference",
          total: "7380",
          minuend: "7770",
          subtrahend: "7360",
          confirmed: false,
        }),
      ],
      ["subtract line 7 Secured Statement Page 1 from line 8", true],
    );
    assert.deepEqual(byTarget.get("7785")?.origin, {
      kind: "label",
      line: "11",
      text: "Excess (deficiency) funds in separate 30.7 accounts over (under) management target",
    });
  });
});

describe("the later layouts renumbered to codes no catalog knows", () => {
  const text = fixture("renumbered/daily-seg-later-renumbered.txt");
  const { filings } = parseFilings(text);
  const statements = filings.flatMap((f) => f.statements);

  it("are three unknown statements, every total checked by rules read from their own text", () => {
    assert.deepEqual(
      statements.map((s) => [s.kind, s.version]),
      [
        ["unknown", null],
        ["unknown", null],
        ["unknown", null],
      ],
    );
    const totals = statements.map((s) => arithmetic(statementRules(s)!.rules).map(ruleTarget).sort());
    assert.deepEqual(totals, [
      ["6345", "6354", "6355", "6360", "6380", "6530", "6570", "6620", "6680", "6740", "6770", "6785"],
      ["6040", "6050", "6060", "6180", "6190", "6198"],
      ["9550", "9580", "9590", "9720", "9730", "9770"],
    ]);
    // Each the later catalog's arithmetic under the renumbering (7xxx → 6xxx, 8xxx → 9xxx).
    const renumber = (code: string) => code.replace(/^7/, "6").replace(/^8/, "9");
    const later = statementsOf(fixture("later/daily-seg-later.txt"));
    statements.forEach((statement, i) => {
      const catalogued = arithmetic(formByVersion(later[i]!.version!)!.rules);
      for (const rule of arithmetic(deriveRules(statement))) {
        const twin = catalogued.find((c) => renumber(ruleTarget(c)) === ruleTarget(rule))!;
        const moved = JSON.parse(
          JSON.stringify(twin).replace(/"([78]\d{3})"/g, (_, c: string) => `"${renumber(c)}"`),
        ) as Rule;
        assert.ok(sameArithmetic(moved, rule), `${rule.id}: ${JSON.stringify(rule)}`);
      }
    });
  });

  it("flag the planted error on the greater-of line quoting its instruction, and the target shortfall as a warning", () => {
    const findings = filings.flatMap((f) => checkFiling(f));
    assert.deepEqual(
      findings.map((f) => [f.severity, f.rule, f.kind, f.code, f.difference]),
      [
        ["error", "DRV-6360", "greater-of", "6360", -35000],
        ["warning", "DRV-6198-target-shortfall", "non-negative", "6198", -20000],
      ],
    );
    assert.match(
      findings[0]!.message,
      /printed instruction on line 7: "Greater of amount required to be set aside pursuant to foreign jurisdiction \(above\) or line 6"/,
    );
    assert.match(
      findings[1]!.message,
      /\(rule from the label of line 16: "Excess \(deficiency\) funds in segregation over \(under\) management target amount excess"\)$/,
    );
  });

  it("find only the shortfall once the foreign requirement is restored", () => {
    const fixed = text.replace("<b><u>1,100,000</u></b> [6305]", "<b><u>1,000,000</u></b> [6305]");
    assert.deepEqual(
      parseFilings(fixed)
        .filings.flatMap((f) => checkFiling(f))
        .map((f) => f.rule),
      ["DRV-6198-target-shortfall"],
    );
  });

  it("give the workbook live formulas for the greater-of and the excess-over-target lines", () => {
    const plan = layoutWorkbook({
      filings,
      findings: filings.map((f) => [...checkFiling(f)]),
      sourceName: "renumbered",
      tolerance: 0,
    });
    const formulas = plan.sheets.flatMap((s) =>
      s.rows.flatMap((r) => r.flatMap((c) => (c?.kind === "formula" ? [c.formula] : []))),
    );
    for (const formula of [
      "=MAX(UNK_6305,UNK_6355)",
      "=UNK_6770-UNK_6360",
      "=UNK_6380-UNK_6780",
      "=UNK_6190-UNK_6194",
      "=UNK_9730-UNK_9760",
    ])
      assert.ok(formulas.includes(formula), formula);
  });

  it("recompute an excess over target that is off", () => {
    const off = text
      .replace("<b><u>45,000</u></b> [6785]", "<b><u>46,000</u></b> [6785]")
      .replace("<b><u>1,100,000</u></b> [6305]", "<b><u>1,000,000</u></b> [6305]");
    const errors = parseFilings(off)
      .filings.flatMap((f) => checkFiling(f))
      .filter((f) => f.severity === "error");
    assert.deepEqual(
      errors.map((f) => [f.rule, f.expected, f.difference]),
      [["DRV-6785", 45000, 1000]],
    );
  });
});

describe("derived rules on PDF-to-text input", () => {
  const same = (a: readonly Statement[], b: readonly Statement[]) =>
    a.forEach((s, i) => assert.deepEqual(deriveRules(s), deriveRules(b[i]!), s.title));

  it("are those of the sample itself, and nothing is flagged", () => {
    const pdf = parseFilings(fixture("pdf-text/daily-seg-pdf-text.txt"));
    same(
      pdf.filings.flatMap((f) => f.statements),
      statementsOf(sampleText),
    );
    assert.deepEqual(
      pdf.filings.flatMap((f) => checkFiling(f)),
      [],
    );
  });

  it("are those of the later fixture, whose 7305 figure interrupts its label", () => {
    const text = fixture("pdf-text/daily-seg-later-pdf-text.txt");
    assert.match(text, /regulation of a foreign\n1,000,000 \[7305\] government or a rule/);
    const pdf = parseFilings(text);
    const clean = parseFilings(fixture("later/daily-seg-later.txt"));
    const figures = (r: typeof pdf) =>
      r.filings
        .flatMap((f) => f.statements.flatMap((s) => s.lines))
        .flatMap((l) => (l.code ? [`${l.code} ${l.value}`] : []))
        .sort();
    assert.equal(figures(pdf).length, 96);
    assert.deepEqual(figures(pdf), figures(clean));
    assert.deepEqual(
      pdf.filings.flatMap((f) => f.statements.map((s) => s.version)),
      ["secured-amounts-later", "segregation-later", "cleared-swaps-later"],
    );
    same(
      pdf.filings.flatMap((f) => f.statements),
      clean.filings.flatMap((f) => f.statements),
    );
    assert.deepEqual(
      pdf.filings.flatMap((f) => checkFiling(f)).map((f) => f.rule),
      ["SEG-7198-shortfall"],
    );
  });
});
