import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { root, runCli } from "../support/run-cli";

const oneLine = (s: string) => s.trim().split("\n").length === 1;

describe("tieout command line: arguments and unreadable input", () => {
  it("without a command prints the usage on stderr and exits 2", () => {
    const r = runCli([]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^usage: tieout <command>/);
    assert.equal(r.stdout, "");
  });

  it("help prints the usage on stdout and exits 0", () => {
    for (const args of [["help"], ["--help"], ["check", "--help"]]) {
      const r = runCli(args);
      assert.equal(r.status, 0, args.join(" "));
      assert.match(r.stdout, /check FILE\.\.\. \[--json\] \[--tolerance N\]/);
    }
  });

  const bad: readonly (readonly [string, readonly string[], RegExp])[] = [
    ["an unknown command", ["frobnicate"], /^tieout: unknown command 'frobnicate' \(try: check, demo(, \w+)*, help\)$/],
    ["check without a file", ["check"], /^tieout: check needs at least one FILE/],
    ["an unknown option", ["check", "x.txt", "--bogus"], /^tieout: Unknown option '--bogus'$/],
    [
      "a negative tolerance",
      ["check", "x.txt", "--tolerance", "-1"],
      /^tieout: --tolerance takes a number of dollars, 0 or more$/,
    ],
    [
      "a tolerance that is no number",
      ["check", "x.txt", "--tolerance=ten"],
      /^tieout: --tolerance takes a number of dollars, 0 or more \(got 'ten'\)$/,
    ],
    ["a missing file", ["check", "no-such-file.txt"], /^tieout: cannot read no-such-file\.txt: no such file$/],
    ["a directory", ["check", "test"], /^tieout: cannot read test: is a directory$/],
    ["demo with a file", ["demo", "x.txt"], /^tieout: unexpected argument 'x\.txt'$/],
  ];
  for (const [what, args, reason] of bad)
    it(`exits 2 on ${what}, with a one-line reason on stderr and nothing on stdout`, () => {
      const r = runCli(args);
      assert.equal(r.status, 2);
      assert.ok(oneLine(r.stderr), r.stderr);
      assert.match(r.stderr.trim(), reason);
      assert.equal(r.stdout, "");
    });

  it("exits 2 on empty standard input, still printing the JSON report with its diagnostics", () => {
    const r = runCli(["check", "-", "--json"], { input: "" });
    assert.equal(r.status, 2);
    assert.ok(oneLine(r.stderr), r.stderr);
    assert.match(r.stderr, /^tieout: \(stdin\): /);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(json.filings, []);
    assert.ok(json.diagnostics.length > 0);
    for (const d of json.diagnostics) for (const k of ["line", "text", "message"]) assert.ok(k in d, k);
  });

  it("exits 2 on a file with no filing in it, naming the file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tieout-"));
    const file = path.join(dir, "notes.txt");
    writeFileSync(file, "Dear all,\nplease find the figures attached.\n");
    const r = runCli(["check", file]);
    assert.equal(r.status, 2);
    assert.ok(r.stderr.startsWith(`tieout: ${file}: `), r.stderr);
    assert.match(r.stdout, /No filing could be read/);
  });

  it("runs from any directory", () => {
    const r = runCli(["help"], { cwd: tmpdir() });
    assert.equal(r.status, 0);
    assert.ok(root.length > 0);
  });
});
