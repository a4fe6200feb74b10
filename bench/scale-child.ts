import { checkFiling } from "../src/core/checks";
import { parseFilings } from "../src/core/parse";
import { generateFilings, monthlyTexts } from "./generate";
import { readSample } from "./sample";

/**
 * One scale measurement in a process of its own (bench/scale.ts starts it), so the peak RSS it reports
 * is this size's alone and not whatever an earlier, larger run left on the heap.
 * Usage: node --import tsx bench/scale-child.ts <filings> <seed>; prints one JSON line.
 */
const count = Number(process.argv[2]);
const seed = Number(process.argv[3] ?? 6);
if (!Number.isInteger(count) || count <= 0) throw new Error(`filing count expected, got ${process.argv[2]}`);

const sample = readSample();
let generated = generateFilings(sample, count, { seed });
const texts = monthlyTexts(generated);
const planted = generated.filter((g) => g.planted).length;
// Only the joined texts are input: the per-filing copies would double the heap the collector walks.
// eslint-disable-next-line no-useless-assignment -- dropping the reference is the point: the collector frees them
generated = [];

// Warm-up on ten months of other filings (another seed), so both sizes are timed with the hot paths already compiled.
for (const text of monthlyTexts(generateFilings(sample, 310, { seed: seed + 1 })))
  for (const f of parseFilings(text).filings) checkFiling(f, { tolerance: 0 });

// Both sizes start timing from a collected heap (scale.ts starts this process with --expose-gc).
(globalThis as { gc?: () => void }).gc?.();
const rssBeforeMB = process.resourceUsage().maxRSS / 1024;
// What each text yielded, counted; the filings themselves are let go, as a caller that shows one month at a time would.
const results: Array<{ filings: number; flagged: number; diagnostics: number }> = [];
const start = process.hrtime.bigint();
for (const text of texts) {
  const { filings, diagnostics } = parseFilings(text);
  const findings = filings.map((f) => checkFiling(f, { tolerance: 0 }));
  results.push({
    filings: filings.length,
    flagged: findings.filter((fs) => fs.some((x) => x.severity === "error")).length,
    diagnostics: diagnostics.length,
  });
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const read = results.reduce((n, r) => n + r.filings, 0);
if (read !== count) throw new Error(`generated ${count} filings, the parser read ${read}`);

process.stdout.write(
  `${JSON.stringify({
    filings: count,
    texts: texts.length,
    ms,
    rssMB: process.resourceUsage().maxRSS / 1024,
    rssBeforeMB,
    planted,
    flagged: results.reduce((n, r) => n + r.flagged, 0),
    diagnostics: results.reduce((n, r) => n + r.diagnostics, 0),
  })}\n`,
);
