import { parseCheckArgs, type CheckArgs } from "./check-args";
import { checkInputs, exitCodeOf, unreadableReason } from "./check-run";
import type { CliEnv, Command, ExitCode } from "./env";
import { readInputs } from "./io";
import { reportJson } from "./report-json";
import { reportText } from "./report-text";
import { fail, USAGE } from "./env";

/**
 * `tieout check FILE... [--json] [--tolerance N]`. The report goes to stdout even when some input
 * gave no filing, so the diagnostics saying why are not lost; the one-line reason goes to stderr.
 */
export const checkCommand: Command = async (args, env) => {
  const parsed = parseCheckArgs(args);
  if (!parsed.ok) return fail(env, parsed.reason);
  return runCheck(parsed, env);
};

export async function runCheck(args: CheckArgs, env: CliEnv): Promise<ExitCode> {
  if (args.help) {
    env.stdout(USAGE);
    return 0;
  }
  const read = await readInputs(args.files, env);
  if (!read.ok) return fail(env, read.reason);
  const run = checkInputs(read.inputs, args.tolerance);
  env.stdout(args.json ? reportJson(run) : reportText(run));
  const code = exitCodeOf(run);
  return code === 2 ? fail(env, unreadableReason(run) ?? "no filing found") : code;
}
