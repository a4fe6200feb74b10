import { join, resolve } from "node:path";
import { readArgs } from "./check-args";
import { runCheck } from "./check-command";
import { convertCommand } from "./convert-command";
import type { Command } from "./env";
import { fail } from "./env";

/** Shipped with the package, so `npm run demo` works from any directory. */
export const SAMPLE_NAME = "citigroup-2013-06-18-daily-seg-focus-ii-amendment";
export const SAMPLE = join("assets", "samples", `${SAMPLE_NAME}.txt`);

type DemoArgs =
  | { readonly ok: true; readonly tolerance: number; readonly output: string; readonly help: boolean }
  | { readonly ok: false; readonly reason: string };

function parseDemoArgs(args: readonly string[]): DemoArgs {
  const read = readArgs(args, {
    tolerance: { type: "string" },
    output: { type: "string", short: "o" },
    help: { type: "boolean", short: "h" },
  });
  if (!read.ok) return read;
  const { values, positionals, tolerance } = read;
  if (positionals.length > 0) return { ok: false, reason: `unexpected argument '${positionals[0]}'` };
  return { ok: true, tolerance, output: resolve(values.output ?? `${SAMPLE_NAME}.xlsx`), help: values.help ?? false };
}

/**
 * `tieout demo [--tolerance N] [-o OUT.xlsx]`: the human report of `check` on the bundled sample, then
 * the same filing as a workbook (by default in the current directory), saying where it went.
 * Exit status as `check`, or 2 when the workbook could not be written.
 */
export const demoCommand: Command = async (args, env) => {
  const parsed = parseDemoArgs(args);
  if (!parsed.ok) return fail(env, parsed.reason);
  const sample = join(env.root, SAMPLE);
  const checked = await runCheck({ files: [sample], json: false, tolerance: parsed.tolerance, help: parsed.help }, env);
  if (checked === 2 || parsed.help) return checked;
  env.stdout("\n");
  const converted = await convertCommand([sample, "-o", parsed.output, "--tolerance", String(parsed.tolerance)], env);
  return converted === 2 ? 2 : checked;
};
