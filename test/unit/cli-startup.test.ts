import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { bin, fixture, root } from "../support/run-cli";

/** Runs the CLI with every loaded module file listed; returns the exit status and those files. */
function modulesOf(args: readonly string[]): { status: number | null; modules: string[] } {
  const hook = path.join(root, "test", "support", "module-log.cjs");
  const r = spawnSync(process.execPath, ["--require", hook, bin, ...args], { cwd: root, encoding: "utf8" });
  const line = r.stderr.split("\n").find((l) => l.startsWith("MODULES "));
  assert.ok(line, r.stderr);
  return { status: r.status, modules: JSON.parse(line.slice("MODULES ".length)) as string[] };
}

const bundle = path.join(root, "dist-cli", "tieout.cjs");
const loadsExcelJs = (modules: readonly string[]): boolean => modules.some((m) => m.includes("/node_modules/exceljs/"));

describe("CLI start-up: built ahead of time, ExcelJS only when a workbook is written", () => {
  before(function () {
    this.timeout(60_000);
    const built = spawnSync("npm", ["run", "--silent", "build:cli"], { cwd: root, encoding: "utf8" });
    assert.equal(built.status, 0, built.stderr);
  });

  it("check runs from the bundle and loads neither ExcelJS nor the TypeScript loader", () => {
    const { status, modules } = modulesOf(["check", fixture]);
    assert.equal(status, 0);
    assert.ok(modules.includes(bundle), "the bundle ran");
    assert.ok(!loadsExcelJs(modules), "check loaded ExcelJS");
    assert.ok(!modules.some((m) => m.includes("/node_modules/tsx/")), "check transpiled TypeScript");
  });

  it("leaves the catalog's validator (zod) out of the bundle: the built-in data is validated by its tests", () => {
    const code = readFileSync(bundle, "utf8");
    assert.ok(code.includes("node_modules/htmlparser2/"), "the bundle names the modules it inlines");
    assert.ok(!code.includes("node_modules/zod/"));
  });

  it("convert loads ExcelJS, which it needs to write the workbook", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tieout-"));
    try {
      const { status, modules } = modulesOf(["convert", fixture, "-o", path.join(dir, "out.xlsx")]);
      assert.equal(status, 0);
      assert.ok(loadsExcelJs(modules));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("runs the sources, not a stale bundle, when a source file is newer than the bundle", function () {
    this.timeout(30_000);
    const source = path.join(root, "src", "cli", "main.ts");
    const later = new Date(Date.now() + 60_000);
    utimesSync(source, later, later);
    try {
      const { status, modules } = modulesOf(["check", fixture]);
      assert.equal(status, 0);
      assert.ok(!modules.includes(bundle), "a stale bundle ran");
      assert.ok(modules.includes(source));
    } finally {
      const now = new Date();
      utimesSync(source, now, now);
      spawnSync("npm", ["run", "--silent", "build:cli"], { cwd: root });
    }
  });
});
