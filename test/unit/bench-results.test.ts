import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CODE_MEASURED } from "../../bench/core";
import { END, START, withLatestTable } from "../../bench/readme-table";
import type { Results } from "../../bench/results";
import { formatTable } from "../../bench/table";

/**
 * The bench is a script, not a test, and nothing here looks at a time. What is tested is its
 * contract: the keys bench/README.md promises are in the committed results.json, documented in bench/README.md,
 * and the README shows the table of that same run.
 */
const BENCH = join(__dirname, "..", "..", "bench");
const results = JSON.parse(readFileSync(join(BENCH, "results.json"), "utf8")) as Results;
const readme = readFileSync(join(BENCH, "README.md"), "utf8");

const REQUIRED = [
  ["seed", "parseMs"],
  ["seed", "checkMs"],
  ["seed", "layoutMs"],
  ["seed", "xlsxMs"],
  ["floorRatio"],
  ["scale", "1000", "ms"],
  ["scale", "1000", "filingsPerSec"],
  ["scale", "1000", "rssMB"],
  ["scale", "10000", "ms"],
  ["scale", "10000", "filingsPerSec"],
  ["scale", "10000", "rssMB"],
  ["excelSyncs", "seed"],
  ["excelSyncs", "tenfold"],
  ["excelSyncs", "thirtyOne"],
  ["excelRequestBytes", "seed"],
  ["excelRequestBytes", "tenfold"],
  ["excelRequestBytes", "thirtyOne"],
  ["bundle", "taskpaneGzipKB"],
  ["bundle", "xlsxChunkGzipKB"],
  ["seed", "mean", "parseMs"],
  ["seed", "mean", "checkMs"],
  ["cli", "checkMs"],
  ["cli", "nodeMs"],
  ["allocKBPerFiling"],
] as const;

describe("bench: results.json and its README", () => {
  it("holds a number under every key the bench promises", () => {
    for (const path of REQUIRED) {
      const value = path.reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], results);
      assert.equal(typeof value, "number", path.join("."));
    }
  });

  it("was measured on the core bundle the CLI ships, and says so", () => {
    assert.equal(results.code, CODE_MEASURED);
    assert.ok(readme.includes("| `code` |"), "code");
  });

  it("documents each of those keys", () => {
    for (const path of REQUIRED) {
      const [head, ...rest] = path;
      const spelled = head === "scale" ? `scale[…].${rest[1]}` : path.join(".");
      assert.ok(
        readme.includes(spelled) ||
          readme.includes(path.join(".")) ||
          readme.includes(`scale["${rest[0]}"].${rest[1]}`),
        spelled,
      );
    }
  });

  it("shows the table of the committed run under Latest run", () => {
    assert.ok(readme.includes(START) && readme.includes(END));
    assert.equal(readme, withLatestTable(readme, results));
    assert.ok(readme.includes(formatTable(results)));
  });
});
