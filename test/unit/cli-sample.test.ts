import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { assertGolden } from "../support/golden";
import { fixture, root, runCli } from "../support/run-cli";
import { sampleText, withFigure } from "../support/sample-text";

const golden = path.join(root, "test", "fixtures", "golden", "sample.check.json");
const relativeFixture = path.relative(root, fixture);

function tempFile(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "tieout-")), name);
  writeFileSync(file, text);
  return file;
}

describe("tieout check on the sample", () => {
  it("--json: 1 filing, 3 statements, 80 coded and 2 uncoded figures, no error finding, exit 0", () => {
    const r = runCli(["check", relativeFixture, "--json"]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, "");
    const { filings, diagnostics } = JSON.parse(r.stdout);
    assert.ok(Array.isArray(diagnostics));
    assert.equal(filings.length, 1);
    const [f] = filings;
    assert.deepEqual(
      [f.firm, f.form, f.endDate, f.submitDate, f.amendment, f.complete],
      ["Citigroup Global Markets Inc.", "Daily Seg - FOCUS II", "2013-06-18", "2013-06-19", true, true],
    );
    assert.equal(f.statements.length, 3);
    const lines = f.statements.flatMap((s: { lines: unknown[] }) => s.lines);
    assert.equal(lines.filter((l: { code: string | null }) => l.code !== null).length, 80);
    assert.equal(lines.filter((l: { code: string | null }) => l.code === null).length, 2);
    assert.deepEqual(
      f.findings.filter((x: { severity: string }) => x.severity === "error"),
      [],
    );
  });

  it("--json matches the golden file (UPDATE_GOLDEN=1 rewrites it), printed with two-space indents", () => {
    const r = runCli(["check", relativeFixture, "--json"]);
    assertGolden(golden, JSON.parse(r.stdout));
    // The golden file holds the report one figure per line; the CLI prints it the usual way, key order kept.
    assert.equal(r.stdout, `${JSON.stringify(JSON.parse(readFileSync(golden, "utf8")), null, 2)}\n`);
  });

  it("reads standard input with -, giving the same report", () => {
    const fromFile = runCli(["check", relativeFixture, "--json"]);
    const fromStdin = runCli(["check", "-", "--json"], { input: sampleText });
    assert.equal(fromStdin.status, 0);
    assert.equal(fromStdin.stdout, fromFile.stdout);
  });

  it("exits 1 and names the total when a component is off by 100", () => {
    const file = tempFile("off.txt", withFigure(sampleText, "7720", 26928638));
    const r = runCli(["check", file, "--json"]);
    assert.equal(r.status, 1);
    const findings = JSON.parse(r.stdout).filings[0].findings;
    assert.deepEqual(
      findings.map((f: { code: string; rule: string }) => [f.code, f.rule]),
      [["7740", "SEC-7740"]],
    );
    const text = runCli(["check", file]);
    assert.equal(text.status, 1);
    assert.match(
      text.stdout,
      /error {4}\[7740\] {2}Line 5 total \[7740\] is 607,099,712 but lines 5\.A–5\.E add to 607,099,812: a difference of -100 {2}\(text line 44\)/,
    );
    assert.equal(runCli(["check", file, "--tolerance", "100"]).status, 0, "a difference equal to the tolerance passes");
    assert.equal(runCli(["check", file, "--tolerance", "99"]).status, 1);
  });

  it("concatenates the filings of several files, each naming its source", () => {
    const other = tempFile("second.txt", sampleText);
    const r = runCli(["check", relativeFixture, other, "--json"]);
    assert.equal(r.status, 0);
    const { filings } = JSON.parse(r.stdout);
    assert.deepEqual(
      filings.map((f: { source: string }) => f.source),
      [relativeFixture, other],
    );
  });

  it("prints the human report: firm, form, dates, statements with counts, findings", () => {
    const r = runCli(["check", relativeFixture]);
    assert.equal(r.status, 0);
    assert.match(
      r.stdout,
      /^Citigroup Global Markets Inc\. — Daily Seg - FOCUS II, amendment\n {2}end date 2013-06-18 · submitted 2013-06-19\n/,
    );
    assert.match(r.stdout, /Daily Segregation - Secured Amounts +30 figures/);
    assert.match(r.stdout, /Findings: none, every total ties/);
  });

  it("demo checks the bundled sample from any directory and writes its workbook there, exit 0", () => {
    const cwd = mkdtempSync(path.join(tmpdir(), "tieout-demo-"));
    const r = runCli(["demo"], { cwd });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Citigroup Global Markets Inc\./);
    assert.match(r.stdout, /Checked 1 filing: no findings \(tolerance 0\)\./);
    const xlsx = path.join(realpathSync(cwd), "citigroup-2013-06-18-daily-seg-focus-ii-amendment.xlsx");
    assert.ok(r.stdout.includes(`Wrote ${xlsx}`), r.stdout);
    assert.equal(readFileSync(xlsx).subarray(0, 2).toString(), "PK", "an .xlsx is a zip");
  });

  it("demo -o writes the workbook where it is told", () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "tieout-demo-")), "mine.xlsx");
    const r = runCli(["demo", "-o", out]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(existsSync(out));
  });
});
