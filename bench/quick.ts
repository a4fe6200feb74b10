import { checkFiling } from "../src/core/checks";
import { layoutWorkbook } from "../src/core/layout";
import { parseFilings } from "../src/core/parse";
import { bareScan } from "./seed-pipeline";
import { mean, median, round, timeBatched, timeEach } from "./stats";
import { readSample } from "./sample";

/**
 * A few seconds' reading of the sample's parse, check and layout (median, mean and best: the best run
 * varies least on a machine busy with other work) and the floor ratio, for working on speed: `npx tsx bench/quick.ts [reps]`. `npm run bench` is the full, recorded run.
 */
async function main(): Promise<void> {
  const reps = Number(process.argv[2] ?? 1000);
  const text = readSample();
  const filing = parseFilings(text).filings[0]!;
  const findings = checkFiling(filing, { tolerance: 0 });
  const parse = await timeEach(() => parseFilings(text), reps, 200);
  const fresh = Array.from({ length: reps + 200 }, () => parseFilings(text).filings[0]!);
  let next = 0;
  const check = await timeEach(() => checkFiling(fresh[next++]!, { tolerance: 0 }), reps, 200);
  const input = { filings: [filing], findings: [findings], sourceName: "sample.txt", tolerance: 0 };
  const layout = await timeEach(() => layoutWorkbook(input), reps, 200);
  const floor = mean(timeBatched(() => bareScan(text), reps, 20, 50));
  const show = (name: string, s: readonly number[]): string =>
    `${name} median ${round(median(s))} ms, mean ${round(mean(s))} ms, best ${round(Math.min(...s))} ms`;
  process.stdout.write(`${[show("parse", parse), show("check", check), show("layout", layout)].join("\n")}\n`);
  process.stdout.write(`floorRatio (means) ${round((mean(parse) + mean(check)) / floor, 1)}\n`);
}

void main();
