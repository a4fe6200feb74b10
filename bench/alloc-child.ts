import { PerformanceObserver } from "node:perf_hooks";
import { loadCore } from "./core";
import { generateFilings } from "./generate";
import { readSample } from "./sample";

/**
 * Bytes allocated to parse and check one filing, measured where no collection can hide them: this
 * process runs with a young generation far larger than the work (bench/alloc.ts starts it with
 * --max-semi-space-size), so heap growth over the batch is what it allocated. A collection during the
 * batch would make the figure too low: it is then reported as not measured.
 * Parse and check are the core bundle's (bench/core.ts): the parent's file when given, else one built here.
 * Usage: node --expose-gc --min-semi-space-size=256 --max-semi-space-size=256 --import tsx bench/alloc-child.ts <filings> <seed> [bundle]
 */
const count = Number(process.argv[2] ?? 100);
const seed = Number(process.argv[3] ?? 6);
const { parseFilings, checkFiling } = loadCore(process.argv[4]);
const sample = readSample();
const texts = generateFilings(sample, count, { seed }).map((g) => g.text);
for (const g of generateFilings(sample, 50, { seed: seed + 1 })) checkFiling(parseFilings(g.text).filings[0]!);

let collections = 0;
const observer = new PerformanceObserver((list) => (collections += list.getEntries().length));
(globalThis as { gc?: () => void }).gc?.();

// Observing starts after the collection above has been reported, so only the batch's own count.
setTimeout(() => {
  observer.observe({ entryTypes: ["gc"] });
  const kept: unknown[] = [];
  const before = process.memoryUsage().heapUsed;
  for (const text of texts) {
    const { filings } = parseFilings(text);
    kept.push(filings.map((f) => checkFiling(f)));
  }
  const after = process.memoryUsage().heapUsed;
  setTimeout(() => {
    observer.disconnect();
    const allocKBPerFiling = collections === 0 ? Math.round((after - before) / count / 1024) : null;
    process.stdout.write(`${JSON.stringify({ allocKBPerFiling, collections, filings: kept.length })}\n`);
  }, 50);
}, 50);
