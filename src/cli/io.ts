import type { CliEnv } from "./env";

/** One input as read: `name` is what reports call it ("(stdin)" for `-`). */
export interface Input {
  readonly name: string;
  /** Bytes of a file or of standard input; text when an environment already decoded it. */
  readonly content: Uint8Array | string;
}

export type InputsResult =
  { readonly ok: true; readonly inputs: readonly Input[] } | { readonly ok: false; readonly reason: string };

export const STDIN_NAME = "(stdin)";

/**
 * Reads every FILE argument (`-` = standard input, read once however often it is named). The first
 * that cannot be read stops the run: a check of fewer files than asked would pass silently.
 */
export async function readInputs(paths: readonly string[], env: CliEnv): Promise<InputsResult> {
  const inputs: Input[] = [];
  let stdin: Uint8Array | string | undefined;
  for (const path of paths) {
    if (path === "-") {
      if (stdin === undefined) {
        const read = await env.readStdin();
        if (!read.ok) return read;
        stdin = "bytes" in read ? read.bytes : read.text;
      }
      inputs.push({ name: STDIN_NAME, content: stdin });
      continue;
    }
    const read = await env.readFile(path);
    if (!read.ok) return read;
    inputs.push({ name: path, content: "bytes" in read ? read.bytes : read.text });
  }
  return { ok: true, inputs };
}
