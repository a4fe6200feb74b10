import assert from "node:assert/strict";
import type { Workbook } from "exceljs";
import { checkFiling } from "../../src/core/checks";
import { layoutWorkbook } from "../../src/core/layout";
import type { WorkbookPlan } from "../../src/core/plan";
import { writeXlsx } from "../../src/xlsx";
import { withFigure } from "../support/citigroup-sample-filing";
import { parsedSampleFiling } from "../support/parsed-sample";
import { readXlsx } from "../support/xlsx-hyperformula";

/** What the file says besides values: re-read, since ExcelJS has public bugs here (names, formats). */
describe("xlsx writer: names, formats, notes and links survive a re-read", () => {
  const filing = withFigure(parsedSampleFiling(), "7740", { value: 607099812 });
  const findings = checkFiling(filing);
  let plan: WorkbookPlan;
  let workbook: Workbook;
  before(async () => {
    plan = layoutWorkbook({ filings: [filing], findings: [findings], sourceName: "sample.txt", tolerance: 0 });
    workbook = await readXlsx(await writeXlsx(plan));
  });

  it("defines every name of the plan at its cell, quoted where the sheet name needs it", () => {
    const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
    const read = new Map(model.map((n) => [n.name, n.ranges]));
    assert.equal(read.size, plan.names.length);
    for (const n of plan.names) {
      const quoted = /^[A-Za-z0-9]+$/.test(n.sheet) ? n.sheet : `'${n.sheet}'`;
      assert.deepEqual(read.get(n.name), [`${quoted}!${n.address}`], n.name);
    }
  });

  it("writes the conditional formats of each statement sheet as expression rules against Tolerance", () => {
    const ws = workbook.getWorksheet("Secured Amounts")!;
    const read = (
      ws as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: { type: string; formulae: string[]; style: { fill?: { bgColor?: { argb: string } } } }[];
        }[];
      }
    ).conditionalFormattings;
    const planned = plan.sheets[1]!.conditionalFormats;
    assert.deepEqual(
      read.map((cf) => [cf.ref, cf.rules[0]!.type, cf.rules[0]!.formulae[0]]),
      planned.map((cf) => [cf.range, "expression", cf.formula.slice(1)]),
    );
    assert.match(planned[0]!.formula, /ABS\(\$F4\)>Tolerance/);
    assert.equal(read[0]!.rules[0]!.style.fill?.bgColor?.argb, "FFFFC7CE", "a dxf fill colour is bgColor");
  });

  it("notes each finding on its flagged cell", () => {
    const ws = workbook.getWorksheet("Secured Amounts")!;
    assert.ok(findings.length >= 2, "7740 and its parent total 7770");
    for (const note of plan.sheets[1]!.notes) {
      const read = ws.getCell(note.address).note as string | { texts: { text: string }[] };
      assert.equal(typeof read === "string" ? read : read.texts.map((t) => t.text).join(""), note.text);
    }
    assert.equal(plan.sheets[1]!.notes.length, findings.length);
  });

  it("links each finding on the Summary to its cell with a HYPERLINK formula", () => {
    const summary = workbook.getWorksheet("Summary")!;
    const links = plan.sheets[0]!.rows.flatMap((r, i) =>
      r.flatMap((c, j) => (c?.kind === "link" && c.address !== "A1" ? [{ c, at: `${"ABCDEF"[j]}${i + 1}` }] : [])),
    );
    assert.equal(links.length, findings.length);
    for (const { c, at } of links) {
      const cell = summary.getCell(at);
      assert.equal(cell.formula, `HYPERLINK("#'${c.sheet}'!${c.address}","${c.text}")`);
      assert.equal(cell.result, c.text);
    }
  });

  it("freezes the header rows, sets column widths, number formats and styles", () => {
    const ws = workbook.getWorksheet("Segregation")!;
    assert.deepEqual(
      ws.views.map((v) => [v.state, (v as { ySplit?: number }).ySplit]),
      [["frozen", 3]],
    );
    assert.deepEqual(
      plan.sheets[2]!.columnWidths.map((_, i) => ws.getColumn(i + 1).width ?? 9),
      plan.sheets[2]!.columnWidths,
    );
    const total = ws.getCell("D12");
    assert.equal(total.numFmt, plan.styles["money-total"].numberFormat);
    assert.equal(total.font?.bold, true);
    assert.equal(workbook.getWorksheet("Summary")!.getCell("B3").fill?.type, "pattern");
  });
});
