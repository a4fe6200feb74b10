import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { checkFiling } from "../../src/core/checks";
import { statementRules } from "../../src/core/derive";
import { ruleTarget } from "../../src/core/forms";
import { layoutWorkbook } from "../../src/core/layout";
import { parseFilings } from "../../src/core/parse";
import { sampleText } from "../support/sample-text";

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, `file://${__filename}`), "utf8");
const arithmetic = new Set(["sum", "difference", "greater-of"]);

describe("the later layouts", () => {
  const { filings } = parseFilings(fixture("later/daily-seg-later.txt"));
  const filing = filings[0]!;
  const findings = checkFiling(filing);

  it("reads one filing whose three statements are the later versions", () => {
    assert.equal(filings.length, 1);
    const statements = filing.statements.filter((s) => s.kind !== "unknown");
    assert.deepEqual(
      statements.map((s) => s.version),
      ["secured-amounts-later", "segregation-later", "cleared-swaps-later"],
    );
    assert.ok(statements.every((s) => s.complete && s.missing.length === 0));
  });

  it("reads the Cover Page into the filing: firm, contact and each statement's residual-interest target", () => {
    assert.equal(filing.statements.length, 3);
    const cover = filing.cover!;
    assert.deepEqual(
      [cover.firm, cover.contactName, cover.contactEmail],
      ["Example Futures LLC", "Jane Accountant", "jane.accountant@example.com"],
    );
    assert.deepEqual(
      cover.targets.map((t) => [t.statement, t.choice, t.values]),
      [
        ["segregation", "minimum-dollar", [60000]],
        ["secured-amounts", "minimum-dollar", [150000]],
        ["cleared-swaps", "minimum-dollar", [40000]],
      ],
    );
  });

  it("reads a range target, and leaves the filing without a cover when none is printed", () => {
    const ranged = fixture("later/daily-seg-later.txt")
      .replace("a. Minimum dollar amount: ; or\t60,000", "a. Minimum dollar amount: ; or\t0")
      .replace(
        /c\. Dollar amount range between: and ; or\t0\t0/,
        "c. Dollar amount range between: and ; or\t50,000\t75,000",
      );
    assert.deepEqual(parseFilings(ranged).filings[0]!.cover!.targets[0], {
      statement: "segregation",
      choice: "dollar-range",
      values: [50000, 75000],
      sourceLine: 15,
    });
    assert.equal(parseFilings(sampleText).filings[0]!.cover, undefined);
  });

  it("recomputes every printed total, the greater-of and the target lines: nothing missing, no errors", () => {
    assert.deepEqual(
      findings.filter((f) => f.severity !== "warning"),
      [],
    );
    const secured = filing.statements.find((s) => s.version === "secured-amounts-later")!;
    const targets = statementRules(secured)!
      .rules.filter((r) => arithmetic.has(r.kind))
      .map(ruleTarget);
    for (const code of ["7345", "7354", "7355", "7360", "7380", "7785", "7770"])
      assert.ok(targets.includes(code), code);
    assert.equal(statementRules(secured)!.rules.find((r) => ruleTarget(r) === "7360")?.kind, "greater-of");
  });

  it("flags the one excess below its management target as a warning", () => {
    assert.deepEqual(
      findings.map((f) => [f.severity, f.rule, f.code]),
      [["warning", "SEG-7198-shortfall", "7198"]],
    );
    assert.match(findings[0]!.message, /shortfall of 20,000 against the management target/);
  });

  it("flags a broken greater-of line", () => {
    const broken = fixture("later/daily-seg-later.txt").replace(
      "<b><u>1,065,000</u></b> [7360]",
      "<b><u>1,000,000</u></b> [7360]",
    );
    const found = checkFiling(parseFilings(broken).filings[0]!).filter((f) => f.severity === "error");
    assert.deepEqual(
      found.map((f) => f.rule),
      ["SEC-7360", "SEC-7380"],
    );
    assert.match(found[0]!.message, /greater of line \[7305\] and line 6 \[7355\] is 1,065,000|greater of .*1,065,000/);
  });
});

