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
