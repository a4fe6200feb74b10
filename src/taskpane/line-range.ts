/**
 * The character range of a 1-based line in a text (CRLF, CR or LF endings), for selecting the line a
 * finding or diagnostic came from in the Filing text box. null when the text has no such line.
 */
export function lineRange(text: string, line: number): { start: number; end: number } | null {
  if (!Number.isInteger(line) || line < 1) return null;
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = text.slice(start).search(/\r\n|\r|\n/);
    if (next < 0) return null;
    start += next + (text.startsWith("\r\n", start + next) ? 2 : 1);
  }
  const rest = text.slice(start).search(/\r\n|\r|\n/);
  return { start, end: rest < 0 ? text.length : start + rest };
}
