import assert from "node:assert/strict";
import type { WorkbookPlan } from "../../src/core/plan";
import { importPlan, type ImportOptions } from "../../src/excel";
import { flaggedSampleFiling, monthPlan, planOf, samplePlan } from "../support/excel-plans";
import { MockWorkbook } from "../support/office-mock-workbook";
import { tinyPlan } from "../support/tiny-plan";

const options = (over: Partial<ImportOptions> = {}): ImportOptions => ({
  key: "citi",
  label: "Citigroup, 2013-06-18",
  supports: () => true,
  ...over,
});

/**
 * What must survive a failed import: every sheet (identity and name) and what was written to it (a sheet
 * rewritten in place gets its contents back), every name and what it refers to.
 */
function snapshot(wb: MockWorkbook) {
  return {
    sheets: wb.live().map((s) => `${s.id} ${s.name}`),
    contents: wb
      .live()
      .map((s) => JSON.stringify([wb.assigned(s.name, "formulas"), s.notes, s.comments, [...s.properties]])),
    names: wb.names.map((n) => `${n.name} ${wb.formulaOf(n)}`).sort(),
  };
}

type Setup = () => Promise<MockWorkbook>;

/** The number of calls a successful import of `plan` into `setup()` makes. */
async function callsOf(setup: Setup, plan: WorkbookPlan): Promise<number> {
  return (await syncPoints(setup, plan)).at(-1)!;
}

/** The calls made by the end of each request of a successful import (its read first), counted from its start. */
async function syncPoints(setup: Setup, plan: WorkbookPlan): Promise<number[]> {
  const wb = await setup();
  const start = wb.ledger.calls;
  const context = wb.context();
  const points: number[] = [];
  const sync = context.sync.bind(context);
  context.sync = <T>(passThrough?: T): Promise<T> => (points.push(wb.ledger.calls - start), sync(passThrough));
  const at = wb.ledger.calls;
  assert.equal((await importPlan(context, plan, options())).ok, true);
  // Replacing sync went through the ledger too: those calls are not the import's.
  return points.map((p) => p - (at - start));
}

/** A workbook of the user's, with a name of theirs. */
const userWorkbook: Setup = async () => {
  const wb = new MockWorkbook(["Data", "Notes"]);
  wb.define("MyTotal", "Data", "B2");
  return wb;
};

/** The user's workbook after a first, successful import of `earlier`. */
const importedWorkbook =
  (earlier: WorkbookPlan): Setup =>
  async () => {
    const wb = await userWorkbook();
    assert.equal((await importPlan(wb.context(), earlier, options())).ok, true);
    return wb;
  };

/**
 * Fails the import at each of the given calls in turn (1 = its first call) and checks the outcome:
 * the workbook as it was, or — only once the import had written everything and begun deleting the
 * sheets it replaces — the new import complete. The user's sheets are never written to.
 */
async function failEach(
  setup: Setup,
  plan: WorkbookPlan,
  which: (calls: number) => number[],
): Promise<{ tried: number; forward: number }> {
  const points = await syncPoints(setup, plan);
  const calls = points.at(-1)!;
  const complete = await setup();
  await importPlan(complete.context(), plan, options());
  const finished = snapshot(complete).names;
  let forward = 0;
  const ks = which(calls);
  for (const k of ks) {
    const wb = await setup();
    const before = snapshot(wb);
    const start = wb.ledger.calls;
    const syncs = wb.syncs;
    wb.ledger.failAt = new Set([start + k]);
    const result = await importPlan(wb.context(), plan, options());
    const at = `call ${k} of ${calls} (${wb.ledger.log[start + k - 1]})`;
    if (result.ok) {
      forward++;
      assert.deepEqual(snapshot(wb).names, finished, `${at}: the new import is complete`);
      assert.deepEqual(
        wb.live().map((s) => s.name),
        ["Data", "Notes", ...plan.sheets.map((s) => s.name)],
        at,
      );
    } else {
      assert.equal(result.reason === "failed" && result.restored, true, at);
      assert.deepEqual(snapshot(wb), before, at);
      // The message claims what the undo relied on (the markers it read), not a workbook it never re-read.
      assert.match(
        result.message,
        /(Nothing was changed\.|The import was undone by what Excel showed after the error: .*by their marker.*)$/,
        at,
      );
      assert.doesNotMatch(result.message, /as it was before/, at);
    }
    assert.equal(
      wb.sheet("Data")!.ranges.length + wb.sheet("Notes")!.ranges.length,
      0,
      `${at}: the user's sheets untouched`,
    );
    // The requests up to the failing one, then one read and the undo.
    assert.ok(wb.syncs - syncs <= points.length + 2, `${at}: ${wb.syncs - syncs} syncs`);
  }
  return { tried: ks.length, forward };
}

