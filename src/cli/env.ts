/**
 * What a command may touch of the outside world. Commands receive it instead of reaching for
 * `process`, so they can be run and tested as functions that return an exit code.
 */

/**
 * Reading one input: its bytes (decoded by the core's input gate, which knows UTF-16, windows-1252 and
 * web pages) or text already decoded, or a one-line reason why it could not be read.
 */
export type ReadResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: string };

export interface CliEnv {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<ReadResult>;
  readonly readStdin: () => Promise<ReadResult>;
  /** The repository (or installed package) root: where the bundled sample lives, whatever the cwd. */
  readonly root: string;
}

/**
 * Exit status: 0 every printed figure read and every rule checked, with no error finding; 1 some error
 * finding; 2 nothing readable or bad arguments; 3 no error finding, but something left unchecked.
 */
export type ExitCode = 0 | 1 | 2 | 3;

export type Command = (args: readonly string[], env: CliEnv) => Promise<ExitCode>;

export const USAGE = `usage: tieout <command> [options]

commands:
  check FILE... [--json] [--tolerance N]
      Read each filing (FILE "-" reads standard input), recompute its printed arithmetic and report
      every figure that does not tie. --json prints the machine-readable report; --tolerance is in
      dollars (default 0): a difference equal to it passes.
  convert FILE... -o OUT.xlsx [--tolerance N]
      Write the filings as one workbook: a sheet per statement with live formulas and flags.
  demo [--tolerance N] [-o OUT.xlsx]
      Check the sample filing bundled with Tieout and write it as a workbook (by default
      citigroup-2013-06-18-daily-seg-focus-ii-amendment.xlsx in the current directory).

exit status: 0 every printed figure read and every total checked, with no error finding;
  1 some error finding (a figure that does not tie, or a printed figure that could not be read);
  2 nothing readable or bad arguments; 3 no error finding, but something could not be checked
  (a copy cut short, or a total whose figures or instruction are missing)
`;

/** The one-line reason on stderr that goes with exit status 2. */
export function fail(env: CliEnv, reason: string): ExitCode {
  env.stderr(`tieout: ${reason}\n`);
  return 2;
}
