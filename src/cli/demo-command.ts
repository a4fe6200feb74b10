import { join } from "node:path";
import { parseCheckArgs } from "./check-args";
import { runCheck } from "./check-command";
import type { Command } from "./env";
import { fail } from "./usage";

/** Shipped with the package, so `npm run demo` works from any directory. */
export const SAMPLE = join("assets", "samples", "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt");

/** `tieout demo [--json] [--tolerance N]`: `check` on the bundled sample. */
export const demoCommand: Command = async (args, env) => {
  const parsed = parseCheckArgs(args, false);
  if (!parsed.ok) return fail(env, parsed.reason);
  return runCheck({ ...parsed, files: [join(env.root, SAMPLE)] }, env);
};
