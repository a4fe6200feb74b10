import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkFiling } from "../../src/core/checks";
import { layoutWorkbook } from "../../src/core/layout";
import type { Filing } from "../../src/core/model";
import { parseFilings } from "../../src/core/parse";
import type { PlanCell, WorkbookPlan } from "../../src/core/plan";
import { sheetGrid } from "../../src/excel/sheet-grid";
import { writeXlsx } from "../../src/xlsx";
import { parsedSampleFiling } from "../support/parsed-sample";
import { root, runCli } from "../support/run-cli";
import { readXlsx } from "../support/xlsx-hyperformula";

const LATER = path.join("test", "fixtures", "later", "daily-seg-later.txt");
const laterText = readFileSync(path.join(root, LATER), "utf8");
const filingOf = (text: string): Filing => parseFilings(text).filings[0]!;
const layout = (filing: Filing): WorkbookPlan =>
  layoutWorkbook({ filings: [filing], findings: [checkFiling(filing)], sourceName: "later.txt", tolerance: 0 });

/** The Summary's row whose first cell is `label`, as [text or value, style] pairs of its filled cells. */
function summaryRow(plan: WorkbookPlan, label: string): (readonly [string | number, string | undefined])[] {
  const rows = plan.sheets[0]!.rows;
  const found = rows.find((r) => r[0]?.kind === "text" && r[0].text === label);
  assert.ok(found, `no Summary row '${label}'`);
  return found
    .filter((c): c is Exclude<PlanCell, null> => c !== null)
    .map((c) => [c.kind === "number" ? c.value : c.kind === "formula" ? c.formula : c.text, c.style] as const);
}

/** The Secured Amounts target of the later fixture changed from a $150,000 minimum to a 1.5%–3% range. */
const rangedText = laterText
  .replace(
    /(Secured Amount Funds Residual Interest Target \(choose one\):\na\. Minimum dollar amount: ; or\t)150,000/,
    "$10",
  )
  .replace(
    "customer secured funds required between:% and %.\t0\t0",
    "customer secured funds required between:% and %.\t1.5\t3",
  );

