import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { median, round } from "./stats";

export interface CliStart {
  /** Median wall time of `node bin/tieout.cjs check <sample>`, ms (a cold process each time). */
  readonly checkMs: number;
  /** Median wall time of `node -e 0` in the same runs, ms: what any Node command costs here. */
  readonly nodeMs: number;
  readonly runs: number;
}

const root = join(__dirname, "..");

function wall(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return ms;
}

/**
 * How long `tieout check` takes as a user starts it, beside a bare `node -e 0`, interleaved so both see
 * the same machine load. The CLI bundle is built first, as `npm ci` leaves it.
 */
export function measureCliStart(runs = 10): CliStart {
  const built = spawnSync("npm", ["run", "--silent", "build:cli"], { cwd: root, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`build:cli failed: ${built.stderr}`);
  const sample = join(root, "assets", "samples", "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt");
  const check: number[] = [];
  const node: number[] = [];
  for (let i = 0; i < runs; i++) {
    node.push(wall(["-e", "0"]));
    check.push(wall([join(root, "bin", "tieout.cjs"), "check", sample]));
  }
  return { checkMs: round(median(check), 1), nodeMs: round(median(node), 1), runs };
}
