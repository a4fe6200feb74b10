import type { ParseResult } from "../model";
import { parseFilings } from "../parse";
import { readInput } from "./read-input";
import type { InputHints, InputResult } from "./types";

/** A parse result that also tells how the input was read (and, for a web page, where each text line came from). */
export interface InputParseResult extends ParseResult {
  readonly input: InputResult;
}

/**
 * `readInput` then `parseFilings`: the one call the CLI and the task pane need. A refused input is a
 * result with no filing and the refusal as its only diagnostic.
 *
 * @example parseInput(await file.bytes(), { fileName: file.name, mimeType: file.type }).diagnostics
 */
export function parseInput(input: string | Uint8Array, hints: InputHints = {}): InputParseResult {
  const read = readInput(input, hints);
  if (read.kind === "refused") return { filings: [], diagnostics: [read.diagnostic], input: read };
  return { ...parseFilings(read.text), input: read };
}
