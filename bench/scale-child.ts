import { loadCore } from "./core";
import { filingStream, generateFilings, monthlyTexts, type GeneratedFiling } from "./generate";
import { readSample } from "./sample";

/**
 * One scale measurement in a process of its own (bench/scale.ts starts it), so the peak RSS it reports
 * is this size's alone and not whatever an earlier, larger run left on the heap.
 * Parse and check are the core bundle's (bench/core.ts): the parent's file when given, else one built here.
 * Usage: node --import tsx bench/scale-child.ts <filings> <seed> [bundle]; prints one JSON line.
 */
const count = Number(process.argv[2]);
const seed = Number(process.argv[3] ?? 6);
if (!Number.isInteger(count) || count <= 0) throw new Error(`filing count expected, got ${process.argv[2]}`);
const { parseFilings, checkFiling } = loadCore(process.argv[4]);

const sample = readSample();
const FILINGS_PER_TEXT = 31;

// Warm-up on ten months of other filings (another seed), so both sizes are timed with the hot paths already compiled.
for (const text of monthlyTexts(generateFilings(sample, 310, { seed: seed + 1 })))
  for (const f of parseFilings(text).filings) checkFiling(f, { tolerance: 0 });

// Both sizes start timing from a collected heap (scale.ts starts this process with --expose-gc).
(globalThis as { gc?: () => void }).gc?.();
const rssBeforeMB = process.resourceUsage().maxRSS / 1024;
// A month's text is made, read and let go before the next, as a controller loads one month at a time:
// only reading is timed, and the peak RSS is the reader's working set, not 10,000 filings' text held at once.
const stream = filingStream(sample, { seed });
const results: Array<{ filings: number; flagged: number; diagnostics: number }> = [];
let planted = 0;
let texts = 0;
let ns = 0n;
for (let made = 0; made < count; made += FILINGS_PER_TEXT) {
  const month: GeneratedFiling[] = [];
  while (month.length < Math.min(FILINGS_PER_TEXT, count - made)) month.push(stream.next().value as GeneratedFiling);
  planted += month.filter((g) => g.planted).length;
  const [text] = monthlyTexts(month, FILINGS_PER_TEXT);
  texts++;
  const start = process.hrtime.bigint();
  const { filings, diagnostics } = parseFilings(text!);
  const findings = filings.map((f) => checkFiling(f, { tolerance: 0 }));
  ns += process.hrtime.bigint() - start;
  // What each text yielded, counted; the filings themselves are let go.
  results.push({
    filings: filings.length,
    flagged: findings.filter((fs) => fs.some((x) => x.severity === "error")).length,
    diagnostics: diagnostics.length,
  });
}
const ms = Number(ns) / 1e6;
const read = results.reduce((n, r) => n + r.filings, 0);
if (read !== count) throw new Error(`generated ${count} filings, the parser read ${read}`);

process.stdout.write(
  `${JSON.stringify({
    filings: count,
    texts,
    ms,
    rssMB: process.resourceUsage().maxRSS / 1024,
    rssBeforeMB,
    planted,
    flagged: results.reduce((n, r) => n + r.flagged, 0),
    diagnostics: results.reduce((n, r) => n + r.diagnostics, 0),
  })}\n`,
);
