import { looksLikeFigure, readFigure } from "./numbers";

/**
 * Reads one cleaned line of a statement: its printed line number or letter, its label, and its
 * figures. A figure is what stands right before a `[dddd]` code, wherever that is on the line (PDF
 * text puts figures mid-label), or — without a code — a figure alone in the last tab-separated
 * field. Numbers inside a label ("section 30.7", "add lines 1, 2 and 3") are never figures.
 */

export interface LineFigure {
  readonly raw: string;
  readonly value: number;
  readonly code: string | null;
}

/** A code without a readable figure, or a figure-like token that is not a number. */
export interface LineProblem {
  readonly code: string | null;
  readonly token: string;
  readonly reason: string;
}

export interface LineReading {
  /** "5" for a row printed "5. …". */
  readonly number: string | null;
  /** "A" for a row printed "A. …". */
  readonly letter: string | null;
  readonly label: string;
  readonly figures: readonly LineFigure[];
  readonly problems: readonly LineProblem[];
}

const CODE = /\[(\d{4})\]/g;
const SIGN_OR_CURRENCY = /^[($\-\u2212\u2013]+$/;

export function readLine(clean: string): LineReading {
  let text = clean.trim();
  let number: string | null = null;
  let letter: string | null = null;
  const numbered = /^(\d{1,2})\.(?=\s|$)/.exec(text);
  const lettered = numbered ? null : /^([A-Za-z])\.(?=\s)/.exec(text);
  if (numbered) number = numbered[1]!;
  if (lettered) letter = lettered[1]!.toUpperCase();
  text = text.slice((numbered ?? lettered)?.[0].length ?? 0);

  const figures: LineFigure[] = [];
  const problems: LineProblem[] = [];
  const labelParts: string[] = [];
  let from = 0;
  for (const match of text.matchAll(CODE)) {
    const code = match[1]!;
    const before = text.slice(from, match.index);
    from = match.index + match[0].length;
    const figure = figureAtEnd(before);
    labelParts.push(figure.rest);
    if (figure.token === null) problems.push({ code, token: "", reason: `no figure before [${code}]` });
    else {
      const read = readFigure(figure.token);
      if (read.ok) figures.push({ raw: figure.token.trim(), value: read.value, code });
      else problems.push({ code, token: figure.token.trim(), reason: read.reason });
    }
  }
  const tail = text.slice(from);
  const uncoded = uncodedFigure(tail, figures.length > 0 || labelParts.some((p) => p.trim() !== ""));
  if (uncoded) {
    labelParts.push(uncoded.rest);
    const read = readFigure(uncoded.token);
    if (read.ok) figures.push({ raw: uncoded.token.trim(), value: read.value, code: null });
    else problems.push({ code: null, token: uncoded.token.trim(), reason: read.reason });
  } else labelParts.push(tail);

  const label = labelParts.join(" ").replace(/\s+/g, " ").trim();
  return { number, letter, label, figures, problems };
}

/** Splits "label text 1,234" into the label and the last token, joining a detached sign or `$`. */
function figureAtEnd(segment: string): { readonly token: string | null; readonly rest: string } {
  const tokens = segment.trimEnd().split(/(\s+)/);
  let start = tokens.length - 1;
  if (tokens[start] === ")" && start >= 2) start -= 2;
  const core = tokens[start] ?? "";
  if (!/\d/.test(core) && !/^[-\u2212\u2013]$/.test(core)) return { token: null, rest: segment };
  // "$ 1,234", "- 1,234", "( 1,234 )": signs and currency printed apart from the digits.
  while (start >= 2 && SIGN_OR_CURRENCY.test(tokens[start - 2] ?? "")) start -= 2;
  return { token: tokens.slice(start).join(""), rest: tokens.slice(0, start).join("") };
}

/**
 * The last tab- or wide-space-separated field, when it is a figure: uncoded figures (Sequestration
 * 12.A/12.B) sit there. A lone field counts only after a label or another figure on the line, so
 * that a heading ending in a number stays a heading.
 */
function uncodedFigure(tail: string, hasLabelBefore: boolean): { readonly token: string; readonly rest: string } | null {
  const fields = tail.split(/\t| {2,}/).map((f) => f.trim()).filter((f) => f !== "");
  const last = fields.at(-1);
  if (last === undefined || !looksLikeFigure(last)) return null;
  if (fields.length < 2 && !hasLabelBefore) return null;
  const at = tail.lastIndexOf(last);
  return { token: last, rest: tail.slice(0, at) };
}
