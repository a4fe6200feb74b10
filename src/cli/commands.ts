import { checkCommand } from "./check-command";
import { convertCommand } from "./convert-command";
import { demoCommand } from "./demo-command";
import type { Command } from "./env";

/** Subcommand → command. A new command (e.g. `convert`) is one module and one line here. */
export const commands: Readonly<Record<string, Command>> = {
  check: checkCommand,
  demo: demoCommand,
  convert: convertCommand,
};
