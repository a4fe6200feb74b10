import assert from "node:assert/strict";
import { checkFiling } from "../../src/core/checks";
import type { Filing } from "../../src/core/model";
import { exitCodeOf, unreadableReason, type CheckRun } from "../../src/cli/check-run";
import { reportJson } from "../../src/cli/report-json";
import { reportText } from "../../src/cli/report-text";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFilings } from "../../src/core/parse";
import { sampleFiling } from "../support/sample-filing";

function runOf(filings: readonly Filing[], extra: Partial<CheckRun> = {}): CheckRun {
  return {
    filings: filings.map((filing) => ({ source: "a.txt", filing, findings: checkFiling(filing) })),
    diagnostics: [],
    unreadable: [],
    inputs: 1,
    tolerance: 0,
    ...extra,
  };
}

describe("cli reports (on constructed filings)", () => {
  describe("exit code", () => {
    it("is 0 for a filing that ties, 3 when a total could not be checked, 1 with an error finding", () => {
      assert.equal(exitCodeOf(runOf([sampleFiling()])), 0);
      // A figure the rule needs is absent: nothing fails, but "every total ties" cannot be said.
      assert.equal(exitCodeOf(runOf([sampleFiling({}, ["7720"])])), 3);
      assert.equal(exitCodeOf(runOf([sampleFiling({ "7720": 1 })])), 1);
    });
    it("is 2 when nothing was read, or when any input gave no filing, with the reason", () => {
      const none = runOf([], { unreadable: [{ source: "(stdin)", reason: "The input is empty." }] });
      assert.equal(exitCodeOf(none), 2);
      assert.equal(unreadableReason(none), "(stdin): The input is empty.");
      const some = runOf([sampleFiling()], {
        inputs: 3,
        unreadable: [
          { source: "b.txt", reason: "x" },
          { source: "c.txt", reason: "y" },
        ],
      });
      assert.equal(exitCodeOf(some), 2);
      assert.equal(unreadableReason(some), "b.txt: x (and 1 more input without a filing)");
    });
  });

  describe("--json", () => {
    it("has the contract's keys, values and findings", () => {
      const json = JSON.parse(reportJson(runOf([sampleFiling({ "7740": 607099812 })])));
      assert.deepEqual(Object.keys(json), ["filings", "diagnostics"]);
      const [f] = json.filings;
      for (const k of ["firm", "form", "endDate", "submitDate", "amendment", "complete", "statements", "findings"])
        assert.ok(k in f, k);
      assert.equal("source" in f, false, "source only when several inputs");
      assert.deepEqual(
        f.statements.map((s: { kind: string }) => s.kind),
        ["secured-amounts", "segregation", "cleared-swaps"],
      );
      const line = f.statements[0].lines.find((l: { code: string }) => l.code === "7735");
      assert.deepEqual(
        { line: line.line, label: line.label, code: line.code, value: line.value, sourceLine: line.sourceLine },
        { line: "5.E", label: "Value of short option contracts", code: "7735", value: -5749086, sourceLine: 44 },
      );
      const uncoded = f.statements[2].lines.filter((l: { code: string | null }) => l.code === null);
      assert.deepEqual(
        uncoded.map((l: { line: string }) => l.line),
        ["12.A", "12.B"],
      );
      assert.deepEqual(f.findings[0], {
        severity: "error",
        rule: "SEC-7740",
        code: "7740",
        statement: "secured-amounts",
        reported: 607099812,
        expected: 607099712,
        difference: 100,
        message: "Line 5 total [7740] is 607,099,812 but lines 5.A–5.E add to 607,099,712: a difference of 100",
        kind: "sum",
        components: ["7700", "7710", "7720", "7730", "7735"],
        sourceLine: 44,
      });
    });
    it("names the source of filings and diagnostics when several inputs are given", () => {
      const diagnostics = [
        {
          source: "b.txt",
          code: "no-filing" as const,
          severity: "error" as const,
          line: 0,
          text: "",
          message: "No filing found.",
        },
      ];
      const json = JSON.parse(reportJson(runOf([sampleFiling()], { inputs: 2, diagnostics })));
      assert.equal(json.filings[0].source, "a.txt");
      assert.deepEqual(json.diagnostics, [
        { line: 0, text: "", message: "No filing found.", code: "no-filing", severity: "error", source: "b.txt" },
      ]);
    });
    it("writes null, never NaN, for a rule that could not be evaluated", () => {
      const text = reportJson(runOf([sampleFiling({}, ["7720"])]));
      const finding = JSON.parse(text).filings[0].findings[0];
      assert.deepEqual(
        [finding.severity, finding.expected, finding.difference, finding.missing],
        ["info", null, null, ["7720"]],
      );
    });
  });

  describe("human report", () => {
    it("says firm, form, dates, amendment, statements with counts, and that everything ties", () => {
      const text = reportText(runOf([sampleFiling()]));
      assert.equal(
        text,
        [
          "Citigroup Global Markets Inc. — Daily Seg - FOCUS II, amendment",
          "  end date 2013-06-18 · submitted 2013-06-19",
          "  Statements",
          "    Daily Segregation - Secured Amounts           30 figures",
          "    Daily Segregation - Segregation Statement     25 figures",
          "    Daily Segregation - Sequestration Statement   27 figures",
          "  Findings: none, every total ties",
          "",
          "Checked 1 filing: no findings (tolerance 0).",
          "",
        ].join("\n"),
      );
    });
    it("lists each finding with severity, code, message and text line, then diagnostics with their line", () => {
      const diagnostics = [
        {
          source: "a.txt",
          code: "unparsed-number" as const,
          severity: "warning" as const,
          line: 12,
          text: "\tA. Cash\t<u>12x</u>",
          message: "'12x' is not a number.",
        },
      ];
      const text = reportText(runOf([sampleFiling({ "7190": -5 })], { diagnostics }));
      assert.match(text, /Findings: 1 error, 1 warning\n/);
      assert.match(
        text,
        /\n {4}error {4}\[7190\] {2}Line 14 \[7190\] is -5 but line 13 \[7180\] less line 6 \[7060\] is 377,331,515: a difference of -377,331,520 {2}\(text line 93\)\n/,
      );
      assert.match(
        text,
        /\n {4}warning {2}\[7190\] {2}Line 14 \[7190\] Excess \(deficiency\) funds in segregation is -5: a deficiency of 5/,
      );
      assert.match(
        text,
        /\nDiagnostics\n {2}warning {2}line 12 \(unparsed-number\): '12x' is not a number\.\n {6}\| A\. Cash\t<u>12x<\/u>\n/,
      );
      assert.match(text, /Checked 1 filing: 1 error, 1 warning \(tolerance 0\)\.\n$/);
    });
    it("counts info findings (rules that could not be evaluated) without calling them errors", () => {
      const text = reportText(runOf([sampleFiling({}, ["7720"])]));
      assert.match(
        text,
        /Findings: 1 info\n {4}info {5}\[7740\] {2}Line 5 total \[7740\] could not be checked: line 5\.C \[7720\] is missing from the filing {2}\(text line 44\)\n/,
      );
      assert.match(text, /Checked 1 filing: 1 info \(tolerance 0\)\.\n$/);
    });
    it("marks an incomplete statement and names the file when several are given", () => {
      const f = sampleFiling({}, ["8730"]);
      const incomplete: Filing = {
        ...f,
        complete: false,
        statements: f.statements.map((s) =>
          s.kind === "cleared-swaps" ? { ...s, complete: false, missing: ["8730"] } : s,
        ),
      };
      const text = reportText(runOf([incomplete], { inputs: 2 }));
      assert.match(text, /end date 2013-06-18 · submitted 2013-06-19 · from a\.txt · INCOMPLETE/);
      assert.match(text, /Sequestration Statement {3}26 figures {2}incomplete: \[8730\] missing/);
    });
  });

  describe("text, for statements whose layout is not in the catalog", () => {
    const renumbered = readFileSync(
      join(__dirname, "..", "fixtures", "renumbered", "daily-seg-renumbered.txt"),
      "utf8",
    );

    it("says they are checked by the rules read from their printed text, beside what those rules flag", () => {
      const text = reportText(runOf(parseFilings(renumbered).filings));
      assert.match(
        text,
        /Foreign Customer Funds Statement +30 figures {2}\(layout not in the catalog: checked by 9 rules read from its printed text\)/,
      );
      assert.match(
        text,
        /Domestic Customer Funds Statement +25 figures {2}\(layout not in the catalog: checked by 6 rules read from its printed text\)/,
      );
      assert.match(text, /error {4}\[6180\]/);
      assert.doesNotMatch(text, /not checked/);
    });

    it("says one that prints no arithmetic is not checked", () => {
      const bare = parseFilings("**Daily Segregation - Something New**\n1.\tCash\t<b><u>5</u></b> [6010]").filings;
      assert.match(
        reportText(runOf(bare)),
        /Something New +1 figure {2}\(layout not in the catalog: no printed arithmetic, not checked\)/,
      );
    });
  });
});
