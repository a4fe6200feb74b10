import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { END, START, withChecksTable } from "../../scripts/checks-table";
import { catalog, ruleTarget } from "../../src/core/forms";

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

describe("docs/forms.md", () => {
  const doc = readFileSync(join(__dirname, "..", "..", "docs", "forms.md"), "utf8");
  const known = new Set(catalog.flatMap((f) => f.sections.flatMap((s) => s.lines.map((l) => l.code))));

  it("explains every version and every total the catalog checks", () => {
    for (const form of catalog) {
      assert.ok(doc.includes(`\`${form.version}\``), form.version);
      for (const rule of form.rules) assert.ok(doc.includes(`[${ruleTarget(rule)}]`), `${rule.id} is not explained`);
    }
  });

  it("names only codes the catalog knows", () => {
    const named = [...doc.matchAll(/\[(\d{4})\]/g)].map((m) => m[1]);
    assert.ok(named.length > 50);
    assert.deepEqual(
      named.filter((code) => !known.has(code!)),
      [],
    );
  });
});
