import assert from "node:assert/strict";
import { shown } from "../support/plan-cells";
import { checkFiling } from "../../src/core/checks";
import { layoutWorkbook } from "../../src/core/layout";
import type { Filing } from "../../src/core/model";
import type { PlanCell, WorkbookPlan } from "../../src/core/plan";
import { writeXlsx } from "../../src/xlsx";
import { withFigure } from "../support/citigroup-sample-filing";
import { parsedSampleFiling } from "../support/parsed-sample";
import { recalculatedSheets, sofficePath } from "../support/libreoffice-csv";
import { needsTool } from "../support/needs-tool";

const layout = (filing: Filing): WorkbookPlan =>
  layoutWorkbook({ filings: [filing], findings: [checkFiling(filing)], sourceName: "sample.txt", tolerance: 0 });

/** Rows (0-based) of a sheet whose Check column holds a formula. */
const checkRows = (rows: readonly (readonly PlanCell[])[]): number[] =>
  rows.flatMap((r, i) => (r[6]?.kind === "formula" ? [i] : []));

describe("xlsx in LibreOffice: a second engine recalculates to the same results", function () {
  this.timeout(180000);
  before(function () {
    needsTool(
      this,
      sofficePath() !== null,
      "soffice not found; `apt-get install -y libreoffice-calc-nogui` runs this test",
    );
  });

  it("shows OK in every Check cell of the sample, the reported totals, and no #NAME? or Err: anywhere", async () => {
    const label = '=HYPERLINK("http://x","y")';
    const plan = layout(withFigure(parsedSampleFiling(), "7500", { label }));
    const sheets = recalculatedSheets(
      await writeXlsx(plan),
      plan.sheets.map((s) => s.name),
    );
    for (const sheet of plan.sheets) {
      const csv = sheets.get(sheet.name)!;
      for (const [r, row] of csv.entries())
        for (const value of row)
          assert.doesNotMatch(value, /#NAME\?|#REF!|#VALUE!|Err:\d+/, `${sheet.name} row ${r + 1}`);
      if (sheet.role !== "statement") continue;
      const rows = checkRows(sheet.rows);
      assert.ok(rows.length >= 5, sheet.name);
      for (const r of rows) {
        assert.equal(csv[r]![6], "OK", `${sheet.name}!G${r + 1}`);
        assert.equal(csv[r]![4], csv[r]![3], `${sheet.name}!E${r + 1} recomputes D${r + 1}`);
        assert.equal(Number(csv[r]![5]), 0, `${sheet.name}!F${r + 1}`);
      }
    }
    assert.ok(
      sheets.get("Secured Amounts")!.some((r) => r[1] === label && r[2] === "7500"),
      "a label that looks like a formula stays text",
    );
    const summary = sheets.get("Summary")!;
    assert.deepEqual(summary.find((r) => r[0] === "All sheets")!.slice(0, 5), ["All sheets", "0", "0", "0", "0"]);
  });

  it("recalculates rather than echoing cached results: a figure changed behind the cache flags its total", async () => {
    const plan = layout(parsedSampleFiling());
    const sec = plan.sheets[1]!;
    const r7700 = sec.rows.findIndex((r) => shown(r[2]) === "7700");
    const r7740 = sec.rows.findIndex((r) => shown(r[2]) === "7740");
    // Same plan, one Reported figure changed, every cached result left as it was.
    const rows = sec.rows.map((row, i) =>
      i === r7700 ? row.map((c, j) => (j === 3 ? { kind: "number" as const, value: 557495322 } : c)) : row,
    );
    const stale: WorkbookPlan = { ...plan, sheets: plan.sheets.map((s) => (s === sec ? { ...sec, rows } : s)) };
    const sheets = recalculatedSheets(
      await writeXlsx(stale),
      plan.sheets.map((s) => s.name),
    );
    const csv = sheets.get(sec.name)!;
    const flagged = checkRows(sec.rows).filter((r) => csv[r]![6] !== "OK");
    assert.deepEqual(flagged, [r7740]);
    assert.equal(csv[r7740]![6], "Does not tie");
    assert.equal(Number(csv[r7740]![5]), -100);
    assert.equal(sheets.get("Summary")!.find((r) => r[0] === "All sheets")![1], "1");
  });
});
