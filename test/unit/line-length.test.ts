import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..", "..");
const MAX = 120;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

describe("source lines", () => {
  it(`are at most ${MAX} characters in src/ (Prettier's width, which it does not enforce on strings)`, () => {
    const files = filesUnder(join(ROOT, "src"))
      .map((path) => relative(ROOT, path).split("\\").join("/"))
      .filter((path) => /\.(ts|html|css|json)$/.test(path));
    assert.ok(files.length > 50, `found only ${files.length} source files`);
    const long = files.flatMap((path) =>
      readFileSync(join(ROOT, path), "utf8")
        .split(/\r?\n/)
        .flatMap((line, i) => (line.length > MAX ? [`${path}:${i + 1} (${line.length})`] : [])),
    );
    assert.deepEqual(long, []);
  });
});
