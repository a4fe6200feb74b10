import assert from "node:assert/strict";
import type { WorkbookPlan } from "../../src/core/plan";
import { importPlan, type ImportOptions, type ImportResult } from "../../src/excel";
import { columnWidthPoints } from "../../src/excel/column-widths";
import { flaggedSampleFiling, planOf, samplePlan, tenfoldPlan } from "../support/excel-plans";
import { MockWorkbook } from "../support/office-mock-workbook";
import { HOSTILE_TEXTS, tinyPlan } from "../support/tiny-plan";

/** A host supporting ExcelApi 1.1 … `max`. */
const upTo = (max: string) => (v: string) => Number(v.split(".")[1]) <= Number(max.split(".")[1]);
const options = (over: Partial<ImportOptions> = {}): ImportOptions => ({
  key: "k1",
  label: "Sample, 2013-06-18",
  supports: upTo("1.18"),
  nonce: "n1",
  ...over,
});

async function run(wb: MockWorkbook, plan: WorkbookPlan, over: Partial<ImportOptions> = {}): Promise<ImportResult> {
  return importPlan(wb.context(), plan, options(over));
}

describe("Office.js writer: importing the sample's plan (office-addin-mock)", () => {
  let plan: WorkbookPlan;
  let wb: MockWorkbook;
  let result: ImportResult;
  before(async () => {
    plan = samplePlan();
    wb = new MockWorkbook(["Sheet1"]);
    result = await run(wb, plan);
  });

  it("adds the Summary and one sheet per statement after the user's sheet, in two round trips", () => {
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.deepEqual(
      wb.live().map((s) => s.name),
      ["Sheet1", "Summary", "Secured Amounts", "Segregation", "Sequestration"],
    );
    assert.equal(wb.syncs, 2);
    assert.equal(result.syncs, 2);
    assert.equal(wb.sheet("Summary")!.activated, 1);
  });

  it("writes each sheet as one formulas block and one number-format block covering the whole grid", () => {
    for (const sheet of plan.sheets) {
      const formulas = wb.assigned(sheet.name, "formulas");
      const formats = wb.assigned(sheet.name, "numberFormat");
      const width = String.fromCharCode(64 + sheet.rows[0]!.length);
      assert.deepEqual(
        formulas.map(([a]) => a),
        [`A1:${width}${sheet.rows.length}`],
        sheet.name,
      );
      assert.deepEqual(
        formats.map(([a]) => a),
        [`A1:${width}${sheet.rows.length}`],
        sheet.name,
      );
      assert.equal(formulas[0]![1].length, sheet.rows.length);
    }
  });

  it("puts the reported figures, the live formulas, the codes and the labels where the plan says", () => {
    assert.equal(wb.cell("Secured Amounts", "D5"), 996128635);
    assert.equal(wb.cell("Secured Amounts", "C5"), 7360, "a code of digits is a number, shown as printed");
    assert.equal(wb.cell("Secured Amounts", "E6"), "=SEC_7770");
    assert.equal(wb.cell("Secured Amounts", "F7"), "=ROUND(D7-E7,2)");
    assert.equal(wb.cell("Secured Amounts", "D5", "numberFormat"), plan.styles.money.numberFormat);
    assert.equal(wb.cell("Secured Amounts", "B5"), "Amount to be set aside in separate section 30.7 accounts");
    assert.equal(wb.cell("Summary", "B3"), 0, "the Tolerance input");
    assert.equal(wb.cell("Summary", "B8"), "'2013-06-18", "a date stays the text the filing printed");
    assert.match(String(wb.cell("Summary", "B15")), /^=COUNTIF\('Secured Amounts'!\$G\$4:\$G\$40,"Does not tie"\)$/);
    assert.equal(wb.cell("Summary", "A4"), "", "an empty plan cell is written empty");
  });

  it("defines every name of the plan as a range name on its sheet", () => {
    assert.equal(wb.names.length, plan.names.length);
    const formula = (name: string) => wb.formulaOf(wb.names.find((n) => n.name === name)!);
    assert.equal(formula("Tolerance"), "=Summary!$B$3");
    assert.equal(formula("SEC_7360"), "='Secured Amounts'!$D$5");
    assert.equal(formula("SWP_8730").startsWith("=Sequestration!$D$"), true);
    assert.equal(
      wb.names.find((n) => n.name === "Tolerance")!.comment,
      "Dollars a figure may differ from its arithmetic before it is flagged",
    );
  });

  it("sets column widths, frozen header rows, conditional formats and hyperlinks", () => {
    const widths = wb
      .assigned("Secured Amounts", "format")
      .map(([a, f]) => [a, f.columnWidth])
      .filter(([, w]) => w !== undefined);
    assert.deepEqual(widths[0], ["A:A", columnWidthPoints(7)]);
    assert.equal(wb.sheet("Secured Amounts")!.frozenRows, 3);
    const cfs = wb
      .sheet("Secured Amounts")!
      .ranges.flatMap((r) => r.obj._conditionalFormats.map((cf: any) => [r.address, cf]));
    assert.equal(cfs.length, plan.sheets[1]!.conditionalFormats.length);
    const [address, first] = cfs[0]!;
    assert.equal(address, "D4:D40");
    assert.equal(first._type, "Custom");
    assert.equal(first.custom.rule.formula, plan.sheets[1]!.conditionalFormats[0]!.formula);
    assert.equal(first.custom.format.fill.color, plan.flagStyles.error.fill);
    assert.deepEqual(
      cfs.map(([, cf]) => cf.priority),
      [0, 1, 2, 3, 4],
    );
    const links = wb.assigned("Summary", "hyperlink");
    assert.deepEqual(links[0], [
      "A15",
      { documentReference: "'Secured Amounts'!A1", textToDisplay: "Secured Amounts" },
    ]);
  });

  it("formats by blocks of one style, not cell by cell", () => {
    const styled = wb
      .sheet("Secured Amounts")!
      .ranges.filter((r) => r.obj.format.font.bold !== undefined || r.obj.format.fill.color !== undefined);
    const cells = plan.sheets[1]!.rows.flat().filter((c) => c?.style).length;
    assert.ok(styled.length < cells / 3, `${styled.length} format blocks for ${cells} styled cells`);
    const heading = wb.sheet("Secured Amounts")!.ranges.find((r) => r.address === "A3:H3")!;
    assert.equal(heading.obj.format.fill.color, plan.styles.heading.fill);
    assert.equal(heading.obj.format.font.bold, true);
  });
});

