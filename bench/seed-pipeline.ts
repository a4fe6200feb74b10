import { writeXlsx } from "../src/xlsx";
import type { Core } from "./core";
import { mean, median, p95, round, timeBatched, timeEach } from "./stats";

export interface StageTimes {
  readonly parseMs: number;
  readonly checkMs: number;
  readonly layoutMs: number;
  readonly xlsxMs: number;
}

export interface SeedResult extends StageTimes {
  /** Runs timed of parse, check and layout. */
  readonly reps: number;
  /** Runs timed of the xlsx writer (milliseconds each, so fewer). */
  readonly xlsxReps: number;
  readonly p95: StageTimes;
  /** Means, collections included. */
  readonly mean: StageTimes;
}

export interface FloorResult {
  /** Median of one bare regex scan of the sample, ms. */
  readonly bareScanMs: number;
  /** Mean of the same, ms. */
  readonly bareScanMeanMs: number;
  /** Figures the bare scan found (a sanity check that it did the work). */
  readonly bareScanFigures: number;
  /** (mean parse + mean check) ÷ mean bare scan: means, so collections the reader causes count against it. */
  readonly floorRatio: number;
  /** The same from medians. */
  readonly floorRatioMedian: number;
}

const TOLERANCE = 0;

/** Each run's time of parse, check and layout of the sample, in milliseconds. */
export interface StageSamples {
  readonly parse: readonly number[];
  readonly check: readonly number[];
  readonly layout: readonly number[];
}

/**
 * Parse, check and layout of `text` (one filing) timed each on its own, fed the previous stage's
 * output computed once, so a stage's figure is its own cost and nothing else's.
 */
export async function timeStages(core: Core, text: string, reps: number, warmup: number): Promise<StageSamples> {
  const { parseFilings, checkFiling, layoutWorkbook } = core;
  const parsed = parseFilings(text);
  if (parsed.filings.length !== 1) throw new Error(`the sample should be one filing, got ${parsed.filings.length}`);
  const filing = parsed.filings[0]!;
  const input = {
    filings: [filing],
    findings: [checkFiling(filing, { tolerance: TOLERANCE })],
    sourceName: "sample.txt",
    tolerance: TOLERANCE,
  };
  const parse = await timeEach(() => parseFilings(text), reps, warmup);
  // Each check gets a filing of its own, parsed beforehand: a real filing is checked once, so nothing
  // the checks might keep about a filing they have already seen may flatter the figure.
  const fresh = Array.from({ length: reps + warmup }, () => parseFilings(text).filings[0]!);
  let next = 0;
  const check = await timeEach(() => checkFiling(fresh[next++]!, { tolerance: TOLERANCE }), reps, warmup);
  const layout = await timeEach(() => layoutWorkbook(input), reps, warmup);
  return { parse, check, layout };
}

/**
 * The stages of timeStages (in `core`, the bundle the CLI ships: bench/core.ts), and the ExcelJS
 * writer up to the finished bytes.
 */
export async function measureSeed(
  core: Core,
  text: string,
  reps: number,
  warmup: number,
  xlsxReps: number,
): Promise<SeedResult> {
  const { parse, check, layout } = await timeStages(core, text, reps, warmup);
  const filing = core.parseFilings(text).filings[0]!;
  const findings = core.checkFiling(filing, { tolerance: TOLERANCE });
  const plan = core.layoutWorkbook({
    filings: [filing],
    findings: [findings],
    sourceName: "sample.txt",
    tolerance: TOLERANCE,
  });
  const xlsx = await timeEach(() => writeXlsx(plan), xlsxReps, 20);
  const pick = (f: (s: readonly number[]) => number): StageTimes => ({
    parseMs: round(f(parse)),
    checkMs: round(f(check)),
    layoutMs: round(f(layout)),
    xlsxMs: round(f(xlsx)),
  });
  return { ...pick(median), reps, xlsxReps, p95: pick(p95), mean: pick(mean) };
}

/**
 * The floor: the least any reader must do, one pass of one regular expression pulling out each printed
 * figure and its [code], with no labels, sections, statements or checks. What parse+check costs beyond
 * it is the price of reading the filing as a filing.
 */
const BARE = /(-?[\d,]+)<\/u>(?:<\/b>)? \[(\d{4})\]/g;

export function bareScan(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const m of text.matchAll(BARE)) out.push([m[1]!, m[2]!]);
  return out;
}

export function measureFloor(text: string, seed: SeedResult, reps: number, warmup: number): FloorResult {
  // One scan takes tens of microseconds: time 50 back to back per sample so timer overhead does not count.
  const scans = timeBatched(() => bareScan(text), reps, warmup, 50);
  const bareScanMs = median(scans);
  const bareScanMeanMs = mean(scans);
  return {
    bareScanMs: round(bareScanMs, 5),
    bareScanMeanMs: round(bareScanMeanMs, 5),
    bareScanFigures: bareScan(text).length,
    floorRatio: round((seed.mean.parseMs + seed.mean.checkMs) / bareScanMeanMs, 1),
    floorRatioMedian: round((seed.parseMs + seed.checkMs) / bareScanMs, 1),
  };
}
