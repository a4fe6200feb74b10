import assert from "node:assert/strict";
import type { PlanCell, WorkbookPlan } from "../../src/core/plan";
import { featuresOf, importPlan, type Features } from "../../src/excel";
import { sheetApisOf } from "../../src/excel/import-types";
import { recoveryOps } from "../../src/excel/recovery-ops";
import { runOps } from "../../src/excel/run-ops";
import { importRequests } from "../../src/excel/import-ops";
import type { Op } from "../../src/excel/ops";
import { packRequests, REQUEST_BUDGET, requestBytes } from "../../src/excel/request-budget";
import {
  flaggedSampleFiling,
  generatedMonthPlan,
  monthPlan,
  planOf,
  samplePlan,
  tenfoldPlan,
} from "../support/excel-plans";
import { AMENDED_CODES, AMENDED_DAY, MONTH_DAYS, PLANTED_DAYS } from "../support/generated-month";
import { MockWorkbook } from "../support/office-mock-workbook";
import { tinyPlan } from "../support/tiny-plan";
import { batchBytes, capturingContext } from "../support/office-js-request";

/** Excel on the web refuses a request over 5 MB. */
const WEB_LIMIT = 5_000_000;
const marker = { key: "k", nonce: "n", label: "July 2013" };
// The serializer's Excel script has no notes API: comments are what it can carry.
const features = { ...featuresOf(() => true), notes: "comments" as const };
const requestsOf = (plan: WorkbookPlan, budget?: number): Op[][] =>
  importRequests({ plan, features, marker, replaced: [], reused: [], namesToDelete: [] }, budget);
const estimate = requestBytes;
const suspends = (op: Op): boolean => op.op === "suspend-calculation" || op.op === "suspend-screen";

