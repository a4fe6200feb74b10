/** Small text helpers of the HTML reader, kept linear-time on hostile input. */

const isSpace = (c: string): boolean =>
  c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\u00a0";

/**
 * Trims by scanning, not by a `\s+$` regex: a regex anchored only at the end retries from every
 * position of a long inner run of spaces, which is quadratic (seconds for a 100 KB run).
 * `preformatted` keeps leading whitespace (sub-line indentation) and trailing NBSP.
 */
export function trimSpaces(s: string, preformatted: boolean): string {
  let start = 0;
  let end = s.length;
  while (!preformatted && start < end && isSpace(s[start]!)) start++;
  while (end > start && isSpace(s[end - 1]!) && !(preformatted && s[end - 1] === "\u00a0")) end--;
  return s.slice(start, end);
}

/** Whether `s` holds anything but whitespace (NBSP counts as whitespace). */
export function hasContent(s: string): boolean {
  for (const c of s) if (!isSpace(c)) return true;
  return false;
}

/** The start offset of every line of `source`, for turning parser offsets into line numbers. */
export function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line holding `offset`, by binary search over `lineStarts`. */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
