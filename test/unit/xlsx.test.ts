import assert from "node:assert/strict";
import type { Workbook } from "exceljs";
import { checkFiling } from "../../src/core/checks";
import { layoutWorkbook } from "../../src/core/layout";
import type { Filing } from "../../src/core/model";
import type { PlanCell, WorkbookPlan } from "../../src/core/plan";
import { writeXlsx } from "../../src/xlsx";
import { withFigure } from "../support/citigroup-sample-filing";
import { parsedSampleFiling } from "../support/parsed-sample";
import { loadIntoHyperFormula, readXlsx, type Engine } from "../support/xlsx-hyperformula";

const layout = (filing: Filing): WorkbookPlan =>
  layoutWorkbook({ filings: [filing], findings: [checkFiling(filing)], sourceName: "sample.txt", tolerance: 0 });

/** Every cell of the plan that satisfies `test`, with its sheet and A1 address. */
function cells(plan: WorkbookPlan, test: (cell: Exclude<PlanCell, null>, column: number) => boolean) {
  return plan.sheets.flatMap((sheet) =>
    sheet.rows.flatMap((row, r) =>
      row.flatMap((cell, c) =>
        cell !== null && test(cell, c)
          ? [{ sheet: sheet.name, address: `${String.fromCharCode(65 + c)}${r + 1}`, cell }]
          : [],
      ),
    ),
  );
}

/** The Summary's live count of "Does not tie" for a sheet, and the total. */
function countCells(plan: WorkbookPlan, sheet: string): { sheetCount: string; total: string; warningTotal: string } {
  const rows = plan.sheets[0]!.rows;
  const r = rows.findIndex((row) => row[0]?.kind === "link" && row[0].text === sheet) + 1;
  const t = rows.findIndex((row) => row[0]?.kind === "text" && row[0].text === "All sheets") + 1;
  return { sheetCount: `B${r}`, total: `B${t}`, warningTotal: `C${t}` };
}

describe("xlsx writer on the sample text, as parsed", () => {
  const sample = parsedSampleFiling();
  let plan: WorkbookPlan;
  let workbook: Workbook;
  let engine: Engine;
  beforeEach(async () => {
    plan = layout(sample);
    workbook = await readXlsx(await writeXlsx(plan));
    engine = loadIntoHyperFormula(workbook);
  });

  it("re-reads with the plan's sheets in order", () => {
    const names: string[] = [];
    workbook.eachSheet((ws) => names.push(ws.name));
    assert.deepEqual(
      names,
      plan.sheets.map((s) => s.name),
    );
  });

  it("evaluates, in HyperFormula, every total to its reported figure: Difference 0 and every Check OK", () => {
    const statementChecks = cells(plan, (c, col) => c.kind === "formula" && col === 6).filter(
      (c) => c.sheet !== "Summary",
    );
    assert.equal(
      statementChecks.length,
      18,
      "one per printed total; the three excess lines also test for a deficiency",
    );
    for (const { sheet, address } of statementChecks)
      assert.equal(engine.value(sheet, address), "OK", `${sheet}!${address}`);
    for (const { sheet, address } of cells(plan, (c, col) => c.kind === "formula" && col === 5).filter(
      (c) => c.sheet !== "Summary",
    ))
      assert.equal(engine.value(sheet, address), 0, `${sheet}!${address}`);
    for (const { sheet, address } of cells(plan, (c, col) => c.kind === "formula" && col === 4).filter(
      (c) => c.sheet !== "Summary",
    )) {
      const reported = engine.value(sheet, address.replace(/^E/, "D"));
      assert.equal(engine.value(sheet, address), reported, `${sheet}!${address}`);
    }
  });

  it("caches, for every formula, the result a spreadsheet engine computes", () => {
    const formulas = cells(plan, (c) => c.kind === "formula" || c.kind === "link");
    assert.ok(formulas.length > 60);
    for (const { sheet, address, cell } of formulas) {
      const cached = cell.kind === "formula" ? cell.result : cell.kind === "link" ? cell.text : undefined;
      assert.equal(engine.value(sheet, address), cached, `${sheet}!${address}`);
      // `cell.result`, not `cell.value.result`: ExcelJS's value getter drops a falsy result (0, "").
      assert.equal(
        workbook.getWorksheet(sheet)!.getCell(address).result,
        cached,
        `cached result of ${sheet}!${address} in the file`,
      );
    }
  });

  it("keeps formulas live: one changed component flips exactly the Check of its total, and the Summary counts", () => {
    const target = engine.nameTarget("SEC_7700");
    engine.set(target.sheet, target.address, 557495322);
    const flagged = cells(plan, (c, col) => c.kind === "formula" && col === 6)
      .filter((c) => c.sheet !== "Summary")
      .filter(({ sheet, address }) => engine.value(sheet, address) !== "OK")
      .map(({ sheet, address }) => `${sheet}!${address}`);
    const t7740 = engine.nameTarget("SEC_7740");
    assert.deepEqual(flagged, [`Secured Amounts!G${t7740.address.slice(1)}`]);
    assert.equal(engine.value("Secured Amounts", `G${t7740.address.slice(1)}`), "Does not tie");
    assert.equal(engine.value("Secured Amounts", `F${t7740.address.slice(1)}`), -100);
    const counts = countCells(plan, "Secured Amounts");
    assert.equal(engine.value("Summary", counts.sheetCount), 1);
    assert.equal(engine.value("Summary", counts.total), 1);
    assert.equal(engine.value("Summary", countCells(plan, "Segregation").sheetCount), 0);
  });

  it("reads the Tolerance name: a difference within it is OK again", () => {
    engine.set(engine.nameTarget("SEC_7700").sheet, engine.nameTarget("SEC_7700").address, 557495322);
    const tolerance = engine.nameTarget("Tolerance");
    assert.deepEqual(tolerance, { sheet: "Summary", address: "B3" });
    engine.set(tolerance.sheet, tolerance.address, 100);
    assert.equal(engine.value("Summary", countCells(plan, "Secured Amounts").total), 0);
    engine.set(tolerance.sheet, tolerance.address, 99.99);
    assert.equal(engine.value("Summary", countCells(plan, "Secured Amounts").total), 1);
  });

  it("shows a deficiency as Deficiency and counts it as a warning, not an error", () => {
    const set = (name: string, value: number) =>
      engine.set(engine.nameTarget(name).sheet, engine.nameTarget(name).address, value);
    set("SEG_7060", 7700000000);
    set("SEG_7190", 7611448354 - 7700000000);
    set("SEG_7040", 7700000000 - 4759362);
    set("SEG_7033", -728918941 + (7700000000 - 4759362 - 7229357477));
    const row = engine.nameTarget("SEG_7190").address.slice(1);
    assert.equal(engine.value("Segregation", `G${row}`), "Deficiency");
    const counts = countCells(plan, "Segregation");
    assert.equal(engine.value("Summary", counts.total), 0);
    assert.equal(engine.value("Summary", counts.warningTotal), 1);
  });
});

