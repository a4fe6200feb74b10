import assert from "node:assert/strict";
import { shown } from "../support/plan-cells";
import { catalog } from "../../src/core/forms";
import { layoutWorkbook } from "../../src/core/layout";
import type { Finding } from "../../src/core/model";
import type { PlanCell, SheetPlan, WorkbookPlan } from "../../src/core/plan";
import { citigroupSampleFiling, withFigure, withoutFigure } from "../support/citigroup-sample-filing";

const sample = citigroupSampleFiling();
const layout = (filing = sample, findings: readonly Finding[] = [], tolerance = 0): WorkbookPlan =>
  layoutWorkbook({ filings: [filing], findings: [findings], sourceName: "sample.txt", tolerance });

const sheet = (plan: WorkbookPlan, name: string): SheetPlan => plan.sheets.find((s) => s.name === name)!;
/** The row (1-based) and cells of the figure with `code` on a statement sheet. */
function figure(s: SheetPlan, code: string): { row: number; cells: readonly PlanCell[] } {
  const i = s.rows.findIndex((r) => shown(r[2]) === code);
  assert.ok(i >= 0, `no row for ${code}`);
  return { row: i + 1, cells: s.rows[i]! };
}
const formulaOf = (cell: PlanCell | undefined): string | undefined =>
  cell?.kind === "formula" ? cell.formula : undefined;

const finding7740: Finding = {
  severity: "error",
  rule: "SEC-7740",
  kind: "sum",
  code: "7740",
  statement: "secured-amounts",
  reported: 607099712,
  expected: 607099612,
  difference: 100,
  message: "Line 5 total [7740] is 607,099,712 but lines 5.A–5.E add to 607,099,612: a difference of 100",
  components: ["7700", "7710", "7720", "7730", "7735"],
  sourceLine: 44,
};

