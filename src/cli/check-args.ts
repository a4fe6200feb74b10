import { readTolerance } from "../core";
import { parseArgs, type ParseArgsConfig } from "node:util";

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig["options"]>;

export interface CheckArgs {
  readonly files: readonly string[];
  readonly json: boolean;
  /** Dollars. */
  readonly tolerance: number;
  readonly help: boolean;
}

export type CheckArgsResult = ({ readonly ok: true } & CheckArgs) | { readonly ok: false; readonly reason: string };

export const TOLERANCE_REASON = "--tolerance takes a number of dollars, 0 or more";

/** The core's reading of a tolerance (as the pane reads its field); not given means 0. */
export function parseTolerance(text: string | undefined): number | undefined {
  const read = readTolerance(text ?? "");
  return read.ok ? read.dollars : undefined;
}

/** One line from what `util.parseArgs` throws. */
export function argumentsReason(error: unknown): string {
  const message = (error as Error).message ?? String(error);
  // `--tolerance -1` reaches here, Node reading "-1" as an option.
  if (/'--tolerance'.*ambiguous/.test(message)) return TOLERANCE_REASON;
  // Node's messages run to several sentences of advice; the first says what is wrong.
  return message.split(/\.\s|\n/)[0] ?? "bad arguments";
}

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>
>;

/** A command's arguments as `util.parseArgs` reads them, every command taking --tolerance; never throws. */
export type ReadArgs<O extends ParseArgsOptionsConfig> =
  | {
      readonly ok: true;
      readonly values: Parsed<O>["values"];
      readonly positionals: readonly string[];
      readonly tolerance: number;
    }
  | { readonly ok: false; readonly reason: string };

export function readArgs<O extends ParseArgsOptionsConfig & { tolerance: { type: "string" } }>(
  args: readonly string[],
  options: O,
): ReadArgs<O> {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (error) {
    return { ok: false, reason: argumentsReason(error) };
  }
  const given = (parsed.values as { tolerance?: string }).tolerance;
  const tolerance = parseTolerance(given);
  if (tolerance === undefined) return { ok: false, reason: `${TOLERANCE_REASON} (got '${given}')` };
  return { ok: true, values: parsed.values, positionals: parsed.positionals, tolerance };
}

/** Arguments of `check`. Never throws: a bad argument is a reason. */
export function parseCheckArgs(args: readonly string[]): CheckArgsResult {
  const read = readArgs(args, {
    json: { type: "boolean" },
    tolerance: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (!read.ok) return read;
  const { values, positionals, tolerance } = read;
  const help = values.help ?? false;
  if (positionals.length === 0 && !help)
    return { ok: false, reason: "check needs at least one FILE (or - for standard input)" };
  return { ok: true, files: positionals, json: values.json ?? false, tolerance, help };
}
