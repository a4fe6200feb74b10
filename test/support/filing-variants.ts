import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatMoney } from "../../src/core/checks";
import { root } from "./run-cli";

/**
 * Filings built from the shared fixtures, each with every printed instruction intact and every total
 * tying: the sample, the later layouts, and both renumbered to codes no catalog knows (with their
 * planted errors taken out, so that a variant's only differences are the ones a test makes).
 */
const read = (path: string): string => readFileSync(join(root, "test", "fixtures", path), "utf8");

export interface FixtureFiling {
  readonly name: string;
  readonly text: string;
  /** A component of a total whose rule comes from a printed instruction, and that total. */
  readonly planted: readonly { readonly component: string; readonly total: string }[];
}

export const fixtureFilings: readonly FixtureFiling[] = [
  {
    name: "the sample",
    text: read("citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"),
    planted: [
      { component: "7010", total: "7040" },
      { component: "7070", total: "7180" },
      { component: "8560", total: "8580" },
    ],
  },
  {
    name: "the later layouts",
    text: read("later/daily-seg-later.txt"),
    planted: [
      { component: "7315", total: "7345" },
      { component: "7010", total: "7040" },
      { component: "8600", total: "8720" },
    ],
  },
  {
    name: "the sample renumbered",
    text: read("renumbered/daily-seg-renumbered.txt").replace(/4,069,115,414(<\/u><\/b> \[6070\])/, "4,069,114,414$1"),
    planted: [
      { component: "6010", total: "6040" },
      { component: "6070", total: "6180" },
      { component: "9500", total: "9550" },
    ],
  },
  {
    name: "the later layouts renumbered",
    text: read("renumbered/daily-seg-later-renumbered.txt").replace(/1,100,000(<\/u><\/b> \[6305\])/, "1,000,000$1"),
    planted: [
      { component: "6317", total: "6345" },
      { component: "6032", total: "6040" },
      { component: "9620", total: "9720" },
    ],
  },
];

/** The figure printed before `[code]` (with or without markup), as `format` rewrites it. */
export function replaceFigure(text: string, code: string, format: (raw: string) => string): string {
  const pattern = new RegExp(`(-?[\\d,]+)((?:</u>)?(?:</b>)? \\[${code}\\])`);
  const match = pattern.exec(text);
  if (!match) throw new Error(`[${code}] is not printed in the text`);
  return text.replace(pattern, (_all, raw: string, rest: string) => `${format(raw)}${rest}`);
}

/** The text with `delta` dollars added to the figure printed before `[code]`. */
export function plant(text: string, code: string, delta: number): string {
  return replaceFigure(text, code, (raw) => formatMoney(Number(raw.replace(/,/g, "")) + delta));
}

/** How one list of line numbers is spelled in an "add" instruction ("lines 1, 2 and 3", "line 4 plus line 5"). */
export type Spelling = (lines: readonly number[]) => string;

const joined =
  (between: string, last: string, after = ""): Spelling =>
  (lines) =>
    lines.length === 1
      ? `line ${lines[0]}${after}`
      : `lines ${lines
          .slice(0, -1)
          .map((n) => `${n}${after}`)
          .join(between)}${last}${lines.at(-1)}${after}`;
const range =
  (word: string): Spelling =>
  (lines) =>
    `lines ${lines[0]} ${word} ${lines.at(-1)}`;

/** Every spelling the forms are known to use for "add lines …". Ranges are only offered for runs. */
export const spellings: Readonly<Record<string, Spelling>> = {
  "1, 2 and 3": joined(", ", " and "),
  "1, 2, and 3": joined(", ", ", and "),
  "1, 2 & 3": joined(", ", " & "),
  "1. 2. and 3.": joined(" ", " and ", "."),
  "1 2 and 3": joined(" ", " and "),
  "1 + 2 + 3": joined(" + ", " + "),
  "line 1 plus line 2": (lines) => lines.map((n) => `line ${n}`).join(" plus "),
  "1 thru 3": range("thru"),
  "1 through 3": range("through"),
  "1 to 3": range("to"),
};

export const isRun = (lines: readonly number[]): boolean => lines.every((n, i) => i === 0 || n === lines[i - 1]! + 1);

/** Every "add lines …" instruction of the text, rewritten by `spell` (ranges are expanded first). */
export function respell(text: string, spell: Spelling): string {
  return text.replace(/\badd lines ([\d, ]+(?:,? and \d+)|\d+ through \d+)/g, (_all, list: string) => {
    const through = /^(\d+) through (\d+)$/.exec(list);
    const lines = through
      ? Array.from({ length: Number(through[2]) - Number(through[1]) + 1 }, (_, i) => Number(through[1]) + i)
      : list.split(/,? and |, /).map(Number);
    return `add ${spell(lines)}`;
  });
}

/** Every instruction spelled, with the rewrites made, for the assertions that the fixture text did change. */
export function addInstructions(text: string): readonly string[] {
  return [...text.matchAll(/\badd lines? [^)\n]*/g)].map((m) => m[0]);
}
