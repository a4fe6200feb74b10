import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CliEnv } from "../../src/cli";
import { createConvertCommand } from "../../src/cli/convert-command";
import { fixture, runCli } from "../support/run-cli";
import { loadIntoHyperFormula, readXlsx } from "../support/xlsx-hyperformula";

/** An in-memory CLI environment: files from a table, output collected, writes recorded. */
function fakeEnv(files: Record<string, string> = {}) {
  const out = { stdout: "", stderr: "", written: [] as string[] };
  const env: CliEnv = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: async (p) =>
      p in files ? { ok: true, text: files[p]! } : { ok: false, reason: `cannot read ${p}: no such file` },
    readStdin: async () => ({ ok: true, text: "" }),
    root: "/",
  };
  const convert = createConvertCommand(async (p) => {
    out.written.push(p);
    return null;
  });
  return { env, out, convert };
}

describe("tieout convert: arguments and unreadable input", () => {
  const cases: readonly (readonly [string, readonly string[], RegExp])[] = [
    ["no file", ["-o", "out.xlsx"], /^tieout: convert needs at least one FILE/],
    ["no -o", ["a.txt"], /^tieout: convert needs -o OUT\.xlsx$/],
    [
      "a negative tolerance",
      ["a.txt", "-o", "x.xlsx", "--tolerance", "-1"],
      /^tieout: --tolerance takes a number of dollars, 0 or more$/,
    ],
    ["a word for a tolerance", ["a.txt", "-o", "x.xlsx", "--tolerance=ten"], /\(got 'ten'\)$/],
    ["an unknown option", ["a.txt", "-o", "x.xlsx", "--bogus"], /^tieout: Unknown option '--bogus'$/],
    ["a missing file", ["missing.txt", "-o", "x.xlsx"], /^tieout: cannot read missing\.txt: no such file$/],
  ];
  for (const [what, args, reason] of cases)
    it(`exits 2 on ${what}, writes nothing, says why in one line`, async () => {
      const { env, out, convert } = fakeEnv({ "a.txt": "x" });
      assert.equal(await convert(args, env), 2);
      assert.match(out.stderr.trim(), reason);
      assert.equal(out.stderr.trim().split("\n").length, 1);
      assert.deepEqual(out.written, []);
    });

  it("exits 2 and writes no workbook when an input holds no filing", async () => {
    const { env, out, convert } = fakeEnv({ "notes.txt": "Dear all,\nplease find the figures attached.\n" });
    assert.equal(await convert(["notes.txt", "-o", "out.xlsx"], env), 2);
    assert.match(out.stderr, /^tieout: notes\.txt: .*; no workbook written\n$/);
    assert.deepEqual(out.written, []);
  });

  it("prints its usage on --help and exits 0", async () => {
    const { env, out, convert } = fakeEnv();
    assert.equal(await convert(["--help"], env), 0);
    assert.match(out.stdout, /^usage: tieout convert FILE\.\.\. -o OUT\.xlsx \[--tolerance N\]/);
  });
});

describe("tieout convert on the sample text", function () {
  this.timeout(60000);
  const text = readFileSync(fixture, "utf8");

  it("writes a workbook whose every Check is OK when evaluated, and exits 0", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "tieout-convert-")), "sample.xlsx");
    const r = runCli(["convert", fixture, "-o", out]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Wrote .*sample\.xlsx: 1 filing, 3 statement sheets, 0 error/);
    const workbook = await readXlsx(readFileSync(out));
    const engine = loadIntoHyperFormula(workbook);
    let checks = 0;
    for (const sheet of ["Secured Amounts", "Segregation", "Sequestration"])
      workbook.getWorksheet(sheet)!.eachRow((row, r) => {
        if (!row.getCell(7).formula) return;
        checks++;
        assert.equal(engine.value(sheet, `G${r}`), "OK", `${sheet}!G${r}`);
        assert.equal(engine.value(sheet, `F${r}`), 0, `${sheet}!F${r}`);
      });
    assert.equal(checks, 18);
    assert.equal(engine.value(engine.nameTarget("SEC_7740").sheet, engine.nameTarget("SEC_7740").address), 607099712);
  });

  it("exits 1 on a figure that does not tie, with the finding noted and listed", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tieout-convert-"));
    const input = path.join(dir, "changed.txt");
    writeFileSync(input, text.replace("<b><u>557,495,222</u></b> [7700]", "<b><u>557,495,322</u></b> [7700]"));
    const out = path.join(dir, "changed.xlsx");
    const r = runCli(["convert", input, "-o", out, "--tolerance", "10"]);
    assert.equal(r.status, 1, r.stderr);
    const workbook = await readXlsx(readFileSync(out));
    const engine = loadIntoHyperFormula(workbook);
    assert.equal(engine.value("Summary", "B3"), 10, "the tolerance given");
    const at = engine.nameTarget("SEC_7740");
    assert.equal(engine.value(at.sheet, `G${at.address.slice(1)}`), "Does not tie");
    assert.ok(workbook.getWorksheet(at.sheet)!.getCell(at.address).note, "a note on the flagged cell");
  });
});