describe("layout: the Cover Page on the Summary", () => {
  const plan = layout(filingOf(laterText));

  it("shows the cover's firm and contact as text cells, as read", () => {
    assert.deepEqual(summaryRow(plan, "Name of company"), [
      ["Name of company", "field"],
      ["Example Futures LLC", "field"],
    ]);
    assert.deepEqual(summaryRow(plan, "Contact")[1], ["Jane Accountant", "field"]);
    assert.deepEqual(summaryRow(plan, "Contact phone")[1], ["212-555-0100", "field"]);
    assert.deepEqual(summaryRow(plan, "Contact email")[1], ["jane.accountant@example.com", "field"]);
  });

  it("shows each statement's residual-interest target as a number in the money style", () => {
    assert.deepEqual(summaryRow(plan, "Segregation"), [
      ["Segregation", "field"],
      ["Minimum dollar amount", "field"],
      [60000, "money"],
    ]);
    assert.deepEqual(summaryRow(plan, "Secured Amounts"), [
      ["Secured Amounts", "field"],
      ["Minimum dollar amount", "field"],
      [150000, "money"],
    ]);
    assert.deepEqual(summaryRow(plan, "Cleared Swaps"), [
      ["Cleared Swaps", "field"],
      ["Minimum dollar amount", "field"],
      [40000, "money"],
    ]);
  });

  it("shows a percentage range as two fractions in the percent style, shown to the thousandth", () => {
    const ranged = layout(filingOf(rangedText));
    assert.deepEqual(ranged.sheets[0]!.rows.length, plan.sheets[0]!.rows.length);
    assert.deepEqual(summaryRow(ranged, "Secured Amounts"), [
      ["Secured Amounts", "field"],
      ["Percentage range", "field"],
      [0.015, "percent"],
      [0.03, "percent"],
    ]);
    assert.equal(ranged.styles.percent?.numberFormat, "0.0##%");
  });

  it("keeps text from the cover as text, even when it reads like a formula", () => {
    const hostile = layout(
      filingOf(laterText.replace("Contact Name: Jane Accountant", 'Contact Name: =HYPERLINK("http://x","y")')),
    );
    assert.deepEqual(summaryRow(hostile, "Contact")[1], ['=HYPERLINK("http://x","y")', "field"]);
    const cell = hostile.sheets[0]!.rows.find((r) => r[0]?.kind === "text" && r[0].text === "Contact")![1]!;
    assert.equal(cell.kind, "text");
  });

  it("leaves a filing without a cover with no cover rows", () => {
    const sample = layout(parsedSampleFiling());
    assert.ok(!sample.sheets[0]!.rows.some((r) => r[0]?.kind === "text" && r[0].text === "Cover Page"));
  });

  it("gives every style a cell uses a look in the plan, with or without a cover", () => {
    for (const p of [plan, layout(filingOf(rangedText)), layout(parsedSampleFiling())])
      for (const cell of p.sheets.flatMap((s) => s.rows.flat()))
        if (cell?.style) assert.ok(p.styles[cell.style], cell.style);
  });

  it("lands in the .xlsx: text as strings, targets as numbers with their formats", async () => {
    const workbook = await readXlsx(await writeXlsx(layout(filingOf(rangedText))));
    const sheet = workbook.getWorksheet("Summary")!;
    const byLabel = new Map<string, (string | number | null)[]>();
    sheet.eachRow((r) => {
      const values = (r.values as unknown[])
        .slice(1)
        .map((v) => (typeof v === "string" || typeof v === "number" ? v : null));
      if (typeof values[0] === "string") byLabel.set(values[0], values);
    });
    assert.equal(byLabel.get("Name of company")?.[1], "Example Futures LLC");
    assert.equal(byLabel.get("Contact")?.[1], "Jane Accountant");
    assert.equal(byLabel.get("Contact phone")?.[1], "212-555-0100");
    assert.equal(byLabel.get("Contact email")?.[1], "jane.accountant@example.com");
    assert.deepEqual(byLabel.get("Segregation")?.slice(0, 3), ["Segregation", "Minimum dollar amount", 60000]);
    assert.deepEqual(byLabel.get("Secured Amounts")?.slice(0, 4), ["Secured Amounts", "Percentage range", 0.015, 0.03]);
    assert.deepEqual(byLabel.get("Cleared Swaps")?.slice(0, 3), ["Cleared Swaps", "Minimum dollar amount", 40000]);
    const cellOf = (label: string, column: number) => {
      let found: ReturnType<typeof sheet.getCell> | undefined;
      sheet.eachRow((r) => {
        if (r.getCell(1).value === label) found = r.getCell(column);
      });
      return found!;
    };
    assert.equal(cellOf("Segregation", 3).numFmt, layout(filingOf(laterText)).styles.money.numberFormat);
    assert.equal(cellOf("Secured Amounts", 3).numFmt, "0.0##%");
    assert.equal(cellOf("Secured Amounts", 4).numFmt, "0.0##%");
  });
});

describe("Office.js writer: the Cover Page's cells", () => {
  it("sends the cover's text with the Text format and the targets with their number formats", () => {
    const plan = layout(filingOf(rangedText));
    const grid = sheetGrid(plan.sheets[0]!, plan.styles);
    const at = (label: string) => plan.sheets[0]!.rows.findIndex((r) => r[0]?.kind === "text" && r[0].text === label);
    assert.deepEqual(grid.numberFormats[at("Contact")]!.slice(0, 2), ["@", "@"]);
    assert.deepEqual(grid.formulas[at("Secured Amounts")]!.slice(2, 4), [0.015, 0.03]);
    assert.deepEqual(grid.numberFormats[at("Secured Amounts")]!.slice(2, 4), ["0.0##%", "0.0##%"]);
    assert.equal(grid.numberFormats[at("Segregation")]![2], plan.styles.money.numberFormat);
  });
});

describe("cli: the cover's targets in the text report", () => {
  it("prints one line of targets after the dates, and none for a filing without a cover", () => {
    const r = runCli(["check", LATER]);
    const lines = r.stdout.split("\n");
    assert.match(lines[1]!, /end date 2015-09-18/);
    assert.equal(
      lines[2],
      "  Targets (Cover Page): Segregation minimum $60,000 · Secured Amounts minimum $150,000 · Cleared Swaps minimum $40,000",
    );
    const sample = runCli([
      "check",
      path.join("test", "fixtures", "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"),
    ]);
    assert.doesNotMatch(sample.stdout, /Targets/);
  });

  it("prints a percentage range as such, and leaves --json without the cover", () => {
    const r = runCli(["check", "-"], { input: rangedText });
    assert.match(
      r.stdout,
      /^ {2}Targets \(Cover Page\): Segregation minimum \$60,000 · Secured Amounts 1\.5% to 3% · Cleared Swaps minimum \$40,000$/m,
    );
    const json = JSON.parse(runCli(["check", LATER, "--json"]).stdout);
    assert.equal("cover" in json.filings[0], false);
  });
});
