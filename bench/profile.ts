import { readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { buildCore, loadCore } from "./core";
import { readSample } from "./sample";

/**
 * Where parse+check spend their time on the sample: `npx tsx bench/profile.ts` samples the CPU over
 * 3,000 parse+check runs of the core bundle the CLI ships (bench/core.ts) and prints the functions with
 * the most self and inclusive time. Not part of `npm run bench`; it is how the floorRatio's cause is
 * found (see bench/README.md).
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/**
 * The source file of each line of the bundle: esbuild heads each module's code with a `// src/…` comment,
 * so a frame is named by the file it was written in rather than by the bundle.
 */
function sourceOf(bundle: string): (line: number) => string {
  const starts: Array<[number, string]> = [];
  bundle.split("\n").forEach((text, i) => {
    if (text.startsWith("// src/")) starts.push([i, text.slice(3)]);
  });
  return (line) => {
    let file = "bundle";
    for (const [start, name] of starts) if (start <= line) file = name;
    return file;
  };
}

async function main(): Promise<void> {
  const bundle = buildCore();
  const { parseFilings, checkFiling } = loadCore(bundle);
  const source = sourceOf(readFileSync(bundle, "utf8"));
  const text = readSample();
  const filing = parseFilings(text).filings[0]!;
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  for (let i = 0; i < 3000; i++) checkFiling(parseFilings(text).filings[0] ?? filing, { tolerance: 0 });
  const { profile } = (await session.post("Profiler.stop")) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  session.disconnect();

  const where = ({ callFrame: { url, lineNumber } }: ProfileNode): string =>
    url.endsWith(bundle)
      ? `${source(lineNumber).split("/").slice(-2).join("/")} (bundle line ${lineNumber + 1})`
      : `${url.split("/").slice(-3).join("/")}:${lineNumber + 1}`;
  const nameOf = (n: ProfileNode): string => `${n.callFrame.functionName || "(anonymous)"} ${where(n)}`;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map<number, number>();
  profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, t] of time) {
    self.set(nameOf(byId.get(id)!), (self.get(nameOf(byId.get(id)!)) ?? 0) + t);
    // Each function counted once per sample even when it recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(byId.get(at)!);
      if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + t);
      seen.add(name);
    }
  }
  const main = [...inclusive].find(([name]) => name.startsWith("main "))?.[1] ?? 1;
  const show = (title: string, m: Map<string, number>): void => {
    process.stdout.write(`${title} (% of the profiled loop)\n`);
    for (const [name, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 15))
      process.stdout.write(`${((100 * t) / main).toFixed(1).padStart(6)}%  ${name}\n`);
  };
  show("Self time", self);
  show("Inclusive time", inclusive);
}

void main();
