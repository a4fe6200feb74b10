import { writeFileSync } from "node:fs";
import { cpus, loadavg, platform, totalmem } from "node:os";
import { join } from "node:path";
import { measureAllocation } from "./alloc";
import { measureBundle } from "./bundle";
import { measureCliStart } from "./cli-start";
import { buildCore, CODE_MEASURED, loadCore } from "./core";
import { measureRoundTrips, type ExcelRoundTrips } from "./excel-round-trips";
import { updateReadme } from "./readme-table";
import { perImport, type Results } from "./results";
import { readSample } from "./sample";
import { linearity, measureScale } from "./scale";
import { round } from "./stats";
import { measureFloor, measureSeed } from "./seed-pipeline";
import { formatTable } from "./table";

/**
 * `npm run bench`: every figure bench/README.md lists, measured in one run, printed as a table and written to
 * bench/results.json. A script, not a test: nothing here asserts a time, it reports.
 */
const SEED = 6; // the PRNG seed of every generated filing: the same inputs on every run
// A run of the reader takes a fraction of a millisecond and its time has a long tail (collections):
// the mean of a few hundred runs moves by half from one run of the bench to the next, of a few thousand far less.
const REPS = 3000;
const WARMUP = 200;
/** The xlsx writer takes milliseconds a run. */
const XLSX_REPS = 300;

async function main(): Promise<void> {
  const started = Date.now();
  // Other work on this 2-core machine (test runs, builds) inflates p95s: the load average says how much there was.
  const loadAtStart = loadavg()[0]!;
  const text = readSample();
  const step = (what: string) => process.stderr.write(`bench: ${what}…\n`);

  // Built afresh every run, and the one file every timed call goes to, here and in the child processes.
  step("bundling src/core as the CLI ships it");
  const core = buildCore();
  step(`seed pipeline, ${REPS} repetitions`);
  const seed = await measureSeed(loadCore(core), text, REPS, WARMUP, XLSX_REPS);
  step("bare scan");
  const floor = measureFloor(text, seed, REPS, WARMUP);

  // Each size in its own process, the smaller first: peak RSS is per size, and neither run heats the other's JIT or heap.
  step("1,000 filings");
  const small = measureScale(core, 1000, SEED);
  step("10,000 filings");
  const large = measureScale(core, 10000, SEED);

  step("Excel round trips");
  let excel: ExcelRoundTrips | null = null;
  let excelNote: string | undefined;
  try {
    excel = await measureRoundTrips(text, SEED);
  } catch (error) {
    excelNote = `not measured: ${error instanceof Error ? error.message : String(error)}`;
  }

  step("bundle (builds into bench/tmp/dist when dist/ is older than the sources)");
  const bundle = measureBundle();
  step("CLI start, 10 cold runs beside node -e 0");
  const cli = measureCliStart();
  step("allocation per filing");
  const allocation = measureAllocation(core, 300, SEED);

  const results: Results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? "unknown",
      node: process.version,
      platform: platform(),
      totalMemMB: Math.round(totalmem() / 2 ** 20),
      loadAvg1mStart: round(loadAtStart, 2),
      loadAvg1mEnd: round(loadavg()[0]!, 2),
    },
    code: CODE_MEASURED,
    seed,
    floorRatio: floor.floorRatio,
    floor,
    scale: {
      "1000": small,
      "10000": large,
      linearity: linearity(small, 1000, large, 10000),
      seed: SEED,
      filingsPerText: 31,
    },
    excelSyncs: {
      ...perImport(excel?.detail ?? null, (r) => r.syncs),
      rangeWrites: perImport(excel?.detail ?? null, (r) => r.rangeWrites),
      calls: perImport(excel?.detail ?? null, (r) => r.calls),
      cells: perImport(excel?.detail ?? null, (r) => r.cells),
      sheets: perImport(excel?.detail ?? null, (r) => r.sheets),
      ...(excelNote ? { note: excelNote } : {}),
    },
    excelRequestBytes: perImport(excel?.detail ?? null, (r) => r.requestBytes),
    bundle,
    cli,
    allocKBPerFiling: allocation.allocKBPerFiling,
    allocBatchesKB: allocation.batchesKB,
    benchSeconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(join(__dirname, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  updateReadme(results);
  process.stdout.write(
    `${formatTable(results)}\n\nbench/results.json and the table in bench/README.md written (${results.benchSeconds} s).\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
