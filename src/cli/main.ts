import { checkCommand } from "./check-command";
import { convertCommand } from "./convert-command";
import { demoCommand } from "./demo-command";
import { fail, USAGE, type CliEnv, type Command, type ExitCode } from "./env";

/** Subcommand → command. A new command is one module and one line here. */
export const commands: Readonly<Record<string, Command>> = {
  check: checkCommand,
  demo: demoCommand,
  convert: convertCommand,
};

/**
 * The `tieout` command line: dispatches to a subcommand and returns its exit code; only
 * `bin/tieout.cjs` turns that into the process's exit status.
 *
 * @example
 * await main(["check", "filing.txt", "--json"], nodeEnv(root)); // 0, 1 or 2
 */
export async function main(argv: readonly string[], env: CliEnv): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (name === "help" || name === "--help" || name === "-h") {
    env.stdout(USAGE);
    return 0;
  }
  if (name === undefined) {
    env.stderr(USAGE);
    return 2;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) return fail(env, `unknown command '${name}' (try: ${Object.keys(commands).join(", ")}, help)`);
  return command(args, env);
}
