import { writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { layoutWorkbook } from "../core";
import { readArgs } from "./check-args";
import { checkInputs, exitCodeOf, unreadableReason, type CheckRun } from "./check-run";
import type { Command, ExitCode } from "./env";
import { readInputs } from "./io";
import { fail } from "./env";

export const CONVERT_USAGE = `usage: tieout convert FILE... -o OUT.xlsx [--tolerance N]
    Read each filing (FILE "-" reads standard input) and write one workbook: a Summary sheet, then a
    sheet per statement whose totals are live formulas and whose flags follow the Tolerance cell.
    --tolerance is in dollars (default 0). Exit status as for check: 0 every printed figure read and
    every total checked, 1 some error finding, 2 an input could not be read or bad arguments (then no
    workbook is written), 3 no error finding but something could not be checked.
`;

/** Writes the workbook; a reason when it could not. Swappable so tests need not touch the disk. */
export type WriteBytes = (path: string, bytes: Uint8Array) => Promise<string | null>;

const writeToDisk: WriteBytes = async (path, bytes) => {
  try {
    await writeFile(path, bytes);
    return null;
  } catch (error) {
    return `cannot write ${path}: ${(error as Error).message}`;
  }
};

interface ConvertArgs {
  readonly files: readonly string[];
  readonly output: string;
  readonly tolerance: number;
}

/** Never throws: a bad argument is a reason. `help` asks for the usage. */
export function parseConvertArgs(
  args: readonly string[],
): ({ ok: true } & ConvertArgs) | { ok: true; help: true } | { ok: false; reason: string } {
  const read = readArgs(args, {
    output: { type: "string", short: "o" },
    tolerance: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (!read.ok) return read;
  const { values, positionals, tolerance } = read;
  if (values.help) return { ok: true, help: true };
  if (positionals.length === 0)
    return { ok: false, reason: "convert needs at least one FILE (or - for standard input)" };
  if (!values.output) return { ok: false, reason: "convert needs -o OUT.xlsx" };
  return { ok: true, files: positionals, output: values.output, tolerance };
}

/** `tieout convert FILE... -o OUT.xlsx [--tolerance N]`. */
export function createConvertCommand(write: WriteBytes = writeToDisk): Command {
  return async (args, env): Promise<ExitCode> => {
    const parsed = parseConvertArgs(args);
    if (!parsed.ok) return fail(env, parsed.reason);
    if ("help" in parsed) {
      env.stdout(CONVERT_USAGE);
      return 0;
    }
    const read = await readInputs(parsed.files, env);
    if (!read.ok) return fail(env, read.reason);
    const run = checkInputs(read.inputs, parsed.tolerance);
    const code = exitCodeOf(run);
    // A workbook of fewer filings than asked for must not look like a finished conversion.
    if (code === 2)
      return fail(env, `${(unreadableReason(run) ?? "no filing found").replace(/\.$/, "")}; no workbook written`);
    const plan = layoutWorkbook({
      filings: run.filings.map((f) => f.filing),
      findings: run.filings.map((f) => f.findings),
      sourceName: [...new Set(read.inputs.map((i) => basename(i.name)))].join(", "),
      tolerance: parsed.tolerance,
      diagnostics: run.diagnostics,
      sources: run.filings.map((f) => basename(f.source)),
    });
    // ExcelJS is most of what the CLI could load: only a command that writes a workbook pays for it.
    // (`require`, not `import()`: the CLI is CommonJS, bundled or run through tsx's CommonJS hook.)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { writeXlsx } = require("../xlsx") as typeof import("../xlsx");
    const problem = await write(parsed.output, await writeXlsx(plan));
    if (problem) return fail(env, problem);
    env.stdout(`${summaryLine(parsed.output, run, plan.sheets.length - 1)}\n`);
    return code;
  };
}

export const convertCommand: Command = createConvertCommand();

function summaryLine(output: string, run: CheckRun, statementSheets: number): string {
  const findings = run.filings.flatMap((f) => f.findings);
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const filings = run.filings.length;
  return (
    `Wrote ${output}: ${filings} filing${filings === 1 ? "" : "s"}, ` +
    `${statementSheets} statement sheet${statementSheets === 1 ? "" : "s"}, ` +
    `${count("error")} error, ${count("warning")} warning and ` +
    `${count("info")} info finding${findings.length === 1 ? "" : "s"}.`
  );
}
