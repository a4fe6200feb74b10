import assert from "node:assert/strict";
import type { WorkbookPlan } from "../../src/core/plan";
import { importPlan, type ImportOptions, type ImportResult } from "../../src/excel";
import { flaggedSampleFiling, planOf, samplePlan } from "../support/excel-plans";
import { MockWorkbook } from "../support/office-mock-workbook";

const all = () => true;
const options = (over: Partial<ImportOptions> = {}): ImportOptions => ({
  key: "citi-2013-06-18",
  label: "Citigroup, 2013-06-18",
  supports: all,
  ...over,
});
const run = (wb: MockWorkbook, plan: WorkbookPlan, over: Partial<ImportOptions> = {}): Promise<ImportResult> =>
  importPlan(wb.context(), plan, options(over));
const nameTable = (wb: MockWorkbook) => wb.names.map((n) => `${n.name} ${wb.formulaOf(n)}`).sort();

describe("Office.js writer: importing the same filing again", () => {
  it("rewrites that import's sheets in place and its names, and leaves the user's sheet alone", async () => {
    const wb = new MockWorkbook(["Data"]);
    assert.equal((await run(wb, samplePlan())).ok, true);
    const first = wb
      .live()
      .filter((s) => s.name !== "Data")
      .map((s) => s.id);
    wb.syncs = 0;
    const again = await run(wb, planOf([flaggedSampleFiling()]));
    assert.equal(again.ok, true, JSON.stringify(again));
    assert.deepEqual(again.ok && again.replaced, ["Summary", "Secured Amounts", "Segregation", "Sequestration"]);
    assert.equal(wb.syncs, 2);
    assert.deepEqual(
      wb.live().map((s) => s.name),
      ["Data", "Summary", "Secured Amounts", "Segregation", "Sequestration"],
    );
    assert.deepEqual(
      wb.live().map((s) => s.id),
      [wb.sheet("Data")!.id, ...first],
      "the same sheets, rewritten in place: no copy left, none deleted",
    );
    assert.equal(wb.sheet("Data")!.ranges.length, 0, "nothing was written to the user's sheet");
    assert.ok(
      nameTable(wb).every((n) => !n.includes("#REF!")),
      "no name is left pointing at a deleted sheet",
    );
    assert.equal(wb.names.length, planOf([flaggedSampleFiling()]).names.length);
    assert.equal(
      wb.cell("Secured Amounts", "D44") ?? wb.cell("Secured Amounts", "D40"),
      wb.cell("Secured Amounts", "D40") ?? undefined,
    );
  });

  it("keeps the user's formulas into an imported sheet, and the names the user made on it, working", async () => {
    const wb = new MockWorkbook(["Data"]);
    assert.equal((await run(wb, samplePlan())).ok, true);
    const total = wb.reference("Secured Amounts", "D5");
    const before = total();
    assert.equal(typeof before, "number", "the reference reads a figure of the first import");
    wb.define("MyTotal", "Secured Amounts", "D5");
    const flagged = planOf([flaggedSampleFiling()]);
    const again = await run(wb, flagged);
    assert.equal(again.ok, true, JSON.stringify(again));
    assert.notEqual(total(), "#REF!", "the user's formula still has its sheet");
    assert.equal(total(), wb.cell("Secured Amounts", "D5"), "and reads the new import's cell");
    const mine = wb.names.find((n) => n.name === "MyTotal");
    assert.equal(mine && wb.formulaOf(mine), "='Secured Amounts'!$D$5", "the user's name survives, live");
    // The plan's own checks are formulas through its names: every one still points at a live sheet.
    for (const n of flagged.names) {
      const name = wb.names.find((x) => x.name === n.name)!;
      assert.equal(name.sheet?.name, n.sheet, n.name);
      assert.doesNotMatch(wb.formulaOf(name), /#REF!/, n.name);
    }
  });

  it("finds its sheets by their marker even after the user renamed them, and rewrites them in place", async () => {
    const wb = new MockWorkbook(["Data"]);
    await run(wb, samplePlan());
    const seg = wb.sheet("Segregation")!;
    seg.name = "Seg (mine now)";
    const reference = wb.reference("Seg (mine now)", "D5");
    const again = await run(wb, samplePlan());
    assert.equal(again.ok, true);
    assert.equal(wb.sheet("Segregation"), seg, "the same sheet, under the import's name again");
    assert.notEqual(reference(), "#REF!");
    assert.equal(reference(), wb.cell("Segregation", "D5"));
    assert.equal(
      wb.sheet("Seg (mine now)"),
      undefined,
      "a renamed sheet of the same filing is part of the import it replaces",
    );
  });

  it("stops at a sheet of another filing's import, and replaces it when asked to", async () => {
    const wb = new MockWorkbook(["Data"]);
    await run(wb, samplePlan(), { key: "other-day", label: "Citigroup, 2013-06-17" });
    const refused = await run(wb, samplePlan());
    assert.equal(refused.ok, false);
    assert.equal(!refused.ok && refused.reason, "conflict");
    assert.match(!refused.ok ? refused.message : "", /Tieout's import of another filing \(Citigroup, 2013-06-17\)/);
    assert.equal(wb.syncs, 3, "one read, nothing written");
    const replaced = await run(wb, samplePlan(), { replace: "any-import" });
    assert.equal(replaced.ok, true);
    assert.equal(wb.live().length, 5);
  });

  it("stops, changing nothing, at a user's sheet or a live name in the way", async () => {
    const wb = new MockWorkbook(["Data", "Summary"]);
    wb.define("SEC_7360", "Data", "A1");
    const result = await run(wb, samplePlan());
    assert.equal(result.ok, false);
    const message = !result.ok ? result.message : "";
    assert.match(message, /already has a sheet named 'Summary'/);
    assert.match(message, /defines the name SEC_7360 \(=Data!\$A\$1\)/);
    assert.deepEqual(
      wb.live().map((s) => s.name),
      ["Data", "Summary"],
    );
    assert.equal(wb.syncs, 1);
  });

  it("removes a broken (#REF!) name in the way, left by sheets the user deleted", async () => {
    const wb = new MockWorkbook(["Data"]);
    await run(wb, samplePlan());
    for (const s of wb.live()) if (s.name !== "Data") s.deleted = true; // the user deleted the sheets, Excel kept the names
    assert.ok(nameTable(wb).some((n) => n.includes("#REF!")));
    const again = await run(wb, samplePlan(), { key: "new-key" });
    assert.equal(again.ok, true, JSON.stringify(again));
    assert.ok(nameTable(wb).every((n) => !n.includes("#REF!")));
  });

  it("without worksheet markers (ExcelApi < 1.12), asks the user to remove the earlier import instead of guessing", async () => {
    const wb = new MockWorkbook(["Data"]);
    const old = (v: string) => Number(v.split(".")[1]) <= 11;
    assert.equal((await run(wb, samplePlan(), { supports: old })).ok, true);
    const again = await run(wb, samplePlan(), { supports: old });
    assert.equal(again.ok, false);
    assert.match(!again.ok ? again.message : "", /already has sheets named 'Summary', 'Secured Amounts'/);
  });
});
