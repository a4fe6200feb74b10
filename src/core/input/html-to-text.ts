import { Parser } from "htmlparser2";
import { MAX_HTML_DEPTH } from "./limits";
import { hasContent, lineAt, lineStarts, trimSpaces } from "./page-text";
import { markupStart } from "./sniff-html";

export type HtmlText =
  | {
      readonly ok: true;
      /** The page as lines: one per table row (cells joined by a tab) or block, in document order. */
      readonly text: string;
      /** The 1-based page line on which each text line began (index 0 holds text line 1). */
      readonly pageLines: readonly number[];
    }
  /** The page nests elements deeper than `MAX_HTML_DEPTH`: reading stopped there. */
  | { readonly ok: false; readonly reason: "too-deep"; readonly line: number };

/** Content that is not the filing: code, styling, the window title, fallbacks and dropdown lists. */
const SKIPPED = new Set(["script", "style", "template", "title", "noscript", "select", "object", "svg"]);

/** Elements that start a new line outside a table cell (and are a space inside one). */
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "ul",
]);

const CELLS = new Set(["td", "th"]);
const TEXT_INPUTS = new Set(["", "text", "number"]);
/**
 * Reads a saved NFA or firm page (or an HTML fragment from the clipboard) as the lines a person sees,
 * with htmlparser2 — a tolerant, DOM-free tokenizer that runs the same in Node and in the task pane,
 * so broken markup is read as a browser would rather than guessed at by regexes. Each `<tr>` becomes
 * one line of tab-joined cells; block elements and `<br>` break lines (inside a cell they are a
 * space, so a row stays one line); `<pre>` keeps its line breaks; entities are decoded (&nbsp; is
 * U+00A0); script, style and comments are dropped. Never throws; a page nested deeper than
 * `MAX_HTML_DEPTH` is a result that says so.
 *
 * @example htmlToText("<table><tr><td>1.</td><td>Cash</td><td><b>5</b> [7010]</td></tr></table>")
 * // { ok: true, text: "1.\tCash\t5 [7010]", pageLines: [1] }
 */
export function htmlToText(html: string): HtmlText {
  const base = markupStart(html);
  const starts = lineStarts(html);
  const lines: string[] = [];
  const pageLines: number[] = [];
  let cells: string[] = [];
  let buf = "";
  let cellOpen = false;
  let lineOffset = -1;
  let linePre = false;
  let skip = 0;
  let pre = 0;
  let depth = 0;
  let tooDeep = false;
  /**
   * Whether `buf` ends in a collapsed space; tracked, because `endsWith` on a long concatenated string
   * flattens it every call.
   */
  let bufSpace = false;
  /** Per open table, how many of its cells are open: nested tables break the outer row where they sit. */
  const cellDepth: number[] = [];

  // Preformatted lines keep their leading tabs (sub-line indentation), as the text form does.
  const clean = (s: string): string => trimSpaces(s, linePre);
  const finishCell = (): void => {
    const c = clean(buf);
    if (cellOpen || c !== "") cells.push(c);
    buf = "";
    bufSpace = false;
    cellOpen = false;
  };
  const breakLine = (): void => {
    finishCell();
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    // A preformatted line keeps its NBSPs, but a line of nothing else is as blank as an empty one.
    if (cells.some(hasContent)) {
      lines.push(cells.join("\t"));
      pageLines.push(lineAt(starts, Math.max(lineOffset, 0) + base));
    }
    cells = [];
    lineOffset = -1;
    linePre = false;
  };
  const inCell = (): boolean => (cellDepth[cellDepth.length - 1] ?? 0) > 0;
  const append = (s: string, at: number): void => {
    if (s === "") return;
    if (lineOffset === -1 && hasContent(s)) lineOffset = at;
    // Collapsed whitespace stays collapsed across text runs, tags and block breaks inside a cell.
    buf += !linePre && bufSpace && s.startsWith(" ") ? s.slice(1) : s;
    bufSpace = s.endsWith(" ");
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (++depth > MAX_HTML_DEPTH && !tooDeep) {
          tooDeep = true;
          parser.pause();
        }
        if (SKIPPED.has(name)) skip++;
        if (skip > 0) return;
        if (name === "table") {
          breakLine();
          cellDepth.push(0);
        } else if (name === "tr") breakLine();
        else if (CELLS.has(name)) {
          finishCell();
          cellOpen = true;
          if (cellDepth.length > 0) cellDepth[cellDepth.length - 1] = (cellDepth[cellDepth.length - 1] ?? 0) + 1;
        } else if (name === "input" && TEXT_INPUTS.has((attribs["type"] ?? "").toLowerCase())) {
          append(` ${attribs["value"] ?? ""} `, parser.startIndex);
        } else if (BLOCKS.has(name)) {
          if (inCell()) append(" ", parser.startIndex);
          else breakLine();
          if (name === "pre") pre++;
        }
      },
      onclosetag(name) {
        depth = Math.max(0, depth - 1);
        if (SKIPPED.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip > 0) return;
        if (name === "table") {
          breakLine();
          cellDepth.pop();
        } else if (name === "tr") breakLine();
        else if (CELLS.has(name)) {
          finishCell();
          if (cellDepth.length > 0)
            cellDepth[cellDepth.length - 1] = Math.max(0, (cellDepth[cellDepth.length - 1] ?? 0) - 1);
        } else if (BLOCKS.has(name)) {
          if (name === "pre") pre = Math.max(0, pre - 1);
          if (inCell()) append(" ", parser.startIndex);
          else breakLine();
        }
      },
      ontext(data) {
        if (skip > 0) return;
        const at = parser.startIndex;
        if (pre === 0 || inCell()) {
          append(data.replace(/[ \t\n\r\f]+/g, " "), at);
          return;
        }
        // Preformatted text keeps its tabs and line breaks: it is how plain-text filings get wrapped in a page.
        let from = 0;
        for (const m of data.matchAll(/\r\n|\r|\n/g)) {
          linePre = true;
          append(data.slice(from, m.index), at + from);
          breakLine();
          from = m.index + m[0].length;
        }
        linePre = true;
        append(data.slice(from), at + from);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(base > 0 ? html.slice(base) : html);
  if (tooDeep) return { ok: false, reason: "too-deep", line: lineAt(starts, parser.startIndex + base) };
  parser.end();
  breakLine();
  return { ok: true, text: lines.join("\n"), pageLines };
}
