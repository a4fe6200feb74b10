import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Copies of a filing as accountants get them — a PDF viewer's one line per page, a header run
 * together, a banner above it, footers and page numbers between lines — built from a fixture's text
 * so each test compares what the parser reads in the copy with what it reads in the original.
 */

const fixtures = path.join(__dirname, "..", "fixtures");
export const sampleCopyText = readFileSync(
  path.join(fixtures, "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"),
  "utf8",
);
export const laterCopyText = readFileSync(path.join(fixtures, "later", "daily-seg-later.txt"), "utf8");

/** One printed page: its header lines (status and fields) and every other non-blank line after them. */
export interface Page {
  readonly header: readonly string[];
  readonly body: readonly string[];
}

const HEADER_LINE = /^(\*\*)?(AMENDMENT|INITIAL|End Date:|Firm Name:|Form:|Submit Date:)/;

/** The fixture as pages: a header line after body lines starts the next page. */
export function pagesOf(text: string): Page[] {
  const pages: { header: string[]; body: string[] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const last = pages[pages.length - 1];
    if (HEADER_LINE.test(line)) {
      if (!last || last.body.length > 0) pages.push({ header: [line], body: [] });
      else last.header.push(line);
    } else if (last) last.body.push(line);
    else pages.push({ header: [], body: [line] });
  }
  return pages;
}

/** A line without its markup (`**…**`, tags, `## `), as a viewer copies it. */
export function plain(line: string): string {
  return line
    .replace(/<[^<>]*>/g, "")
    .replace(/\*\*/g, "")
    .replace(/^## /, "");
}

/** Pages back to text, one line per printed line, a blank line between header lines as the fixture has. */
export function pagesText(pages: readonly Page[]): string {
  return pages.map((p) => [...p.header, ...p.body].join("\n\n")).join("\n\n") + "\n";
}

/** Each page on one line: its header, title and body run together with spaces, as a PDF viewer copies a page. */
export function onePagePerLine(pages: readonly Page[]): string {
  return pages.map(pageLine).join("\n") + "\n";
}

/** The whole filing on one line. */
export function singleLine(pages: readonly Page[]): string {
  return pages.map(pageLine).join(" ");
}

function pageLine(page: Page): string {
  return [...page.header, ...page.body]
    .map((l) => plain(l).replace(/\s+/g, " ").trim())
    .filter((l) => l !== "")
    .join(" ");
}

/** Every page's header run together on one line (`AMENDMENT End Date:… Firm Name:… Form:… Submit Date:…`). */
export function headerOnOneLine(pages: readonly Page[], separator = " "): Page[] {
  return pages.map((p) => ({ ...p, header: p.header.length ? [p.header.map(plain).join(separator)] : [] }));
}

/** The header with each value on the line after its label (`End Date:` then `6/18/2013`). */
export function valueOnNextLine(pages: readonly Page[]): Page[] {
  return pages.map((p) => ({
    ...p,
    header: p.header.flatMap((l) => {
      const m = /^(?:\*\*)?([A-Za-z ]+:)(.*?)(?:\*\*)?$/.exec(l);
      return m ? [m[1]!, m[2]!] : [l];
    }),
  }));
}

/** Each header field's value rewritten by `spell` (dates, status), given the field's label. */
export function respell(pages: readonly Page[], spell: (label: string, value: string) => string): Page[] {
  return pages.map((p) => ({
    ...p,
    header: p.header.map((l) => {
      const m = /^(\*\*)?([A-Za-z ]+:)?(.*?)(\*\*)?$/.exec(l)!;
      return `${m[1] ?? ""}${m[2] ?? ""}${spell(m[2] ?? "", m[3]!)}${m[4] ?? ""}`;
    }),
  }));
}

/** `extra` lines inserted after every `every`-th body line of each page (footers, page numbers). */
export function withFurniture(
  pages: readonly Page[],
  every: number,
  extra: (page: number, count: number) => string,
): Page[] {
  let n = 0;
  return pages.map((p) => ({
    ...p,
    body: p.body.flatMap((l, i) => ((i + 1) % every === 0 ? [l, extra(++n, pages.length)] : [l])),
  }));
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The ways a date in M/D/YYYY is printed by viewers, spreadsheets and older systems. */
export const DATE_SPELLINGS: readonly {
  readonly name: string;
  readonly spell: (m: number, d: number, y: number) => string;
}[] = [
  { name: "M/D/YYYY", spell: (m, d, y) => `${m}/${d}/${y}` },
  { name: "MM/DD/YYYY", spell: (m, d, y) => `${pad(m)}/${pad(d)}/${y}` },
  { name: "M/D/YY", spell: (m, d, y) => `${m}/${d}/${String(y).slice(2)}` },
  { name: "YYYY-MM-DD", spell: (m, d, y) => `${y}-${pad(m)}-${pad(d)}` },
  { name: "Month D, YYYY", spell: (m, d, y) => `${MONTHS[m - 1]} ${d}, ${y}` },
  { name: "Mon D, YYYY", spell: (m, d, y) => `${MONTHS[m - 1]!.slice(0, 3)} ${d}, ${y}` },
  { name: "Mon. D YYYY", spell: (m, d, y) => `${MONTHS[m - 1]!.slice(0, 3)}. ${d} ${y}` },
  { name: "D Month YYYY", spell: (m, d, y) => `${d} ${MONTHS[m - 1]} ${y}` },
  { name: "DD-Mon-YYYY", spell: (m, d, y) => `${pad(d)}-${MONTHS[m - 1]!.slice(0, 3)}-${y}` },
  { name: "D-Mon-YY", spell: (m, d, y) => `${d}-${MONTHS[m - 1]!.slice(0, 3)}-${String(y).slice(2)}` },
];

const pad = (n: number): string => String(n).padStart(2, "0");

/** A M/D/YYYY date respelled. */
export function spellDate(date: string, spell: (m: number, d: number, y: number) => string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date.trim());
  if (!m) return date;
  return spell(Number(m[1]), Number(m[2]), Number(m[3]));
}
