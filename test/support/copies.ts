/**
 * Copies of a filing made the ways accountants get them: a browser copy, a saved web page, PDF text,
 * Excel and CSV exports, one page per line, one line for everything, headers run together, page
 * furniture, and figures spelled the ways people print them. Each copy is built from the filing's
 * own text by a transformation, so a test compares what Tieout reads from the copy with what it
 * reads from the original, figure by figure; no copy is tuned to one spelling.
 */

import { asWrappedPdf } from "./figure-copies";
import { onePagePerLine, pagesOf, singleLine } from "./filing-copies";

export interface Copy {
  readonly name: string;
  readonly text: string;
  /** The file name the copy would arrive under (".html" for a saved web page). */
  readonly fileName: string;
}

/** A line that prints figures: `label <tab> 5,598,505,864 [7010]` (one or two figure-code pairs). */
const PAIR = /(\S+) \[(\d{4})\]/g;
const HEADER = /^(AMENDMENT|INITIAL|End Date:|Firm Name:|Form:|Submit Date:)/;

/** What a browser copy of the page gives: the sample's markup (`**`, `<b><u>`, `## `) gone. */
export function plain(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/<\/?[bu]>|\*\*/g, "")
    .replace(/^## /gm, "");
}

const lines = (text: string): string[] => plain(text).split("\n");

/** Each figure rewritten by `spell` (given the figure as printed and its value). */
export function respell(text: string, spell: (raw: string, value: number) => string): string {
  return text.replace(/(<u>)([-\d,]+)(<\/u>)/g, (_m, open: string, raw: string, close: string) => {
    return `${open}${spell(raw, Number(raw.replace(/,/g, "")))}${close}`;
  });
}

/** Spellings people print, of figures and of the printed instructions; each reads as the original does. */
export const SPELLINGS: readonly { readonly name: string; readonly apply: (text: string) => string }[] = [
  { name: "as printed", apply: (t) => t },
  { name: "zero as -0-", apply: (t) => respell(t, (raw, v) => (v === 0 ? "-0-" : raw)) },
  { name: "zero as a dash", apply: (t) => respell(t, (raw, v) => (v === 0 ? "\u2014" : raw)) },
  { name: "negatives in parentheses", apply: (t) => respell(t, (raw, v) => (v < 0 ? `(${raw.slice(1)})` : raw)) },
  { name: "negatives with a trailing minus", apply: (t) => respell(t, (raw, v) => (v < 0 ? `${raw.slice(1)}-` : raw)) },
  { name: "dollar signs", apply: (t) => respell(t, (raw) => `$${raw}`) },
  {
    name: "instructions with & and thru",
    apply: (t) => t.replace(/(\d), (\d+),? and (\d)/g, "$1, $2 & $3").replace(/ through /g, " thru "),
  },
  {
    name: "instructions with plus signs",
    apply: (t) =>
      t
        .replace(/lines (\d+), (\d+),? and (\d+)/g, "lines $1 + $2 + $3")
        .replace(/lines (\d+) and (\d+)/g, "lines $1 + $2"),
  },
];

/** Ways the whole text arrives. */
export const SOURCES: readonly { readonly name: string; readonly make: (text: string) => Copy }[] = [
  { name: "saved text", make: (t) => ({ name: "saved text", text: t, fileName: "filing.txt" }) },
  { name: "browser copy", make: (t) => ({ name: "browser copy", text: plain(t), fileName: "filing.txt" }) },
  {
    name: "Windows line ends and non-breaking spaces",
    make: (t) => ({
      name: "Windows line ends and non-breaking spaces",
      text: plain(t)
        .replace(/ (?=[A-Za-z])/g, "\u00a0")
        .replace(/\n/g, "\r\n"),
      fileName: "filing.txt",
    }),
  },
  { name: "saved web page", make: (t) => ({ name: "saved web page", text: webPage(t), fileName: "filing.html" }) },
  {
    name: "web page in one layout cell",
    make: (t) => ({ name: "web page in one layout cell", text: layoutCellPage(t), fileName: "filing.html" }),
  },
  { name: "PDF text", make: (t) => ({ name: "PDF text", text: asWrappedPdf(t, 72), fileName: "filing.txt" }) },
  {
    name: "Excel, code before amount",
    make: (t) => ({ name: "Excel, code before amount", text: codeFirst(t), fileName: "filing.txt" }),
  },
  { name: "CSV", make: (t) => ({ name: "CSV", text: csv(t), fileName: "filing.csv" }) },
  {
    name: "one page per line",
    make: (t) => ({ name: "one page per line", text: onePagePerLine(pagesOf(t)), fileName: "filing.txt" }),
  },
  { name: "one line", make: (t) => ({ name: "one line", text: singleLine(pagesOf(t)), fileName: "filing.txt" }) },
  {
    name: "header run together after a banner",
    make: (t) => ({ name: "header run together after a banner", text: bannerHeader(t), fileName: "filing.txt" }),
  },
  {
    name: "header values on the next line",
    make: (t) => ({
      name: "header values on the next line",
      text: lines(t)
        .flatMap((l) => (/^(End Date|Firm Name|Form|Submit Date):\S/.test(l) ? l.replace(/:/, ":\n").split("\n") : [l]))
        .join("\n"),
      fileName: "filing.txt",
    }),
  },
  {
    name: "page footers",
    make: (t) => ({ name: "page footers", text: withFooters(t), fileName: "filing.txt" }),
  },
];

