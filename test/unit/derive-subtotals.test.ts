import assert from "node:assert/strict";
import { assurance, checkFiling } from "../../src/core/checks";
import { deriveRules, unsettledLines, unusedInstructions } from "../../src/core/derive";
import { ruleTarget } from "../../src/core/forms";
import { layoutWorkbook } from "../../src/core/layout";
import type { Finding, ParseResult, Statement } from "../../src/core/model";
import { parseFilings } from "../../src/core/parse";
import { asWrappedPdf } from "../support/figure-copies";
import { plant } from "../support/filing-variants";
import { runCli } from "../support/run-cli";
import { sampleText } from "../support/sample-text";

/**
 * A statement the catalog does not know is checked by the arithmetic its own text prints. Where a
 * line prints several figures each right after another (rows run together, a sub-line's label lost),
 * any of them could be the line's total: which one is not guessed, so no rule sums the line, and the
 * result says the line could not be checked. A line with one such figure is still summed and flagged.
 */
const UNKNOWN = "Daily Segregation - Something Else";
const retitled = (text: string, title: string): string => text.replace(`**${title}**`, `**${UNKNOWN}**`);

/** The text as saved, as a PDF viewer copies it wrapped, and with each statement's rows on one line. */
const copies = (text: string): readonly { readonly name: string; readonly text: string }[] => [
  { name: "as saved", text },
  { name: "PDF text wrapped at 72", text: asWrappedPdf(text, 72, false, true) },
  { name: "PDF text, each statement on one line", text: asWrappedPdf(text, 1_000_000, false, true) },
];

const unknownOf = (parsed: ParseResult): Statement => {
  const found = parsed.filings.flatMap((f) => f.statements).find((s) => s.title === UNKNOWN);
  assert.ok(found, "the retitled statement is read");
  assert.equal(found.version, null);
  return found;
};
const findingsOf = (parsed: ParseResult): Finding[] => parsed.filings.flatMap((f) => [...checkFiling(f)]);
const verdictOf = (parsed: ParseResult) =>
  assurance(parsed.filings.map((filing) => ({ filing, findings: checkFiling(filing) }))).kind;
const targets = (statement: Statement): string[] =>
  deriveRules(statement).flatMap((r) => (r.kind === "non-negative" ? [] : [ruleTarget(r)]));

// The Secured Amounts funds' line 1: "A. … 286,214,407 [7500]" then "B. Other banks … 0 [7520] 286,214,407 [7530]".
const securedFunds = retitled(sampleText, "Daily Segregation - Secured Amounts");
// With B's label lost, 0 [7520] and 286,214,407 [7530] are each printed right after another figure.
const securedLabelLost = securedFunds.replace("\tB. Other banks designated by the Commission\t", "\t\t");
// The Segregation Statement's line 5: "… gross amount 34,299,928 [7045]",
// then "Less: … -29,540,566 [7047] 4,759,362 [7050]".
const segregation = retitled(sampleText, "Daily Segregation - Segregation Statement");
const segregationLabelLost = segregation.replace("\tLess: amount offset by customer securities\t", "\t\t");

describe("a line of an unknown statement that prints several figures each right after another", () => {
  for (const copy of copies(securedLabelLost))
    it(`${copy.name}: a clean line gets no flag, and is said to be not checked`, () => {
      const parsed = parseFilings(copy.text);
      const statement = unknownOf(parsed);
      assert.deepEqual(
        unsettledLines(statement).map((u) => [u.line.line, u.code, u.subtotals]),
        [["1", "7520", ["7520", "7530"]]],
      );
      // Neither figure is taken for the line's total, nor is line 1 counted in "8. Total funds …".
      for (const code of ["7520", "7530", "7770"]) assert.ok(!targets(statement).includes(code), code);
      const findings = findingsOf(parsed);
      assert.deepEqual(
        findings.map((f) => [f.severity, f.rule, f.code, f.missing]),
        [["info", "DRV-7520", "7520", []]],
      );
      assert.match(findings[0]!.message, /^Line 1 could not be checked: \[7520\] and \[7530\] are each printed/);
      assert.equal(verdictOf(parsed), "unchecked");
    });

  it("a printed instruction naming such a line is not used, and its total is said to be not checked", () => {
    const parsed = parseFilings(segregationLabelLost);
    const statement = unknownOf(parsed);
    assert.deepEqual(
      unsettledLines(statement).map((u) => [u.line.line, u.subtotals]),
      [["5", ["7047", "7050"]]],
    );
    assert.deepEqual(
      unusedInstructions(statement).map((u) => [u.code, u.text, u.reason, u.detail]),
      [["7060", "add lines 4 and 5", "unsettled", "line 5"]],
    );
    assert.deepEqual(
      findingsOf(parsed).map((f) => [f.severity, f.code, f.missing]),
      [
        ["info", "7047", []],
        ["info", "7060", []],
      ],
    );
    assert.deepEqual(
      parsed.diagnostics.filter((d) => d.code === "unused-instruction").map((d) => [d.severity, d.text]),
      [["warning", "6.\tAmount required to be segregated (add lines 4 and 5)\t<b><u>7,234,116,839</u></b> [7060]"]],
    );
  });

  it("a real difference elsewhere in the statement is still flagged", () => {
    const findings = findingsOf(parseFilings(plant(segregationLabelLost, "7070", 1)));
    assert.deepEqual(
      findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.code, f.difference]),
      [["DRV-7180", "7180", -1]],
    );
  });

  it("on the command line: no error, and exit status 3 (something could not be checked)", () => {
    const r = runCli(["check", "-", "--json"], { input: securedLabelLost });
    assert.equal(r.status, 3, r.stderr);
    const report = JSON.parse(r.stdout) as { filings: { findings: Finding[] }[] };
    assert.deepEqual(
      report.filings.flatMap((f) => f.findings).map((f) => [f.severity, f.code]),
      [["info", "7520"]],
    );
  });
});