describe("layout of a workbook", () => {
  it("puts the Summary first, then one sheet per statement named for it", () => {
    assert.deepEqual(
      layout().sheets.map((s) => [s.name, s.role]),
      [
        ["Summary", "summary"],
        ["Secured Amounts", "statement"],
        ["Segregation", "statement"],
        ["Sequestration", "statement"],
      ],
    );
  });

  it("lays a statement out as Line | Description | Code | Reported | Calculated | Difference | Check, under a frozen header", () => {
    const s = sheet(layout(), "Segregation");
    assert.deepEqual(
      s.rows[2]!.map((c) => (c?.kind === "text" ? c.text : null)),
      ["Line", "Description", "Code", "Reported", "Calculated", "Difference", "Check", "Text line"],
    );
    assert.equal(s.frozenRows, 3);
    for (const row of s.rows) assert.equal(row.length, 8, "every row is as wide as the header");
    const { row, cells } = figure(s, "7010");
    assert.deepEqual(cells.slice(0, 4), [
      { kind: "text", text: "1.A", style: "code" },
      { kind: "text", text: "Cash", style: "label" },
      // A code of digits is a number cell: as text Excel would mark it "number stored as text".
      { kind: "number", value: 7010, style: "code" },
      { kind: "number", value: 5598505864, style: "money" },
    ]);
    assert.equal(cells[7]?.kind === "number" && cells[7].value, 64, "the figure's line in the text");
    // The printed line without a figure, and the section heading, are text rows.
    assert.deepEqual(s.rows[row - 2]![1], { kind: "text", text: "Net ledger balance", style: "label" });
    assert.deepEqual(s.rows[row - 3]![0], {
      kind: "text",
      text: "Segregation Requirements (Section 4d(2) of the CEAct)",
      style: "section",
    });
  });

  it("recomputes each total from the Reported cells of its direct components, as the form prints it", () => {
    const plan = layout();
    const sec = sheet(plan, "Secured Amounts");
    const t7740 = figure(sec, "7740");
    assert.equal(formulaOf(t7740.cells[4]), "=SEC_7700+SEC_7710+SEC_7720+SEC_7730+SEC_7735");
    assert.equal(formulaOf(t7740.cells[5]), `=ROUND(D${t7740.row}-E${t7740.row},2)`);
    assert.equal(formulaOf(t7740.cells[6]), `=IF(ABS(F${t7740.row})>Tolerance,"Does not tie","OK")`);
    assert.equal(
      formulaOf(figure(sec, "7370").cells[4]),
      "=SEC_7770",
      "a figure carried from another line is a formula too",
    );
    const t7380 = figure(sec, "7380");
    assert.equal(formulaOf(t7380.cells[4]), "=SEC_7370-SEC_7360");
    assert.equal(
      formulaOf(t7380.cells[6]),
      `=IF(ABS(F${t7380.row})>Tolerance,"Does not tie",IF(D${t7380.row}<0,"Deficiency","OK"))`,
    );
    assert.equal(formulaOf(figure(sheet(plan, "Segregation"), "7190").cells[4]), "=SEG_7180-SEG_7060");
    assert.equal(
      formulaOf(figure(sheet(plan, "Sequestration"), "8720").cells[4]),
      "=SWP_8600+SWP_8610+SWP_8620+SWP_8630+SWP_8640+SWP_8650+SWP_8660+SWP_8670+SWP_8680+SWP_8690+SWP_8700+SWP_8710+SWP_8715",
    );
    // An input figure has no Calculated, Difference or Check.
    assert.deepEqual(figure(sec, "7700").cells.slice(4, 7), [null, null, null]);
  });

  it("caches each formula's result on the data as read: every total ties", () => {
    const plan = layout();
    let totals = 0;
    for (const s of plan.sheets.filter((x) => x.role === "statement"))
      for (const row of s.rows) {
        const [reported, calculated, difference, check] = [row[3], row[4], row[5], row[6]];
        if (calculated?.kind !== "formula") continue;
        totals++;
        assert.equal(reported?.kind === "number" && reported.value, calculated.result);
        assert.equal(difference?.kind === "formula" && difference.result, 0);
        assert.equal(check?.kind === "formula" && check.result, "OK");
      }
    const sampleRules = catalog.filter((f) => f.version.endsWith("-2013")).flatMap((f) => f.rules);
    assert.equal(totals, sampleRules.filter((r) => r.kind !== "non-negative").length);
  });

  it("names every coded figure <PREFIX>_<code> at its Reported cell, and no uncoded one", () => {
    const plan = layout();
    const codes = sample.statements.flatMap((s) => s.lines).filter((l) => l.code).length;
    assert.equal(plan.names.length, codes + 1, "the coded figures and Tolerance");
    const n7740 = plan.names.find((n) => n.name === "SEC_7740")!;
    assert.deepEqual(
      [n7740.sheet, n7740.address],
      ["Secured Amounts", `$D$${figure(sheet(plan, "Secured Amounts"), "7740").row}`],
    );
    assert.deepEqual(plan.names[0], {
      name: "Tolerance",
      sheet: "Summary",
      address: "$B$3",
      comment: "Dollars a figure may differ from its arithmetic before it is flagged",
    });
    assert.deepEqual(sheet(plan, "Summary").rows[2]![1], { kind: "number", value: 0, style: "input" });
    const seq = sheet(plan, "Sequestration");
    const uncoded = seq.rows.filter((r) => r[0]?.kind === "text" && /^12\.[AB]$/.test(r[0].text));
    assert.equal(uncoded.length, 2);
    for (const r of uncoded) assert.deepEqual([r[2], r[3]], [null, { kind: "number", value: 0, style: "money" }]);
  });

  it("keeps text as data: a label that looks like a formula is a text cell", () => {
    const label = '=HYPERLINK("http://x","y")';
    const plan = layout(withFigure(sample, "7500", { label }));
    assert.deepEqual(figure(sheet(plan, "Secured Amounts"), "7500").cells[1], {
      kind: "text",
      text: label,
      style: "label",
    });
  });

  it("notes a finding on its flagged cell and lists it on the Summary with a link there", () => {
    const plan = layout(sample, [finding7740]);
    const sec = sheet(plan, "Secured Amounts");
    const { row } = figure(sec, "7740");
    assert.deepEqual(sec.notes, [{ address: `D${row}`, text: `${finding7740.message} (error, rule SEC-7740)` }]);
    const summary = sheet(plan, "Summary");
    const listed = summary.rows.find((r) => shown(r[2]) === "7740")!;
    assert.deepEqual(listed[0], { kind: "text", text: "Error", style: "field" });
    assert.deepEqual(listed[3], {
      kind: "link",
      text: `Secured Amounts!D${row}`,
      sheet: "Secured Amounts",
      address: `D${row}`,
      style: "link",
    });
    assert.deepEqual(listed[4], { kind: "text", text: finding7740.message, style: "label" });
  });

  it("counts flags on the Summary with live formulas over every Check column", () => {
    const summary = sheet(layout(withFigure(sample, "7700", { value: 557495322 })), "Summary");
    const counts = summary.rows.find((r) => r[0]?.kind === "link" && r[0].text === "Secured Amounts")!;
    assert.deepEqual(counts[1], {
      kind: "formula",
      formula: `=COUNTIF('Secured Amounts'!$G$4:$G$40,"Does not tie")`,
      result: 1,
      style: "integer",
    });
    const total = summary.rows.find((r) => r[0]?.kind === "text" && r[0].text === "All sheets")!;
    assert.equal(total[1]?.kind === "formula" && total[1].result, 1);
  });

  it("flags a deficiency in the Check column when the reported excess is below zero", () => {
    const plan = layout(withFigure(withFigure(sample, "7360", { value: 1200000000 }), "7380", { value: -30623269 }));
    const check = figure(sheet(plan, "Secured Amounts"), "7380").cells[6];
    assert.equal(check?.kind === "formula" && check.result, "Deficiency");
  });

  it("shows a figure the text never reached as a blank Reported cell whose Check says Missing", () => {
    const plan = layout(withoutFigure(sample, "7765"));
    const { row, cells } = figure(sheet(plan, "Secured Amounts"), "7765");
    assert.equal(cells[3], null);
    assert.deepEqual(cells[6], {
      kind: "formula",
      formula: `=IF(ISBLANK(D${row}),"Missing","OK")`,
      result: "Missing",
      style: "check",
    });
    assert.ok(
      plan.names.some((n) => n.name === "SEC_7765"),
      "formulas that read it still resolve",
    );
  });

  it("gives each filing in one workbook its own sheets and names", () => {
    const later = { ...sample, endDate: "2013-06-19" };
    const plan = layoutWorkbook({
      filings: [sample, later, later],
      findings: [[], [], []],
      sourceName: "a.txt, b.txt",
      tolerance: 0,
      sources: ["a.txt", "b.txt", "b.txt"],
    });
    const summary = plan.sheets[0]!.rows;
    assert.deepEqual(
      summary.flatMap((r) =>
        r[0]?.kind === "text" && r[0].text === "Source file" && r[1]?.kind === "text" ? [r[1].text] : [],
      ),
      ["a.txt", "b.txt", "b.txt"],
      "each filing's block names its file",
    );
    assert.deepEqual(plan.sheets.map((s) => s.name).slice(1), [
      "Index",
      "Trend",
      "Secured Amounts 2013-06-18",
      "Segregation 2013-06-18",
      "Sequestration 2013-06-18",
      "Secured Amounts 2013-06-19",
      "Segregation 2013-06-19",
      "Sequestration 2013-06-19",
      "Secured Amounts 2013-06-19 (2)",
      "Segregation 2013-06-19 (2)",
      "Sequestration 2013-06-19 (2)",
    ]);
    const names = plan.names.map((n) => n.name.toLowerCase());
    assert.equal(new Set(names).size, names.length);
    assert.equal(
      formulaOf(figure(sheet(plan, "Secured Amounts 2013-06-19"), "7740").cells[4]),
      "=SEC_7700_2+SEC_7710_2+SEC_7720_2+SEC_7730_2+SEC_7735_2",
    );
    assert.equal(
      formulaOf(figure(sheet(plan, "Secured Amounts 2013-06-19 (2)"), "7740").cells[4]),
      "=SEC_7700_3+SEC_7710_3+SEC_7720_3+SEC_7730_3+SEC_7735_3",
    );
  });

  it("lays out a statement the catalog does not know from its own lines, with names but no rules", () => {
    const unknown = {
      kind: "unknown" as const,
      title: "Daily Segregation - Cover Page",
      version: null,
      complete: true,
      missing: [],
      lines: [
        {
          line: "1",
          section: null,
          label: "Residual interest target",
          code: "7199",
          value: 5000000,
          sourceLine: 3,
          raw: "5,000,000",
        },
      ],
      notes: [],
      sourceLine: 1,
    };
    const plan = layout({ ...sample, statements: [unknown, ...sample.statements] });
    assert.equal(plan.sheets[1]!.name, "Cover Page");
    const { cells } = figure(plan.sheets[1]!, "7199");
    assert.deepEqual(cells[3], { kind: "number", value: 5000000, style: "money" });
    assert.deepEqual(cells.slice(4, 7), [null, null, null]);
    assert.ok(plan.names.some((n) => n.name === "UNK_7199" && n.sheet === "Cover Page"));
  });

  it("still gives a Summary, with its Tolerance, when no filing was read", () => {
    const plan = layoutWorkbook({
      filings: [],
      findings: [],
      sourceName: "empty.txt",
      tolerance: 5,
      diagnostics: [{ code: "no-filing", severity: "error", line: 0, text: "", message: "No filing found." }],
    });
    assert.deepEqual(
      plan.sheets.map((s) => s.name),
      ["Summary"],
    );
    assert.deepEqual(
      plan.names.map((n) => n.name),
      ["Tolerance"],
    );
    const texts = plan.sheets[0]!.rows.flat().flatMap((c) => (c?.kind === "text" ? [c.text] : []));
    assert.ok(texts.includes("No filing was read from the text."));
    assert.ok(texts.includes("No filing found."), "diagnostics are listed");
  });

  it("cuts a text longer than a cell can hold (32,767 characters), saying so", () => {
    const line = "x".repeat(40000);
    const plan = layoutWorkbook({
      filings: [],
      findings: [],
      sourceName: "one-line.htm",
      tolerance: 0,
      diagnostics: [{ code: "no-filing", severity: "error", line: 1, text: line, message: "No filing found." }],
    });
    const texts = plan.sheets[0]!.rows.flat().flatMap((c) =>
      c?.kind === "text" && c.text.startsWith("xxx") ? [c.text] : [],
    );
    assert.equal(texts.length, 1);
    assert.equal(texts[0]!.length, 32767);
    assert.ok(texts[0]!.endsWith("x…"));
  });

  it("is pure: the same input gives the same plan, and the plan is plain JSON", () => {
    const plan = layout(sample, [finding7740]);
    assert.deepEqual(layout(sample, [finding7740]), plan);
    assert.deepEqual(JSON.parse(JSON.stringify(plan)), plan);
  });
});
