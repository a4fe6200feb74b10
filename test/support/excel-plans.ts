import { checkFiling } from "../../src/core/checks";
import { layoutWorkbook } from "../../src/core/layout";
import type { Filing } from "../../src/core/model";
import { parseInput } from "../../src/core/input";
import type { WorkbookPlan } from "../../src/core/plan";
import { withFigure } from "./citigroup-sample-filing";
import { generatedMonth } from "./generated-month";
import { parsedSampleFiling } from "./parsed-sample";

/** Plans for the Office.js writer's tests, built by the real parser, checks and layout. */

export function planOf(filings: readonly Filing[], sourceName = "sample.txt"): WorkbookPlan {
  return layoutWorkbook({
    filings,
    findings: filings.map((f) => checkFiling(f, { tolerance: 0 })),
    sourceName,
    tolerance: 0,
  });
}

/** The sample as printed: every total ties. */
export const samplePlan = (): WorkbookPlan => planOf([parsedSampleFiling()]);

/** The sample with [7740] printed 100 too high: two findings, so flags and notes appear. */
export function flaggedSampleFiling(): Filing {
  return withFigure(parsedSampleFiling(), "7740", { value: 607099812 });
}

/** Ten filings of the sample, on ten days: a workbook ten times the sample's size. */
export function tenfoldPlan(): WorkbookPlan {
  const base = flaggedSampleFiling();
  const filings = Array.from({ length: 10 }, (_, i) => ({
    ...base,
    endDate: `2013-06-${String(18 + i).padStart(2, "0")}`,
  }));
  return planOf(filings, "ten.txt");
}

/** A month of the flagged sample: 31 filings, one a day, as a monthly file would hold them. */
export function monthPlan(): WorkbookPlan {
  const base = flaggedSampleFiling();
  const filings = Array.from({ length: 31 }, (_, i) => ({
    ...base,
    endDate: `2013-07-${String(1 + i).padStart(2, "0")}`,
  }));
  return planOf(filings, "july.txt");
}

/**
 * The bench's month (generated-month.ts): 31 filings of varied firms and figures, two with a planted
 * error, and the amendment of one day, pasted together as one text.
 */
export function generatedMonthPlan(): WorkbookPlan {
  const { texts, amended } = generatedMonth();
  return planOf(parseInput([...texts, amended].join("\n\n")).filings, "march.txt");
}