describe("a statement whose codes the catalog does not know", () => {
  const { filings } = parseFilings(fixture("renumbered/daily-seg-renumbered.txt"));
  const statements = filings.flatMap((f) => f.statements);

  it("is read as unknown statements, each checked by rules from its own text", () => {
    assert.equal(statements.length, 3);
    assert.ok(statements.every((s) => s.kind === "unknown" && s.version === null));
    const targets = statements.map((s) =>
      statementRules(s)!
        .rules.filter((r) => arithmetic.has(r.kind))
        .map(ruleTarget)
        .sort(),
    );
    assert.deepEqual(targets, [
      ["6380", "6530", "6570", "6620", "6680", "6740", "6770"],
      ["6040", "6050", "6060", "6180", "6190"],
      ["9550", "9580", "9590", "9720", "9730"],
    ]);
  });

  it("flags the planted error, quoting the printed instruction", () => {
    const findings = filings.flatMap((f) => checkFiling(f));
    assert.deepEqual(
      findings.map((f) => [f.severity, f.code, f.difference]),
      [["error", "6180", -1000]],
    );
    assert.match(findings[0]!.message, /printed instruction on line 13: "add lines 7 through 12"/);
  });

  it("ties a total printed twice word for word (summary line 2 to funds line 8), as the catalog's SEC-7370 does", () => {
    const ties = statements.flatMap((s) => statementRules(s)!.rules.filter((r) => r.kind === "tie"));
    assert.deepEqual(
      ties.map((r) => r.kind === "tie" && [r.code, r.equals]),
      [["6370", "6770"]],
    );
    // Line 2 and line 3 (line 2 less line 1) moved together: only the tie can see it.
    const moved = fixture("renumbered/daily-seg-renumbered.txt")
      .replace("1,169,376,731</u></b> [6370]", "1,169,386,731</u></b> [6370]")
      .replace("173,248,096</u></b> [6380]", "173,258,096</u></b> [6380]");
    const findings = parseFilings(moved)
      .filings.flatMap((f) => checkFiling(f))
      .filter((f) => f.code !== "6180");
    assert.deepEqual(
      findings.map((f) => [f.severity, f.code, f.difference]),
      [["error", "6370", 10000]],
    );
    assert.match(
      findings[0]!.message,
      /line 8 \[6770\] Total funds in separate section 30\.7 accounts is 1,169,376,731.*label of line 2/,
    );
  });

  it("finds nothing when the renumbered figures tie", () => {
    const fixed = fixture("renumbered/daily-seg-renumbered.txt").replace("4,069,115,414", "4,069,114,414");
    assert.deepEqual(
      parseFilings(fixed).filings.flatMap((f) => checkFiling(f)),
      [],
    );
  });
});

describe("PDF-to-text input", () => {
  it("yields every coded figure of the sample (80), with its value", () => {
    const { filings } = parseFilings(fixture("pdf-text/daily-seg-pdf-text.txt"));
    const read = filings.flatMap((f) => f.statements.flatMap((s) => s.lines)).filter((l) => l.code !== null);
    const sample = parseFilings(sampleText)
      .filings.flatMap((f) => f.statements.flatMap((s) => s.lines))
      .filter((l) => l.code !== null);
    assert.equal(read.length, 80);
    assert.deepEqual(read.map((l) => [l.code, l.value]).sort(), sample.map((l) => [l.code, l.value]).sort());
  });
});

describe("workbook formulas for the later and derived rules", () => {
  const formulas = (path: string) => {
    const { filings } = parseFilings(fixture(path));
    const plan = layoutWorkbook({
      filings,
      findings: filings.map((f) => [...checkFiling(f)]),
      sourceName: path,
      tolerance: 0,
    });
    return plan.sheets.flatMap((s) =>
      s.rows.flatMap((r) => r.flatMap((c) => (c?.kind === "formula" ? [c.formula] : []))),
    );
  };

  it("writes MAX for the greater-of line of the later Secured Amounts", () => {
    assert.ok(formulas("later/daily-seg-later.txt").some((f) => /MAX\(SEC_7305,\s*SEC_7355\)/.test(f)));
  });

  it("writes a live formula for every total of a statement checked only by its printed instructions", () => {
    const all = formulas("renumbered/daily-seg-renumbered.txt");
    // 6180 = lines 7–12, 6190 = 6180 − 6060, 6770 = funds 1–7, 9720 = lines 7–12 of the swaps statement, 6370 = 6770.
    for (const formula of [
      "=UNK_6070+UNK_6080",
      "=UNK_6180-UNK_6060",
      "=UNK_6530+UNK_6570",
      "=UNK_9600+UNK_9610",
      "=UNK_6770",
    ])
      assert.ok(
        all.some((f) => f.startsWith(formula)),
        formula,
      );
  });
});

describe("choosing a version by the codes present", () => {
  const versionOf = (body: string) =>
    parseFilings(`**Daily Segregation - Secured Amounts**\n${body}`).filings[0]!.statements[0]!.version;

  it("7360 alone does not make a later Secured Amounts: it is in both versions", () => {
    assert.equal(versionOf("1.\tAmount to be set aside\t<b><u>5</u></b> [7360]"), "secured-amounts-2013");
    assert.equal(
      versionOf(
        "7.\tGreater of … or line 6\t<b><u>5</u></b> [7360]\n6.\tAmount (add lines 4 and 5)\t<b><u>5</u></b> [7355]",
      ),
      "secured-amounts-later",
    );
  });

  it("keeps the sample on its 2013 versions", () => {
    assert.deepEqual(
      parseFilings(sampleText).filings[0]!.statements.map((s) => s.version),
      ["secured-amounts-2013", "segregation-2013", "cleared-swaps-2013"],
    );
  });
});