describe("Office.js writer: every request under Excel on the web's limit, measured with Office.js's own serializer", function () {
  this.timeout(120000);
  const plans: Array<[string, () => WorkbookPlan]> = [
    ["the sample", samplePlan],
    ["the flagged sample", () => planOf([flaggedSampleFiling()])],
    ["ten filings", tenfoldPlan],
    ["a month of 31 filings", monthPlan],
    ["a generated month with two planted errors and an amendment", generatedMonthPlan],
  ];

  it("a month of 31 filings in one request would be at Excel on the web's limit: what the budget is for", async () => {
    const whole = await batchBytes(requestsOf(monthPlan(), Infinity).flat());
    assert.ok(whole > 0.9 * WEB_LIMIT, `${whole} bytes`);
  });

  for (const [label, plan] of plans)
    it(`${label}: each request under ${REQUEST_BUDGET.toLocaleString("en-US")} bytes, and the estimate never below it`, async () => {
      const requests = requestsOf(plan());
      for (const [i, request] of requests.entries()) {
        const measured = await batchBytes(request);
        const estimated = estimate(request);
        assert.ok(measured < REQUEST_BUDGET, `${label}, request ${i + 1}: ${measured} bytes`);
        assert.ok(estimated >= measured, `${label}, request ${i + 1}: estimated ${estimated} < measured ${measured}`);
        // Close enough that the budget is not spent on margin: no more requests than the size needs.
        assert.ok(
          estimated < 1.15 * measured,
          `${label}, request ${i + 1}: estimated ${estimated}, measured ${measured}`,
        );
      }
    });

  it("a month's Trend chart and every sheet's page layout are calls the real Office.js serializes", async () => {
    const ops = requestsOf(monthPlan()).flat();
    const kinds = new Set(ops.map((o) => o.op));
    assert.ok(kinds.has("line-chart") && kinds.has("page-layout") && kinds.has("row-height"));
    assert.ok((await batchBytes(ops.filter((o) => ["line-chart", "page-layout", "row-height"].includes(o.op)))) > 0);
  });

  it("the sample goes in one request of writes; a month in the fewest requests: no two neighbours would fit in one", () => {
    assert.equal(requestsOf(samplePlan()).length, 1);
    const month = requestsOf(monthPlan());
    assert.ok(month.length >= 2, `${month.length} requests`);
    for (let i = 1; i < month.length; i++)
      assert.ok(
        estimate([...month[i - 1]!, ...month[i]!.filter((op) => !suspends(op))]) > REQUEST_BUDGET,
        `requests ${i} and ${i + 1}`,
      );
  });

  it("cuts by sheet: each sheet's content in one request, and every request starts by suspending calculation", () => {
    const month = requestsOf(monthPlan());
    const home = new Map<string, number>();
    month.forEach((request, i) => {
      assert.equal(request[0]!.op, "suspend-calculation");
      for (const op of request)
        if (op.op === "formulas" || op.op === "style" || op.op === "conditional-format") {
          assert.equal(home.get(op.sheet) ?? i, i, op.sheet);
          home.set(op.sheet, i);
        }
    });
    assert.deepEqual(
      month.flat().filter((op) => op.op !== "suspend-calculation" && op.op !== "suspend-screen"),
      requestsOf(monthPlan(), Infinity).flat().slice(2),
    );
  });

  it("a sheet larger than a request is cut between its operations; nothing is lost or reordered", () => {
    const plan = planOf([flaggedSampleFiling()]);
    const all = requestsOf(plan, Infinity).flat().slice(2);
    const small = requestsOf(plan, 20_000);
    assert.ok(small.length > 5);
    assert.deepEqual(
      small.flatMap((r) => r.filter((op) => op.op !== "suspend-calculation" && op.op !== "suspend-screen")),
      all,
    );
    for (const r of small) assert.ok(estimate(r) <= 20_000 || r.length === 3, `${estimate(r)} bytes`);
    assert.deepEqual(packRequests([], [], 100), [[]]);
  });

  it("the package's Office.js has no worksheet.notes: detected from the object, the import writes comments there", async () => {
    const { context } = capturingContext();
    const apis = sheetApisOf(context.workbook.worksheets.getItem("Sheet1"));
    assert.deepEqual(apis, { notes: false, comments: true, pageLayout: true, charts: true });
    const plan = planOf([flaggedSampleFiling()]);
    const ops = (f: Features) =>
      importRequests({ plan, features: f, marker, replaced: [], reused: [], namesToDelete: [] }).flat();
    const byRequirementSet = featuresOf(() => true);
    assert.equal(byRequirementSet.notes, "notes");
    assert.throws(() => runOps(capturingContext().context, ops(byRequirementSet)), TypeError);
    const detected = featuresOf(() => true, apis);
    assert.equal(detected.notes, "comments");
    assert.ok((await batchBytes(ops(detected))) > 0);
  });

  it("a re-import in place and its undo: every call exists in Office.js, and the estimate holds", async () => {
    const plan = planOf([flaggedSampleFiling()]);
    const old = { key: "k", nonce: "old", label: "July 2013" };
    const reused = plan.sheets.map((s, i) => ({
      name: s.name,
      as: s.name,
      copy: `Tieout old n ${i + 1}`,
      marker: old,
    }));
    const names = plan.names.map((n) => ({ name: n.name, formula: `='${n.sheet}'!$A$1`, comment: "" }));
    const requests = importRequests({ plan, features, marker, replaced: [], reused, namesToDelete: names });
    assert.equal(requests.length, 1);
    const undo = recoveryOps({
      plan,
      nonce: "n",
      replaced: [],
      reused,
      namesToDelete: names,
      before: { sheets: reused.map((r) => ({ name: r.name, marker: old })), names },
      after: {
        sheets: [
          ...reused.map((r) => ({ name: r.name, marker })),
          ...reused.map((r) => ({ name: r.copy, marker: old })),
        ],
        names,
      },
    });
    assert.equal(undo.direction, "back");
    assert.ok(undo.ops.some((op) => op.op === "restore-sheet"));
    for (const ops of [...requests, undo.ops]) {
      const measured = await batchBytes(ops);
      assert.ok(measured > 0 && estimate(ops) >= measured, `estimated ${estimate(ops)}, measured ${measured}`);
    }
  });

  it("a sheet of pasted pages, 6 MB of text: its grid cut into blocks of rows, each request under the budget", async () => {
    const tiny = tinyPlan();
    const page = (r: number): string => `Page ${r + 1}: ${"5,598,505,864 [7010] ".repeat(1600)}`.slice(0, 32000);
    const rows = Array.from({ length: 200 }, (_, r): PlanCell[] => [{ kind: "text", text: page(r) }, null, null]);
    const plan: WorkbookPlan = { ...tiny, sheets: [tiny.sheets[0]!, { ...tiny.sheets[1]!, rows }] };
    const requests = requestsOf(plan);
    assert.ok(requests.length >= 2, `${requests.length} requests`);
    for (const request of requests) assert.ok((await batchBytes(request)) < REQUEST_BUDGET);
    const writes = requests.flat().filter((op) => op.op === "formulas" && op.sheet === "Tiny Sheet");
    assert.ok(writes.length >= 2, `${writes.length} grid writes`);
    const written = writes.flatMap((op) => (op.op === "formulas" ? op.formulas.map((row) => row[0]) : []));
    assert.deepEqual(
      written,
      rows.map((_, r) => page(r)),
      "every row once, in order",
    );
    const wb = new MockWorkbook(["Sheet1"]);
    const result = await importPlan(wb.context(), plan, { key: "p", label: "Pages", supports: () => true, nonce: "n" });
    assert.equal(result.ok, true, JSON.stringify(result).slice(0, 300));
    assert.equal(wb.cell("Tiny Sheet", "A200"), page(199));
  });

  it("a month imports in one read and one sync per request", async () => {
    const wb = new MockWorkbook(["Sheet1"]);
    const plan = monthPlan();
    const result = await importPlan(wb.context(), plan, { key: "m", label: "July", supports: () => true, nonce: "n" });
    assert.equal(result.ok, true);
    assert.equal(result.syncs, 1 + requestsOf(plan).length);
    assert.equal(wb.live().length, 1 + plan.sheets.length);
  });

  it("a generated month (31 filings, two planted errors, an amendment) takes the same three syncs, overview sheets written", async () => {
    const wb = new MockWorkbook(["Sheet1"]);
    const plan = generatedMonthPlan();
    const result = await importPlan(wb.context(), plan, { key: "g", label: "March", supports: () => true, nonce: "n" });
    assert.equal(result.ok, true, JSON.stringify(result).slice(0, 300));
    assert.equal(wb.syncs, 3, "one read and one sync per request");
    assert.equal(result.syncs, 1 + requestsOf(plan).length);
    assert.equal(requestsOf(plan).length, requestsOf(monthPlan()).length, "as many requests as a month of copies");
    assert.deepEqual(
      wb
        .live()
        .slice(0, 5)
        .map((s) => s.name),
      ["Sheet1", "Summary", "Index", "Trend", "Changes"],
    );
    const rowsWritten = (sheet: string) =>
      wb.assigned(sheet, "formulas").reduce((n, [, grid]) => n + (grid as unknown[]).length, 0);
    assert.equal(rowsWritten("Index"), 2 + MONTH_DAYS + 1, "a row per filing");
    assert.equal(rowsWritten("Trend"), 2 + MONTH_DAYS, "a row per end date");
    const statements = wb.live().filter((s) => /^(Secured Amounts|Segregation|Sequestration) /.test(s.name));
    assert.equal(statements.length, 3 * (MONTH_DAYS + 1));
    const sheetOf = (filing: number, statement: number) => statements[3 * filing + statement]!.name;
    assert.deepEqual(
      wb
        .live()
        .filter((s) => s.notes.length > 0)
        .map((s) => s.name),
      PLANTED_DAYS.map((day) => sheetOf(day, 1)),
      "notes on the planted days' Segregation sheets only",
    );
    /** The sheet a written `='Sheet'!D12` reads from. */
    const readsFrom = (address: string) => /^='(.+)'!D\d+$/.exec(String(wb.cell("Changes", address)))?.[1];
    for (const [i, code] of AMENDED_CODES.entries()) {
      assert.equal(wb.cell("Changes", `D${3 + i}`), Number(code));
      assert.equal(readsFrom(`F${3 + i}`), sheetOf(AMENDED_DAY, 1), "the original from the day it amends");
      assert.equal(readsFrom(`G${3 + i}`), sheetOf(MONTH_DAYS, 1), "the amended figure from the amendment");
      assert.match(String(wb.cell("Changes", `H${3 + i}`)), new RegExp(`^=IF\\(.*G${3 + i}-F${3 + i}`));
    }
    assert.equal(wb.cell("Changes", "D6"), undefined, "three changes, no more");
  });
});