describe("a line of an unknown statement with one figure printed right after another", () => {
  for (const [name, text, total, parts] of [
    ["Secured Amounts funds' line 1", securedFunds, "7530", ["7500", "7520"]],
    ["Segregation Statement's line 5", segregation, "7050", ["7045", "7047"]],
  ] as const)
    for (const copy of copies(text)) {
      it(`${name}, ${copy.name}: is summed from the line's other figures and ties`, () => {
        const parsed = parseFilings(copy.text);
        const statement = unknownOf(parsed);
        assert.deepEqual(unsettledLines(statement), []);
        const rule = deriveRules(statement).find((r) => r.kind === "sum" && r.total === total);
        assert.deepEqual(rule?.kind === "sum" && [rule.parts, rule.origin?.kind], [parts, "structure"]);
        assert.deepEqual(findingsOf(parsed), []);
        assert.equal(verdictOf(parsed), "clean");
      });

      it(`${name}, ${copy.name}: flags a real difference on its total`, () => {
        const findings = findingsOf(parseFilings(plant(copy.text, total, 1)));
        assert.deepEqual(
          findings
            .filter((f) => f.rule === `DRV-${total}`)
            .map((f) => [f.severity, f.kind, f.code, f.difference, f.components]),
          [["error", "sum", total, 1, parts]],
        );
      });
    }
});

describe("a statement of many thousand figures on one line (hang guard)", function () {
  // Generous: each step takes well under a second; rules with the square of the line's figures took minutes.
  this.timeout(120_000);

  it("20,000 figures each printed right after another: parsed, checked and laid out", () => {
    // Four-digit codes: 9,000 of them, so the line repeats each code with the same figure.
    const code = (i: number): number => 1000 + (i % 9000);
    const figures = Array.from({ length: 20_000 }, (_, i) => `${code(i).toLocaleString("en-US")} [${code(i)}]`);
    const header = sampleText.slice(0, sampleText.indexOf("**Daily Segregation - Secured Amounts**"));
    const text = `${header}**${UNKNOWN}**\n\n1. Cash ${figures.join(" ")}\n`;
    const parsed = parseFilings(text);
    const statement = unknownOf(parsed);
    assert.equal(statement.lines.length, 9000);
    assert.deepEqual(
      unsettledLines(statement).map((u) => [u.code, u.subtotals.length]),
      [["1001", 8999]],
    );
    assert.deepEqual(targets(statement), []);
    const findings = parsed.filings.map((f) => checkFiling(f));
    const own = findings.flat().filter((f) => f.code === "1001");
    assert.deepEqual(
      own.map((f) => [f.severity, f.rule]),
      [["info", "DRV-1001"]],
    );
    assert.match(
      own[0]!.message,
      /^Line 1 could not be checked: \[1001\], \[1002\], \[1003\], \[1004\], \[1005\] and 8,994 more /,
    );
    const plan = layoutWorkbook({
      filings: parsed.filings,
      findings,
      diagnostics: parsed.diagnostics,
      sourceName: "long.txt",
      tolerance: 0,
    });
    // A sheet for the statement, a row for each of its figures, and no formula summing the line.
    const sheet = plan.sheets.find((s) => s.role === "statement");
    assert.ok(sheet && sheet.rows.length > 9000);
  });
});
