import { loadCore, type Core } from "./core";
import { bareScan, timeStages } from "./seed-pipeline";
import { mean, median, round, timeBatched } from "./stats";
import { readSample } from "./sample";

/**
 * A few seconds' reading of the sample's parse, check and layout (median, mean and best: the best run
 * varies least on a machine busy with other work) and the floor ratio, for working on speed:
 * `npx tsx bench/quick.ts [reps]`. It times the core bundle the CLI ships (bench/core.ts); `--tsx` times
 * the sources as tsx compiles them instead, module by module, to see what that costs. `npm run bench` is
 * the full, recorded run.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const reps = Number(args.find((a) => !a.startsWith("--")) ?? 1000);
  const core: Core = args.includes("--tsx")
    ? { ...require("../src/core/index"), parseFilings: require("../src/core/parse").parseFilings }
    : loadCore();
  const text = readSample();
  const { parse, check, layout } = await timeStages(core, text, reps, 200);
  const floor = mean(timeBatched(() => bareScan(text), reps, 20, 50));
  const show = (name: string, s: readonly number[]): string =>
    `${name} median ${round(median(s))} ms, mean ${round(mean(s))} ms, best ${round(Math.min(...s))} ms`;
  process.stdout.write(`${args.includes("--tsx") ? "tsx, module by module" : "core bundle"}\n`);
  process.stdout.write(`${[show("parse", parse), show("check", check), show("layout", layout)].join("\n")}\n`);
  process.stdout.write(`floorRatio (means) ${round((mean(parse) + mean(check)) / floor, 1)}\n`);
}

void main();