describe("Office.js writer: few round trips", () => {
  // What each request weighs is measured with Office.js's own serializer (excel-request-size.test.ts).
  it("syncs twice for the sample, for the flagged sample and for ten filings of it", async () => {
    const plans = { sample: samplePlan(), flagged: planOf([flaggedSampleFiling()]), tenfold: tenfoldPlan() };
    const cells = (p: WorkbookPlan) => p.sheets.reduce((n, s) => n + s.rows.length * (s.rows[0]?.length ?? 0), 0);
    assert.ok(cells(plans.tenfold) >= 9 * cells(plans.sample), "the tenfold plan is ten times the sample");
    for (const [label, plan] of Object.entries(plans)) {
      const wb = new MockWorkbook();
      const result = await run(wb, plan);
      assert.equal(result.ok, true, label);
      assert.equal(wb.syncs, 2, label);
    }
  });
});

describe("Office.js writer: text lands as text", () => {
  it("quote-prefixes and Text-formats every text Excel could read as a formula, number, date or boolean", async () => {
    const wb = new MockWorkbook();
    assert.equal((await run(wb, tinyPlan())).ok, true);
    HOSTILE_TEXTS.forEach((t, i) => {
      assert.equal(wb.cell("Tiny Sheet", `A${i + 4}`), `'${t}`, JSON.stringify(t));
      assert.equal(wb.cell("Tiny Sheet", `A${i + 4}`, "numberFormat"), "@");
    });
    assert.equal(wb.cell("Tiny Sheet", "A1"), "Code", "ordinary text is written as it is");
    assert.equal(wb.cell("Tiny Sheet", "C2"), "=TINY_7500*1", "formulas stay formulas");
    assert.equal(wb.cell("Tiny Sheet", "C2", "numberFormat"), tinyPlan().styles.money.numberFormat);
  });
});

describe("Office.js writer: notes on older Excel", () => {
  let plan: WorkbookPlan;
  let notes = 0;
  const imported = async (supported: string) => {
    const wb = new MockWorkbook();
    const result = await run(wb, plan, { supports: upTo(supported) });
    assert.equal(result.ok, true);
    return { wb, result: result as Extract<ImportResult, { ok: true }> };
  };
  before(() => {
    plan = planOf([flaggedSampleFiling()]);
    notes = plan.sheets.reduce((n, s) => n + s.notes.length, 0);
    assert.ok(notes > 0, "the flagged sample has notes");
  });

  it("writes notes with ExcelApi 1.18", async () => {
    const { wb, result } = await imported("1.18");
    assert.equal(wb.sheet("Secured Amounts")!.notes.length, notes);
    assert.deepEqual(result.degraded, []);
  });

  it("writes comments instead with ExcelApi 1.10–1.17, and says so", async () => {
    const { wb, result } = await imported("1.12");
    assert.equal(wb.sheet("Secured Amounts")!.notes.length, 0);
    assert.equal(wb.sheet("Secured Amounts")!.comments.length, notes);
    assert.match(result.degraded[0]!.message, /written as comments: notes need ExcelApi 1\.18/);
  });

  it("writes comments when the host reports notes but the Office.js in the pane has none, and says which lacks them", async () => {
    const wb = new MockWorkbook();
    wb.missing.add("notes");
    const result = await run(wb, plan, { supports: upTo("1.18") });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.equal(wb.sheet("Secured Amounts")!.comments.length, notes);
    assert.match(
      result.ok ? result.degraded[0]!.message : "",
      /written as comments: the Office\.js this pane loaded has no cell notes/,
    );
    const bare = new MockWorkbook();
    bare.missing = new Set(["notes", "comments"]);
    const none = await run(bare, plan, { supports: upTo("1.18") });
    assert.equal(none.ok, true, JSON.stringify(none));
    assert.match(none.ok ? none.degraded[0]!.message : "", /not written: the Office\.js this pane loaded has neither/);
  });

  it("skips them below 1.10, and says what still shows the flags", async () => {
    const { wb, result } = await imported("1.9");
    assert.equal(wb.sheet("Secured Amounts")!.comments.length + wb.sheet("Secured Amounts")!.notes.length, 0);
    assert.equal(result.degraded[0]!.count, notes);
    assert.match(result.degraded[0]!.message, /not written.*Check column/);
    assert.equal(wb.syncs, 2);
  });

  it("refuses, without a round trip, an Excel below the required ExcelApi 1.7", async () => {
    const wb = new MockWorkbook();
    const result = await run(wb, plan, { supports: upTo("1.6") });
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.reason, "unsupported");
    assert.equal(
      !result.ok && result.message,
      "This Excel lacks ExcelApi 1.7, which the import needs; " +
        "Tieout supports Microsoft 365, Excel 2021 or later on Windows or Mac, and Excel on the web.",
    );
    assert.equal(wb.syncs, 0);
  });
});
