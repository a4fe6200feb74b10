import assert from "node:assert/strict";
import type { Workbook } from "exceljs";
import { checkFiling, layoutWorkbook, type WorkbookPlan } from "../../src/core";
import { writeXlsx } from "../../src/xlsx";
import { parsedSampleFiling } from "../support/parsed-sample";
import { readXlsx } from "../support/xlsx-hyperformula";

/** The workbook as an auditor prints it into a working paper, read back from the file written. */
describe("xlsx writer: a workbook that prints as a working paper", () => {
  const filing = parsedSampleFiling();
  let plan: WorkbookPlan;
  let workbook: Workbook;
  before(async () => {
    plan = layoutWorkbook({ filings: [filing], findings: [checkFiling(filing)], sourceName: "s.txt", tolerance: 0 });
    workbook = await readXlsx(await writeXlsx(plan));
  });

  it("fits every sheet to one page wide (the fitToPage flag set, as tall as it needs)", () => {
    for (const ws of workbook.worksheets) {
      assert.equal(ws.pageSetup.fitToPage, true, ws.name);
      assert.equal(ws.pageSetup.fitToWidth, 1, ws.name);
      assert.equal(ws.pageSetup.fitToHeight, 0, ws.name);
    }
  });

  it("prints the wide statement sheets landscape and repeats their heading rows on every page", () => {
    for (const name of ["Secured Amounts", "Segregation", "Sequestration"]) {
      const ws = workbook.getWorksheet(name)!;
      assert.equal(ws.pageSetup.orientation, "landscape", name);
      assert.equal(ws.pageSetup.printTitlesRow, "1:3", name);
    }
  });

  it("names the filing in the header and the sheet and page in the footer", () => {
    const ws = workbook.getWorksheet("Segregation")!;
    assert.equal(
      ws.headerFooter.oddHeader,
      "&LCitigroup Global Markets Inc.&CDaily Seg - FOCUS II (amendment)&R2013-06-18",
    );
    assert.equal(ws.headerFooter.oddFooter, "&L&A&RPage &P of &N");
  });

  it("writes an ampersand of the firm's name as a literal, not as a header code", async () => {
    const firm = { ...filing, firm: "A&B Futures" };
    const p = layoutWorkbook({ filings: [firm], findings: [[]], sourceName: "s.txt", tolerance: 0 });
    const ws = (await readXlsx(await writeXlsx(p))).getWorksheet("Segregation")!;
    assert.match(ws.headerFooter.oddHeader ?? "", /^&LA&&B Futures&C/);
  });

  it("names the font of every styled cell, so bold and italic text print in the same face", () => {
    let styled = 0;
    for (const ws of workbook.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (!cell.font) return;
          styled++;
          assert.equal(cell.font.name, "Calibri", `${ws.name}!${cell.address}`);
        }),
      );
    assert.ok(styled > 100);
  });

  it("gives a row of wrapped text that needs two lines the height of two", () => {
    const ws = workbook.getWorksheet("Segregation")!;
    let tall = 0;
    ws.eachRow((row) => {
      const label = String(row.getCell(2).value ?? "");
      if (label.length > 80) {
        tall++;
        assert.equal(row.height, 30, label);
      }
    });
    assert.ok(tall > 0, "the Segregation Statement prints labels longer than its column");
  });

  it("prints each numbered line's total after its lettered parts, with the line's label above them", () => {
    const ws = workbook.getWorksheet("Secured Amounts")!;
    const rowOf = (code: string): number => {
      let at = 0;
      ws.eachRow((row, n) => {
        if (String(row.getCell(3).value) === code) at = n;
      });
      return at;
    };
    for (const [total, parts] of [
      ["7530", ["7500", "7520"]],
      ["7740", ["7700", "7710", "7720", "7730", "7735"]],
    ] as const) {
      const totalRow = rowOf(total);
      for (const part of parts) assert.ok(rowOf(part) < totalRow, `[${part}] above [${total}]`);
      const heading = ws.getRow(rowOf(parts[0]) - 1);
      assert.equal(heading.getCell(2).value, ws.getRow(totalRow).getCell(2).value, "the line's label heads its parts");
      assert.equal(heading.getCell(4).value, null, "the heading carries no figure");
    }
  });
});
