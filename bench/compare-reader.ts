import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import * as current from "../src/core";
import { copiesOf, SPELLINGS } from "../test/support/copies";
import { asColumns, asWrappedPdf } from "../test/support/figure-copies";

/**
 * The reader of another revision beside this one, on the same texts: every fixture, its copies in
 * every source and spelling (test/support/copies.ts), PDF wraps at four widths, Excel and CSV columns,
 * and seeded random mutations of all of them. Parse results and findings must be equal byte for byte:
 * the check for a change meant to leave behaviour alone (a faster reader). Not part of `npm test`.
 * Usage: npx tsx bench/compare-reader.ts [revision=HEAD] [mutations=1000] [seed=1]
 */
type Core = Pick<typeof current, "parseInput" | "checkFiling">;

const [revision = "HEAD", mutationCount = "1000", seedArg = "1"] = process.argv.slice(2);
const ROOT = path.join(__dirname, "..");
const sha = execFileSync("git", ["rev-parse", "--short", revision], { cwd: ROOT, encoding: "utf8" }).trim();
const dir = path.join(__dirname, "tmp", `reader-${sha}`);
mkdirSync(dir, { recursive: true });
execFileSync("sh", ["-c", `git archive ${sha} src/core | tar -x -C "${dir}"`], { cwd: ROOT });
// The other revision's sources, extracted above, loaded by tsx as these are.
const other = require(path.join(dir, "src", "core")) as Core;

const texts: { name: string; text: string; fileName: string }[] = [];
const fixtures = path.join(ROOT, "test", "fixtures");
const walk = (at: string): void => {
  for (const name of readdirSync(at)) {
    const file = path.join(at, name);
    if (statSync(file).isDirectory()) {
      if (name !== "binary" && name !== "golden") walk(file);
    } else if (/\.(txt|html)$/.test(name)) texts.push({ name: file, text: readFileSync(file, "utf8"), fileName: name });
  }
};
walk(fixtures);
const plainTexts = texts.filter((t) => t.fileName.endsWith(".txt")).map((t) => t.text);
for (const text of plainTexts.slice(0, 3))
  for (const spelling of SPELLINGS)
    for (const copy of copiesOf(spelling.apply(text))) texts.push({ ...copy, name: `${copy.name}, ${spelling.name}` });
for (const text of plainTexts)
  for (const width of [40, 55, 72, 90])
    for (const codeFirst of [false, true])
      texts.push({ name: `PDF ${width}`, text: asWrappedPdf(text, width, codeFirst), fileName: "pdf.txt" });
const CODE_SPELLINGS = [(c: string) => `[${c}]`, (c: string) => c, (c: string) => `(${c})`];
for (const text of plainTexts.slice(0, 3))
  for (const code of CODE_SPELLINGS)
    for (const codeFirst of [false, true])
      for (const csv of ["quoted", "minimal", undefined] as const)
        texts.push({
          name: `columns ${csv ?? "tabs"}`,
          text: asColumns(text, { code, codeFirst, csv }),
          fileName: "x.txt",
        });

let seed = Number(seedArg);
const random = (n: number): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const PIECES = ["\t", "  ", " ", "[7010]", "[7360]", "(7010)", "7010", "-", "\u2014", "-0-", "$", "(", ")", "1,234"]
  .concat(["5.", "A.", "line 6", "N/A", ",", '"', "12", "1O", "add lines 1 and 2", "Page 2 of 3", "**", "<b>"])
  .concat(["Daily Segregation - Segregation Statement", "End Date:6/18/2013", "0", "(1,234)", "1,234-", "through"]);
function mutate(text: string): string {
  const lines = text.split("\n");
  for (let k = 1 + random(4); k > 0; k--) {
    const i = random(lines.length);
    const line = lines[i] ?? "";
    const at = random(line.length + 1);
    const edits = [
      () => lines.splice(i, 1),
      () => lines.splice(i, 2, `${line} ${lines[i + 1] ?? ""}`),
      () => (lines[i] = line.slice(0, at) + PIECES[random(PIECES.length)]! + line.slice(at)),
      () => (lines[i] = `${line.slice(0, at)}\n${line.slice(at)}`),
      () => (lines[i] = line.replace(/ /g, () => (random(5) === 0 ? "\t" : " "))),
      () => (lines[i] = line.slice(0, at) + line.slice(at + random(6))),
      () => (lines[i] = line.replace(/(\S+) (\[\d{4}\])/g, (m, a: string, b: string) => (random(2) ? `${b} ${a}` : m))),
    ];
    edits[random(edits.length)]!();
  }
  return lines.join("\n");
}

const reading = (core: Core, text: string, fileName: string): string => {
  const result = core.parseInput(text, { fileName });
  return JSON.stringify([result, result.filings.map((f) => core.checkFiling(f))]);
};
let differ = 0;
const compare = (name: string, text: string, fileName: string): void => {
  const before = reading(other, text, fileName);
  const after = reading(current, text, fileName);
  if (before === after) return;
  differ++;
  let at = 0;
  while (before[at] === after[at]) at++;
  if (differ <= 3)
    process.stdout.write(
      `${name}: ${sha} ${before.slice(at - 120, at + 120)}\n  now ${after.slice(at - 120, at + 120)}\n`,
    );
};
for (const t of texts) compare(t.name, t.text, t.fileName);
const sources = texts.filter((t) => t.fileName.endsWith(".txt"));
for (let i = 0; i < Number(mutationCount); i++) {
  const source = sources[random(sources.length)]!;
  compare(`mutation ${i} of ${source.name}`, mutate(source.text), source.fileName);
}
const total = texts.length + Number(mutationCount);
process.stdout.write(
  `${total} texts (${texts.length} copies, ${mutationCount} mutations): ${differ} read differently from ${sha}\n`,
);
process.exitCode = differ === 0 ? 0 : 1;
