import { checkFiling } from "../src/core/checks";
import { layoutWorkbook } from "../src/core/layout";
import type { Filing } from "../src/core/model";
import { parseFilings } from "../src/core/parse";
import type { WorkbookPlan } from "../src/core/plan";
import { featuresOf, importPlan } from "../src/excel";
import { sheetApisOf } from "../src/excel/import-types";
import { importRequests } from "../src/excel/import-ops";
// The tests' stateful fake workbook (office-addin-mock ranges plus a call ledger): reused rather than
// copied, so the bench counts against exactly the Excel the writer's tests hold it to.
import { MockWorkbook } from "../test/support/office-mock-workbook";
// Office.js's own serializer, run in Node: what each request would weigh on the wire.
import { batchBytes, capturingContext } from "../test/support/office-js-request";
import { generateFilings, monthlyTexts } from "./generate";

export interface RoundTrips {
  /** context.sync() calls: round trips to the workbook. */
  readonly syncs: number;
  /** Assignments of a whole grid to a range (formulas, values or number formats). */
  readonly rangeWrites: number;
  /** Every queued Office.js call (method calls and property assignments), for scale. */
  readonly calls: number;
  /** Cells in the plan, to show the counts above do not follow it. */
  readonly cells: number;
  readonly sheets: number;
  /** Bytes of the largest request of the import, as Office.js's own serializer writes it. */
  readonly requestBytes: number;
}

const GRID_WRITE = /!\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?\.(formulas|values|numberFormat)=$/;

const planOf = (filings: readonly Filing[], sourceName: string): WorkbookPlan =>
  layoutWorkbook({ filings, findings: filings.map((f) => checkFiling(f, { tolerance: 0 })), sourceName, tolerance: 0 });

/** Imports `plan` into a fresh fake workbook, counting round trips by wrapping context.sync. */
export async function countImport(plan: WorkbookPlan): Promise<RoundTrips> {
  const wb = new MockWorkbook(["Sheet1"]);
  const context = wb.context();
  let syncs = 0;
  const sync = context.sync.bind(context);
  context.sync = async <T>(passThrough?: T): Promise<T> => {
    syncs++;
    return sync(passThrough);
  };
  // The assignment above went through the fake's call ledger: count from here on.
  const before = wb.ledger.log.length;
  const result = await importPlan(context, plan, {
    key: "bench",
    label: "bench",
    supports: () => true,
    nonce: "bench",
  });
  if (!result.ok) throw new Error(`import failed: ${result.message}`);
  const log = wb.ledger.log.slice(before);
  return {
    syncs,
    rangeWrites: log.filter((l) => GRID_WRITE.test(l)).length,
    calls: log.length,
    cells: plan.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0),
    sheets: plan.sheets.length,
    requestBytes: await largestRequest(plan),
  };
}

/**
 * The largest of the requests `importPlan` sends for `plan` into an empty workbook (the write
 * requests, cut as `importRequests` cuts them; the read before them is a few hundred bytes), with the
 * features the serializer's own Office.js offers.
 */
export async function largestRequest(plan: WorkbookPlan): Promise<number> {
  const apis = sheetApisOf(capturingContext().context.workbook.worksheets.getItem("Sheet1"));
  const features = featuresOf(() => true, apis);
  const marker = { key: "bench", nonce: "bench", label: "bench" };
  let largest = 0;
  for (const request of importRequests({ plan, features, marker, replaced: [], reused: [], namesToDelete: [] }))
    largest = Math.max(largest, await batchBytes(request));
  return largest;
}

/**
 * One filing ten times the sample: its statements printed ten times over (titles numbered), as one
 * filing. Layout gives each statement its own sheet, so the plan has ten times the cells and lines, in
 * 31 sheets: what must stay constant is the round trips, and the grid writes must stay at two per sheet
 * however many lines a sheet holds.
 */
export function tenfoldFiling(sample: Filing): Filing {
  const statements = Array.from({ length: 10 }, (_, copy) =>
    sample.statements.map((s) => ({ ...s, title: `${s.title} (${copy + 1})` })),
  ).flat();
  return { ...sample, statements };
}

export interface ExcelRoundTrips {
  readonly seed: number;
  readonly tenfold: number;
  readonly thirtyOne: number;
  readonly detail: { readonly seed: RoundTrips; readonly tenfold: RoundTrips; readonly thirtyOne: RoundTrips };
}

export async function measureRoundTrips(sampleText: string, seed: number): Promise<ExcelRoundTrips> {
  const sample = parseFilings(sampleText).filings[0]!;
  const month = parseFilings(
    monthlyTexts(generateFilings(sampleText, 31, { seed, firstDay: "2013-07-01" }))[0]!,
  ).filings;
  const detail = {
    seed: await countImport(planOf([sample], "sample.txt")),
    tenfold: await countImport(planOf([tenfoldFiling(sample)], "tenfold.txt")),
    thirtyOne: await countImport(planOf(month, "july.txt")),
  };
  return { seed: detail.seed.syncs, tenfold: detail.tenfold.syncs, thirtyOne: detail.thirtyOne.syncs, detail };
}
