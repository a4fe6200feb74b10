import { spawnSync } from "node:child_process";
import path from "node:path";

export const root = path.join(__dirname, "..", "..");
export const bin = path.join(root, "bin", "tieout.cjs");
export const fixture = path.join(root, "test", "fixtures", "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt");

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/tieout.cjs ARGS` as a user would, from `cwd` (default: the repo). */
export function runCli(args: readonly string[], options: { input?: string; cwd?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? "",
    encoding: "utf8",
    timeout: 30000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
