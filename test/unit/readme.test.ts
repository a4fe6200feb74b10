import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { END, START, withChecksTable } from "../../scripts/checks-table";

const README = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

describe("README", () => {
  it("opens with the two set-up commands: the demo and the tests", () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(README)?.[1] ?? "";
    assert.match(firstBlock, /^npm ci && npm run demo\b/m);
    assert.match(firstBlock, /^npm test\b/m);
  });

  it("lists exactly the catalog's checks (regenerate: npx tsx scripts/checks-table.ts --write)", () => {
    assert.ok(README.includes(START) && README.includes(END));
    assert.equal(README, withChecksTable(README));
  });
});