/** A saved web page: one table row per printed line, cells for line id, label and figures. */
function webPage(text: string): string {
  const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const rows = lines(text)
    .filter((l) => l.trim() !== "")
    .map(
      (l) =>
        `<tr>${l
          .split("\t")
          .map((c) => `<td>${esc(c)}</td>`)
          .join("")}</tr>`,
    );
  return `<!DOCTYPE html><html><head><title>Filing</title></head><body><table>\n${rows.join("\n")}\n</table></body></html>`;
}

/** A page whose whole body sits in one cell of a layout table: each printed line a paragraph. */
function layoutCellPage(text: string): string {
  const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const paragraphs = lines(text)
    .filter((l) => l.trim() !== "")
    .map((l) => `<p>${esc(l)}</p>`);
  return `<!DOCTYPE html><html><body><table><tr><td>\n${paragraphs.join("\n")}\n</td></tr></table></body></html>`;
}

/** An Excel copy whose code column stands before the amount: `label <tab> [7010] <tab> 5,598,505,864`. */
function codeFirst(text: string): string {
  return lines(text)
    .map((l) =>
      /\[\d{4}\]/.test(l) ? l.replace(PAIR, (_m, figure: string, code: string) => `[${code}]\t${figure}`) : l,
    )
    .join("\n");
}

/** A CSV export: every tab-separated field a quoted cell, figure and bare code in cells of their own. */
function csv(text: string): string {
  const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  return lines(text)
    .map((l) => {
      if (l.trim() === "") return "";
      const cells = l
        .replace(/(\S+) \[(\d{4})\] ?/g, (_m, figure: string, code: string) => `${figure}\t${code}\t`)
        .split("\t")
        .map((c) => c.trim());
      return cells.map(quote).join(",");
    })
    .join("\n");
}

/** A banner, then the header fields of each page run together on one line. */
function bannerHeader(text: string): string {
  const out: string[] = [];
  let header: string[] = [];
  for (const raw of lines(text)) {
    const line = raw.trim();
    if (HEADER.test(line)) {
      header.push(line);
      continue;
    }
    if (line === "" && header.length > 0) continue;
    if (header.length > 0) {
      out.push("W I N J A M M E R   F I L I N G.", header.join("  "), "");
      header = [];
    }
    out.push(raw);
  }
  return out.join("\n");
}

/** Page footers and bare page numbers inside the statements, as a printed copy has them. */
function withFooters(text: string): string {
  const all = lines(text);
  const pages = Math.ceil(all.length / 25);
  const out: string[] = [];
  all.forEach((line, i) => {
    out.push(line);
    if (i % 25 === 24) {
      const page = (i + 1) / 25;
      out.push("", `Daily Seg - FOCUS II\tPage ${page} of ${pages}`, "", String(page), "");
    }
  });
  return out.join("\n");
}

/** Every copy of `text`: each source with each figure spelling that suits it. */
export function copiesOf(text: string): Copy[] {
  const copies: Copy[] = [];
  for (const spelling of SPELLINGS)
    for (const source of SOURCES) {
      const copy = source.make(spelling.apply(text));
      copies.push({ ...copy, name: `${copy.name}, ${spelling.name}` });
    }
  return copies;
}
