import type { Diagnostic, DiagnosticCode, Severity } from "../model";
import type { SourceLine } from "./normalize";

/**
 * Diagnostics quote the input, and an input line can be a whole filing (a single-line paste) or
 * megabytes long. Quoting it whole in every diagnostic made a report grow with lines × diagnostics;
 * each quote is held to about EXCERPT characters around the place it is about, so a report grows
 * linearly with its input.
 */
export const EXCERPT = 160;
/** A quoted token inside a message ("…" is not a number) is held to this. */
const QUOTE = 80;
const ELLIPSIS = "\u2026";

/** `at`: the text the diagnostic is about, to centre the quoted excerpt on; by default what the message quotes. */
export function diagnostic(
  code: DiagnosticCode,
  severity: Severity,
  source: SourceLine,
  message: string,
  at?: string,
): Diagnostic {
  const shortMessage = shortenQuotes(message);
  return {
    code,
    severity,
    line: source.number,
    text: excerpt(source.raw, at ?? placeIn(message)),
    message: shortMessage,
  };
}

/** A diagnostic about the input as a whole. */
export function inputDiagnostic(code: DiagnosticCode, message: string): Diagnostic {
  return { code, severity: "error", line: 0, text: "", message };
}

/**
 * At most EXCERPT characters of `raw`, centred on the first occurrence of `place` (the start when
 * it is not found), with an ellipsis where text was left out.
 *
 * @example
 * excerpt("x".repeat(1000) + " N/A [7010]", "[7010]"); // "…xxxx N/A [7010]"
 */
export function excerpt(raw: string, place: string | null): string {
  if (raw.length <= EXCERPT) return raw;
  const found = place ? raw.indexOf(place) : -1;
  const centre = found < 0 ? 0 : found + Math.min(place!.length, EXCERPT) / 2;
  const start = Math.max(0, Math.min(raw.length - EXCERPT, Math.round(centre - EXCERPT / 2)));
  const end = start + EXCERPT;
  return `${start > 0 ? ELLIPSIS : ""}${raw.slice(start, end)}${end < raw.length ? ELLIPSIS : ""}`;
}

/** What a message is about, to find in its line: the first `[dddd]` code it names, else its first quote. */
function placeIn(message: string): string | null {
  const code = /\[\d{4}\]/.exec(message);
  if (code) return code[0];
  const open = message.indexOf('"');
  const close = open < 0 ? -1 : message.indexOf('"', open + 1);
  return close > open + 1 ? message.slice(open + 1, Math.min(close, open + 1 + QUOTE)) : null;
}

/**
 * Each double-quoted run longer than QUOTE keeps its first and last characters around an ellipsis.
 * One pass over the message: a quote left open (its text cut by the caller) is shortened too.
 */
export function shortenQuotes(message: string): string {
  if (message.length <= EXCERPT) return message;
  let out = "";
  let from = 0;
  for (;;) {
    const open = message.indexOf('"', from);
    if (open < 0) break;
    let close = message.indexOf('"', open + 1);
    if (close < 0) close = message.length;
    out += message.slice(from, open + 1) + shorten(message.slice(open + 1, close));
    if (close === message.length) return out;
    out += '"';
    from = close + 1;
  }
  return out + message.slice(from);
}

function shorten(quoted: string): string {
  if (quoted.length <= QUOTE) return quoted;
  const head = Math.ceil((QUOTE * 2) / 3);
  return `${quoted.slice(0, head)}${ELLIPSIS}${quoted.slice(quoted.length - (QUOTE - head - 1))}`;
}
