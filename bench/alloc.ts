import { spawnSync } from "node:child_process";
import { join } from "node:path";

export interface Allocation {
  /** KB allocated to parse and check one generated filing (the median batch); null when a collection ran in every batch. */
  readonly allocKBPerFiling: number | null;
  /** Each batch's KB per filing, lowest first: how far apart they were. */
  readonly batchesKB: readonly number[];
  /** Filings in a batch. */
  readonly filings: number;
}

/**
 * Runs bench/alloc-child.ts in a process of its own, with a young generation of 256 MB from the start (see there),
 * on `core`, the bundle (bench/core.ts) the rest of the run timed.
 */
export function measureAllocation(core: string, count = 300, seed = 6): Allocation {
  const child = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      "--min-semi-space-size=256",
      "--max-semi-space-size=256",
      "--import",
      "tsx",
      join(__dirname, "alloc-child.ts"),
      String(count),
      String(seed),
      core,
    ],
    { cwd: join(__dirname, ".."), encoding: "utf8" },
  );
  if (child.status !== 0) throw new Error(`allocation run failed (${child.status}): ${child.stderr}`);
  const r = JSON.parse(child.stdout.trim().split("\n").pop()!) as Omit<Allocation, "batchesKB"> & {
    batches: number[];
  };
  return { allocKBPerFiling: r.allocKBPerFiling, batchesKB: r.batches, filings: count };
}
