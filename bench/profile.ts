import { readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { buildCore, loadCore } from "./core";
import { generateFilings } from "./generate";
import { readSample } from "./sample";

/**
 * Where parse+check spend their time, or their memory, on the core bundle the CLI ships (bench/core.ts):
 * - `npx tsx bench/profile.ts` samples the CPU over 3,000 parse+check runs of the sample and prints the
 *   functions with the most self and inclusive time;
 * - `npx tsx bench/profile.ts --heap [--parse]` samples every allocation (collected ones included) over
 *   parse+check (or parse alone) of 1,000 generated filings, the allocation bench's kind (bench/alloc.ts),
 *   and prints the KB each function allocates per filing.
 * Not part of `npm run bench`; it is how the floorRatio's and allocKBPerFiling's causes are found.
 */
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface HeapNode {
  callFrame: CallFrame;
  selfSize: number;
  children: HeapNode[];
}

/**
 * A frame's name with the source file it was written in: esbuild heads each module's code in the bundle
 * with a `// src/…` comment, so a frame is named by that file rather than by the bundle.
 */
function frameNamer(bundle: string): (frame: CallFrame) => string {
  const starts: Array<[number, string]> = [];
  readFileSync(bundle, "utf8")
    .split("\n")
    .forEach((text, i) => {
      if (text.startsWith("// src/")) starts.push([i, text.slice(3)]);
    });
  const source = (line: number): string => {
    let file = "bundle";
    for (const [start, name] of starts) if (start <= line) file = name;
    return file;
  };
  return ({ functionName, url, lineNumber }) => {
    const where = url.endsWith(bundle)
      ? `${source(lineNumber).split("/").slice(-2).join("/")} (bundle line ${lineNumber + 1})`
      : url
        ? `${url.split("/").slice(-3).join("/")}:${lineNumber + 1}`
        : "(native)";
    return `${functionName || "(anonymous)"} ${where}`;
  };
}

function show(title: string, totals: Map<string, number>, format: (n: number) => string): void {
  process.stdout.write(`${title}\n`);
  for (const [name, n] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 40))
    process.stdout.write(`${format(n).padStart(8)}  ${name}\n`);
}

async function cpu(session: Session, bundle: string): Promise<void> {
  const { parseFilings, checkFiling } = loadCore(bundle);
  const nameOf = frameNamer(bundle);
  const text = readSample();
  const filing = parseFilings(text).filings[0]!;
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  for (let i = 0; i < 3000; i++) checkFiling(parseFilings(text).filings[0] ?? filing, { tolerance: 0 });
  const { profile } = (await session.post("Profiler.stop")) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map<number, number>();
  profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, t] of time) {
    const name = nameOf(byId.get(id)!.callFrame);
    self.set(name, (self.get(name) ?? 0) + t);
    // Each function counted once per sample even when it recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const outer = nameOf(byId.get(at)!.callFrame);
      if (!seen.has(outer)) inclusive.set(outer, (inclusive.get(outer) ?? 0) + t);
      seen.add(outer);
    }
  }
  const main = [...inclusive].find(([name]) => name.startsWith("cpu "))?.[1] ?? 1;
  const percent = (t: number): string => `${((100 * t) / main).toFixed(1)}%`;
  show("Self time (% of the profiled loop)", self, percent);
  show("Inclusive time (% of the profiled loop)", inclusive, percent);
}

async function heap(session: Session, bundle: string, parseOnly: boolean): Promise<void> {
  const { parseFilings, checkFiling } = loadCore(bundle);
  const nameOf = frameNamer(bundle);
  const texts = generateFilings(readSample(), 200, { seed: 6 }).map((g) => g.text);
  const rounds = 5;
  await session.post("HeapProfiler.enable");
  // Every object is sampled however soon it dies: what a filing allocates, not what it keeps.
  await session.post("HeapProfiler.startSampling", {
    samplingInterval: 256,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  } as never);
  for (let r = 0; r < rounds; r++)
    for (const text of texts) {
      const { filings } = parseFilings(text);
      if (!parseOnly) for (const filing of filings) checkFiling(filing);
    }
  const { profile } = (await session.post("HeapProfiler.stopSampling")) as unknown as { profile: { head: HeapNode } };
  const self = new Map<string, number>();
  let total = 0;
  const walk = (node: HeapNode): void => {
    const name = nameOf(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + node.selfSize);
    total += node.selfSize;
    node.children.forEach(walk);
  };
  walk(profile.head);
  const filings = rounds * texts.length;
  const kb = (bytes: number): string => `${(bytes / 1024 / filings).toFixed(1)} KB`;
  process.stdout.write(`Allocated per filing (${parseOnly ? "parse" : "parse+check"}): ${kb(total)}\n`);
  show("Self allocation per filing", self, kb);
}

async function main(): Promise<void> {
  const bundle = buildCore();
  const session = new Session();
  session.connect();
  if (process.argv.includes("--heap")) await heap(session, bundle, process.argv.includes("--parse"));
  else await cpu(session, bundle);
  session.disconnect();
}

void main();
