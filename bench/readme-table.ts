import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Results } from "./results";
import { formatTable } from "./table";

export const START = "<!-- bench:start (written by npm run bench) -->";
export const END = "<!-- bench:end -->";

/** bench/README.md with the latest table between its markers, so the README always shows the last run. */
export function withLatestTable(readme: string, results: Results): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) return readme;
  return `${readme.slice(0, from + START.length)}\n\`\`\`text\n${formatTable(results)}\n\`\`\`\n${readme.slice(to)}`;
}

export function updateReadme(results: Results): void {
  const path = join(__dirname, "README.md");
  writeFileSync(path, withLatestTable(readFileSync(path, "utf8"), results));
}
