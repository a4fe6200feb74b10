import type { ParseResult } from "../../src/core/model";

/**
 * Copies of a filing's text as people make them: every printed figure re-spelled (zero as a dash,
 * a trailing minus, spaces between thousands …), the code's column moved before the figure's (Excel,
 * CSV), or the body run together and wrapped as PDF text wraps it. Each is built from the filing's
 * own text, so a test holds the parser to the figures the original gives, whatever the spelling.
 */

/** A figure and its code as the filing prints them: `<b><u>5,598,505,864</u></b> [7010]`, or `<u>0</u>` alone. */
const FIGURE = /(?:<b>)?<u>([^<]*)<\/u>(?:<\/b>)?( \[\d{4}\])?/g;

/** The text with each printed figure (as its digits, sign and commas) rewritten by `spell`. */
export function respell(text: string, spell: (figure: string, index: number) => string): string {
  let n = 0;
  return text.replace(FIGURE, (_m, figure: string, code: string | undefined) => `${spell(figure, n++)}${code ?? ""}`);
}

/** Each spelling takes the figure as printed ("-5,749,086", "0", "37,229") and its position in the text. */
export const SPELLINGS: Record<string, (figure: string, index: number) => string> = {
  "zero as -0-, -, —, – and $ -": (f, i) => (f === "0" ? ["-0-", "-", "\u2014", "\u2013", "$ -", "$-"][i % 6]! : f),
  "a trailing minus": (f) => (f.startsWith("-") ? `${f.slice(1)}-` : f),
  "spaces between thousands": (f) => f.replace(/,/g, " "),
  "NBSPs between thousands": (f) => f.replace(/,/g, "\u00a0"),
  "narrow NBSPs between thousands, a sign and $ apart": (f) =>
    f.startsWith("-") ? `- $${f.slice(1).replace(/,/g, "\u202f")}` : f.replace(/,/g, "\u202f"),
  "a leading +": (f) => (/^[1-9]/.test(f) ? `+${f}` : f),
  "footnote marks": (f, i) => `${f}${["*", "\u2020", "", "\u00b9"][i % 4]}`,
  "periods between thousands where there are two or more": (f) =>
    (f.match(/,/g)?.length ?? 0) >= 2 ? f.replace(/,/g, ".") : f,
  "parentheses and a trailing minus mixed": (f, i) =>
    f.startsWith("-") ? (i % 2 ? `(${f.slice(1)})` : `${f.slice(1)}-`) : f === "0" ? "-0-" : f,
};

const HEAD_OR_TITLE = /^(AMENDMENT|INITIAL|End Date:|Firm Name:|Form:|Submit Date:|Cover Page$|Daily Segregation - )/;

/** Statement body lines: neither blank nor a header field nor a title. */
function isBodyLine(plain: string): boolean {
  return plain.trim() !== "" && !HEAD_OR_TITLE.test(plain.trim());
}

const stripMarkup = (line: string): string => line.replace(/<\/?[bu]>|\*\*|^## /g, "");

/**
 * The body rows as spreadsheet cells, the code's cell before its figure's: a row
 * `\tB. Other banks\t0 [7520] 286,214,407 [7530]` gives `["", "B. Other banks", "[7520]", "0", "[7530]", "286,214,407"]`.
 * `code` prints the code's cell ("[7010]", "7010", "(7010)").
 */
function cellsOf(line: string, code: (c: string) => string, codeFirst: boolean): string[] {
  const cells: string[] = [];
  for (const field of stripMarkup(line).split("\t")) {
    // A figure may hold single spaces ("321 080 333"), never a code.
    const pairs = [...field.matchAll(/(\S(?:[^\t[]*?\S)?) \[(\d{4})\]/g)];
    if (pairs.length === 0) cells.push(field.trim());
    else for (const [, figure, c] of pairs) cells.push(...(codeFirst ? [code(c!), figure!] : [figure!, code(c!)]));
  }
  return cells;
}

export type Csv = "quoted" | "minimal";

/** One CSV cell: every cell quoted, or only where it holds a comma or a quote (as Excel saves). */
function csvCell(cell: string, quoting: Csv): string {
  return quoting === "quoted" || /[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The text with every body row's cells reordered (and written as CSV when `csv` says how); headers and titles kept. */
export function asColumns(
  text: string,
  options: { readonly code: (c: string) => string; readonly codeFirst: boolean; readonly csv?: Csv },
): string {
  return text
    .split("\n")
    .map((line) => {
      if (!isBodyLine(stripMarkup(line))) return line;
      const cells = cellsOf(line, options.code, options.codeFirst);
      const { csv } = options;
      return csv ? cells.map((c) => csvCell(c, csv)).join(",") : cells.join("\t");
    })
    .join("\n");
}

/**
 * The sample as a PDF converter gives it: header fields and titles on their own lines, each
 * statement's body run together and wrapped at `width` wherever a space falls — between a sign and
 * its digits, between a figure and its code, or (`codeFirst`) with each code printed before its figure.
 * Negatives print their sign apart ("- 5,749,086") so a wrap can leave it at the end of a line.
 * `together`: a converter that keeps each figure whole and beside its code, wrapping only elsewhere.
 */
export function asWrappedPdf(text: string, width: number, codeFirst = false, together = false): string {
  const out: string[] = [];
  let body: string[] = [];
  const flush = (): void => {
    const joined = body.join(" ");
    // A NUL holds a figure and its code together through the wrap, then becomes the space again.
    const words = together ? joined.replace(/ (?=\[\d{4}\])/g, "\u0000") : joined;
    out.push(...wrapAnywhere(words, width).map((l) => l.replace(/\u0000/g, " ")));
    body = [];
  };
  for (const raw of text.split("\n")) {
    const plain = stripMarkup(raw).replace(/\s+/g, " ").trim();
    let line = together ? plain : plain.replace(/(^| )-(\d)/g, "$1- $2");
    if (codeFirst) line = line.replace(/((?:- )?\S+) (\[\d{4}\])/g, "$2 $1");
    if (line === "") continue;
    if (HEAD_OR_TITLE.test(line)) {
      flush();
      out.push(line);
    } else body.push(line);
  }
  flush();
  return out.join("\n");
}

function wrapAnywhere(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** What a copy must keep: per statement, each figure's code (or line id, uncoded) and value, in order. */
export function figureValues(result: ParseResult): unknown {
  return result.filings.map((f) => f.statements.map((s) => [s.kind, s.lines.map((l) => [l.code ?? l.line, l.value])]));
}

/** The errors, and any diagnostic about a figure or a code: none is expected of a faithful copy. */
export function figureDiagnostics(result: ParseResult): string[] {
  return result.diagnostics
    .filter((d) => d.severity === "error" || d.code === "orphan-figure" || d.code === "unknown-code")
    .map((d) => `${d.code} line ${d.line}: ${d.message} (${JSON.stringify(d.text)})`);
}
