import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { round } from "./stats";

export interface ScaleRun {
  /** Wall time of parse+check over all filings, ms. */
  readonly ms: number;
  readonly filingsPerSec: number;
  /** Peak resident set of the child process that did it (one month's text at a time is made and read), MB. */
  readonly rssMB: number;
  /** Peak RSS before parsing began (Node, tsx, the code and the warm-up), MB. */
  readonly rssBeforeMB: number;
  /** Texts the filings were joined into (31 filings each). */
  readonly texts: number;
  /** Filings generated with a wrong figure, and filings the checks flagged with an error: they should match. */
  readonly planted: number;
  readonly flagged: number;
  readonly diagnostics: number;
}

/**
 * Runs bench/scale-child.ts for `count` filings in `runs` fresh Node processes (see there for why) and
 * keeps the run of median time: one run's figure moves by a quarter with whatever else the machine does.
 */
export function measureScale(core: string, count: number, seed: number, runs = 3): ScaleRun {
  const all = Array.from({ length: runs }, () => measureOnce(core, count, seed)).sort((a, b) => a.ms - b.ms);
  return all[Math.floor(all.length / 2)]!;
}

/** `core` is the bundle (bench/core.ts) the child times, the parent's own so every run times the same code. */
function measureOnce(core: string, count: number, seed: number): ScaleRun {
  const child = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", join(__dirname, "scale-child.ts"), String(count), String(seed), core],
    {
      cwd: join(__dirname, ".."),
      encoding: "utf8",
      maxBuffer: 1 << 20,
    },
  );
  if (child.status !== 0) throw new Error(`scale run of ${count} filings failed (${child.status}): ${child.stderr}`);
  const r = JSON.parse(child.stdout.trim().split("\n").pop()!) as Omit<ScaleRun, "filingsPerSec"> & { filings: number };
  return {
    ms: round(r.ms, 1),
    filingsPerSec: Math.round((count / r.ms) * 1000),
    rssMB: round(r.rssMB, 1),
    rssBeforeMB: round(r.rssBeforeMB, 1),
    texts: r.texts,
    planted: r.planted,
    flagged: r.flagged,
    diagnostics: r.diagnostics,
  };
}

/** Per-filing time at the larger size ÷ at the smaller: 1.0 is linear, above it cost grows faster than the count. */
export const linearity = (
  small: { ms: number },
  smallCount: number,
  large: { ms: number },
  largeCount: number,
): number => round(large.ms / largeCount / (small.ms / smallCount), 2);