describe("xlsx writer: text is data", () => {
  const tricky = [
    '=HYPERLINK("http://x","y")',
    "+1+1",
    "-2",
    "@SUM(A1)",
    "\t=1+1",
    "=1+1\r\n",
    "page\fbreak\u0001 _x0041_ _x005f_",
  ];
  it("writes labels that look like formulas as literal strings, in the plan and in the re-read file", async () => {
    let filing = parsedSampleFiling();
    const codes = ["7500", "7520", "7540", "7560", "7580", "7590", "7600"];
    tricky.forEach((label, i) => (filing = withFigure(filing, codes[i]!, { label })));
    const plan = layout(filing);
    const workbook = await readXlsx(await writeXlsx(plan));
    const engine = loadIntoHyperFormula(workbook);
    for (const [i, label] of tricky.entries()) {
      const at = engine.nameTarget(`SEC_${codes[i]}`);
      const address = `B${at.address.slice(1)}`;
      const planned = plan.sheets[1]!.rows[Number(at.address.slice(1)) - 1]![1];
      assert.deepEqual(planned, { kind: "text", text: label, style: "label" });
      const cell = workbook.getWorksheet("Secured Amounts")!.getCell(address);
      assert.equal(cell.type, 3 /* ValueType.String */, `${JSON.stringify(label)} is a string cell`);
      assert.equal(cell.value, label, "the text itself, a CR included");
      assert.equal(cell.formula, undefined);
    }
  });
});

describe("xlsx writer: several filings in one workbook", () => {
  it("keeps each filing's names apart, so each sheet's formulas read its own figures", async () => {
    const first = parsedSampleFiling();
    const second = { ...first, endDate: "2013-06-19" };
    const plan = layoutWorkbook({
      filings: [first, second],
      findings: [[], []],
      sourceName: "a.txt, b.txt",
      tolerance: 0,
    });
    const engine = loadIntoHyperFormula(await readXlsx(await writeXlsx(plan)));
    const statementSheets = new Set(plan.sheets.filter((s) => s.role === "statement").map((s) => s.name));
    const at = engine.nameTarget("SEC_7700_2");
    assert.equal(at.sheet, "Secured Amounts 2013-06-19");
    engine.set(at.sheet, at.address, 557495322);
    const flagged = cells(plan, (c, col) => c.kind === "formula" && col === 6)
      .filter((c) => statementSheets.has(c.sheet) && engine.value(c.sheet, c.address) !== "OK")
      .map((c) => c.sheet);
    assert.deepEqual(flagged, ["Secured Amounts 2013-06-19"]);
  });

  it("writes a Summary-only workbook when no filing was read", async () => {
    const plan = layoutWorkbook({ filings: [], findings: [], sourceName: "empty.txt", tolerance: 0 });
    const workbook = await readXlsx(await writeXlsx(plan));
    assert.equal(workbook.worksheets.length, 1);
    assert.equal(loadIntoHyperFormula(workbook).value("Summary", "B3"), 0);
  });
});
