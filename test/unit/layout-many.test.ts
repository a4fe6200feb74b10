import assert from "node:assert/strict";
import {
  checkFiling,
  layoutWorkbook,
  parseInput,
  type Filing,
  type SheetPlan,
  type WorkbookPlan,
} from "../../src/core";
import { writeXlsx } from "../../src/xlsx";
import { AMENDED_DAY, generatedMonth, MONTH_DAYS, PLANTED_DAYS } from "../support/generated-month";
import { loadIntoHyperFormula, readXlsx, type Engine } from "../support/xlsx-hyperformula";

function planOf(texts: readonly string[]): { plan: WorkbookPlan; filings: readonly Filing[] } {
  const { filings } = parseInput(texts.join("\n\n"));
  const plan = layoutWorkbook({
    filings,
    findings: filings.map((f) => checkFiling(f)),
    sourceName: "march.txt",
    tolerance: 0,
  });
  return { plan, filings };
}

const sheet = (plan: WorkbookPlan, name: string): SheetPlan => {
  const found = plan.sheets.find((s) => s.name === name);
  assert.ok(found, `no sheet ${name}`);
  return found;
};

describe("layout of many filings: Index, Trend and Changes", () => {
  const { texts, amended } = generatedMonth();
  const { plan, filings } = planOf([...texts, amended]);
  let engine: Engine;
  before(async function () {
    this.timeout(60_000);
    engine = loadIntoHyperFormula(await readXlsx(await writeXlsx(plan)));
  });

  it("reads 32 filings and puts Summary, Index, Trend and Changes before the statement sheets", () => {
    assert.equal(filings.length, MONTH_DAYS + 1);
    assert.deepEqual(
      plan.sheets.slice(0, 4).map((s) => s.name),
      ["Summary", "Index", "Trend", "Changes"],
    );
    assert.equal(plan.sheets.length, 4 + (MONTH_DAYS + 1) * 3);
    assert.equal(new Set(plan.sheets.map((s) => s.name.toLowerCase())).size, plan.sheets.length, "names unique");
  });

  it("indexes every filing with live counts that evaluate to its errors, and a link to its first sheet", () => {
    const index = sheet(plan, "Index");
    assert.equal(index.rows.length, 2 + MONTH_DAYS + 1);
    for (let i = 0; i < filings.length; i++) {
      const row = 3 + i;
      const errors = engine.value("Index", `G${row}`);
      assert.equal(errors, PLANTED_DAYS.includes(i) ? 1 : 0, `filing ${i + 1}`);
      const link = index.rows[row - 1]![8];
      assert.equal(link?.kind, "link");
    }
    assert.equal(engine.value("Index", `F${3 + MONTH_DAYS}`), "Amendment");
  });

  it("follows an edit: fixing a planted figure on its statement sheet clears the Index count", () => {
    const day = PLANTED_DAYS[0]!;
    const name = `SEG_7010_${day + 1}`;
    const target = engine.nameTarget(name);
    const value = engine.value(target.sheet, target.address) as number;
    engine.set(target.sheet, target.address, value - 250);
    assert.equal(engine.value("Index", `G${3 + day}`), 0);
    engine.set(target.sheet, target.address, value);
  });

  it("gives one Trend row per end date, the amendment standing for its day, by formula", () => {
    const trend = sheet(plan, "Trend");
    assert.equal(trend.rows.length, 2 + MONTH_DAYS);
    const headers = trend.rows[1]!.map((c) => (c?.kind === "text" ? c.text : null));
    const excess = headers.indexOf("Segregation excess");
    assert.ok(excess > 0);
    const column = String.fromCharCode(65 + excess);
    filings.slice(0, MONTH_DAYS).forEach((f, i) => {
      const expected = (i === AMENDED_DAY ? filings[MONTH_DAYS]! : f).statements[1]!.lines.find(
        (l) => l.code === "7190",
      )!.value;
      assert.equal(engine.value("Trend", `${column}${3 + i}`), expected, `day ${i + 1}`);
      const cell = trend.rows[2 + i]![excess];
      assert.equal(cell?.kind, "formula", "a reference, not a copied value");
    });
  });

  it("lists on Changes exactly the codes the amendment changed, with their differences by formula", () => {
    const changes = sheet(plan, "Changes");
    const codes = changes.rows.slice(2).map((r) => (r[3]?.kind === "number" ? String(r[3].value) : null));
    assert.deepEqual(codes, ["7070", "7180", "7190"]);
    for (let row = 3; row <= 5; row++) assert.equal(engine.value("Changes", `H${row}`), 1000);
  });

  it("gives a single filing none of these sheets", () => {
    const single = planOf([texts[0]!]).plan;
    assert.deepEqual(
      single.sheets.map((s) => s.name),
      ["Summary", "Secured Amounts", "Segregation", "Sequestration"],
    );
  });
});

describe("layout of many filings: the Trend's chart", () => {
  it("asks for a line chart of each statement's excess by end date, beside the data", () => {
    const { texts } = generatedMonth();
    const trend = sheet(planOf(texts.slice(0, 5)).plan, "Trend");
    assert.deepEqual(trend.charts, [
      {
        title: "Excess by end date",
        categories: "A3:A7",
        series: [
          { name: "Segregation excess", values: "D3:D7" },
          { name: "Secured excess", values: "G3:G7" },
          { name: "Cleared swaps excess", values: "J3:J7" },
        ],
        anchor: "L2",
      },
    ]);
  });
});
