import { PerformanceObserver } from "node:perf_hooks";
import { loadCore } from "./core";
import { generateFilings } from "./generate";
import { readSample } from "./sample";

/**
 * Bytes allocated to parse and check one filing, measured where no collection can hide them: this
 * process runs with a young generation far larger than the work (bench/alloc.ts starts it with
 * --max-semi-space-size), so heap growth over a batch is what it allocated. A batch during which a
 * collection ran would give too low a figure: it is left out, and the figure is null when all were.
 *
 * The heap also grows by what the compiler makes while the reader's functions are still being
 * optimised, and an unoptimised function allocates what an optimised one keeps in registers: after a
 * warm-up of 310 other filings (the scale bench's), the median of BATCHES batches is reported, each
 * of <filings> filings after a collection. (One batch of 100 after 50 filings' warm-up, as before,
 * gave 151-209 KB for the same code from one run to the next.)
 * Parse and check are the core bundle's (bench/core.ts): the parent's file when given, else one built here.
 * Usage: node --expose-gc --min-semi-space-size=256 --max-semi-space-size=256 --import tsx bench/alloc-child.ts <filings> <seed> [bundle]
 */
const count = Number(process.argv[2] ?? 100);
const seed = Number(process.argv[3] ?? 6);
const BATCHES = 5;
const { parseFilings, checkFiling } = loadCore(process.argv[4]);
const sample = readSample();
const texts = generateFilings(sample, count, { seed }).map((g) => g.text);
for (const g of generateFilings(sample, 310, { seed: seed + 1 })) checkFiling(parseFilings(g.text).filings[0]!);

const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

/** KB per filing one batch allocated, or null when a collection ran during it. */
async function batch(): Promise<number | null> {
  gc();
  // Observing starts after the collection above has been reported, so only the batch's own count.
  await pause();
  let collections = 0;
  const observer = new PerformanceObserver((list) => (collections += list.getEntries().length));
  observer.observe({ entryTypes: ["gc"] });
  const kept: unknown[] = [];
  const before = process.memoryUsage().heapUsed;
  for (const text of texts) {
    const { filings } = parseFilings(text);
    kept.push(filings.map((f) => checkFiling(f)));
  }
  const after = process.memoryUsage().heapUsed;
  await pause();
  observer.disconnect();
  return collections === 0 ? (after - before) / texts.length / 1024 : null;
}

async function main(): Promise<void> {
  const measured: number[] = [];
  for (let i = 0; i < BATCHES; i++) {
    const kb = await batch();
    if (kb !== null) measured.push(kb);
  }
  measured.sort((a, b) => a - b);
  const middle = measured[Math.floor(measured.length / 2)];
  const allocKBPerFiling = middle === undefined ? null : Math.round(middle);
  const batches = measured.map(Math.round);
  process.stdout.write(`${JSON.stringify({ allocKBPerFiling, batches, filings: texts.length })}\n`);
}

void main();
