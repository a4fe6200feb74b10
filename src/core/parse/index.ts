import type { ParseResult } from "../model";

/** Placeholder until the parser lands: reads nothing. */
export function parseFilings(_text: string): ParseResult {
  return { filings: [], diagnostics: [{ code: "no-filing", severity: "error", line: 0, text: "", message: "The parser is not written yet." }] };
}