const every = (calls: number): number[] => Array.from({ length: calls }, (_, i) => i + 1);

describe("Office.js writer: all or nothing, a failure injected at each call in turn", function () {
  this.timeout(120000);
  let flagged: WorkbookPlan;
  before(() => (flagged = planOf([flaggedSampleFiling()])));

  it("first import of the (flagged) sample, every call: no sheet or name added, the user's untouched", async () => {
    const { tried, forward } = await failEach(userWorkbook, flagged, every);
    assert.ok(tried > 300, `${tried} calls`);
    assert.equal(forward, 0, "with nothing to replace, every failure is undone");
  });

  it("re-import of a small plan over its earlier import, every call: the earlier import whole, or the new one complete", async () => {
    const { forward } = await failEach(importedWorkbook(tinyPlan()), tinyPlan(), every);
    assert.ok(forward >= 1, "failures while deleting the replaced sheets go forward");
  });

  it("re-import of a small plan over its earlier import whose sheet the user renamed, every call: the rename kept or redone", async () => {
    const renamed: Setup = async () => {
      const wb = await importedWorkbook(tinyPlan())();
      wb.sheet("Tiny Sheet")!.name = "Mine now";
      return wb;
    };
    const { tried, forward } = await failEach(renamed, tinyPlan(), every);
    assert.ok(tried > 50 && forward >= 1, `${tried} tried, ${forward} forward`);
  });

  it("re-import of the sample over its earlier import: every 7th call and every call of the last 30", async () => {
    const sampled = (calls: number) => every(calls).filter((k) => k % 7 === 1 || k > calls - 30);
    const { tried, forward } = await failEach(importedWorkbook(samplePlan()), flagged, sampled);
    assert.ok(tried > 100 && forward >= 1 && forward < 10, `${tried} tried, ${forward} forward`);
  });

  it("a month of filings, written in several requests: a failure at the first or last call of each leaves nothing", async () => {
    const month = monthPlan();
    const points = await syncPoints(userWorkbook, month);
    assert.ok(points.length >= 3, `${points.length} syncs: a read and at least two requests`);
    const edges = points.slice(1).flatMap((end, i) => [points[i]! + 1, end]);
    const { tried, forward } = await failEach(userWorkbook, month, () => edges);
    assert.equal(tried, 2 * (points.length - 1));
    assert.equal(forward, 0);
  });

  it("says which sheets may be left when undoing fails too", async () => {
    const wb = new MockWorkbook(["Data"]);
    const calls = await callsOf(async () => new MockWorkbook(["Data"]), flagged);
    wb.ledger.failAt = new Set([Math.floor(calls / 2)]);
    // Every failed batch makes the next one fail too: the undo cannot even read the workbook.
    wb.ledger.onSettle = (error) => void (error && wb.ledger.failAt.add(wb.ledger.calls + 1));
    const result = await importPlan(wb.context(), flagged, options());
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.reason === "failed" && result.restored, false);
    assert.match(!result.ok ? result.message : "", /Undoing the import also failed: check for sheets named 'Summary'/);
  });
});
