import { readFile } from "node:fs/promises";
import type { CliEnv, ReadResult } from "./env";

const reasons: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  EISDIR: "is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

async function readPath(path: string): Promise<ReadResult> {
  try {
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    return { ok: false, reason: `cannot read ${path}: ${reasons[code] ?? (error as Error).message}` };
  }
}

async function readStdin(): Promise<ReadResult> {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return { ok: true, bytes: Buffer.concat(chunks) };
  } catch (error) {
    return { ok: false, reason: `cannot read standard input: ${(error as Error).message}` };
  }
}

/** The real process: its streams, its files, and the package root `bin/tieout.cjs` resolved. */
export function nodeEnv(root: string): CliEnv {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: readPath,
    readStdin,
    root,
  };
}
