import assert from "node:assert/strict";
import { assurance, checkFiling } from "../../src/core/checks";
import type { Finding, ParseResult } from "../../src/core/model";
import { parseFilings } from "../../src/core/parse";
import { checkPaneInput } from "../../src/taskpane/check-view";
import { fixtureFilings, replaceFigure } from "../support/filing-variants";
import { runCli } from "../support/run-cli";

/**
 * The one rule for trust: exit 0 and "every total ties" only when every figure the text prints was
 * read and every rule was checked. A figure printed and not read is an error on its code; a line
 * simply absent from a partial copy leaves the filing incomplete, and is no error.
 */
const findingsOf = (parsed: ParseResult): Finding[] => parsed.filings.flatMap((f) => [...checkFiling(f)]);
const verdictOf = (parsed: ParseResult) =>
  assurance(parsed.filings.map((filing) => ({ filing, findings: checkFiling(filing) }))).kind;
const cli = (text: string) => runCli(["check", "-", "--json"], { input: text });

const UNREADABLE = ["N/A", "n/a", "TBD", "5,598,5O5,864", "1.2.3", "(12", "*"];
const [sample, later, renumbered] = fixtureFilings;
const cases = [
  { fixture: sample!, codes: ["7010", "7045", "7360", "7735", "8500", "8715"] },
  { fixture: later!, codes: ["7305", "7315", "7194", "8760"] },
  { fixture: renumbered!, codes: ["6010", "6070"] },
];

describe("a printed figure that cannot be read is an error on its code", () => {
  for (const { fixture, codes } of cases)
    for (const code of codes)
      for (const token of UNREADABLE)
        it(`${fixture.name}: "${token}" printed for [${code}]`, () => {
          const parsed = parseFilings(replaceFigure(fixture.text, code, () => token));
          const findings = findingsOf(parsed);
          assert.deepEqual(
            findings.filter((f) => f.code === code && f.kind === "unread-figure").map((f) => f.severity),
            ["error"],
          );
          // Whatever it feeds is not a quiet "could not be checked".
          const fed = findings.filter((f) => f.missing?.includes(code));
          assert.ok(
            fed.every((f) => f.severity === "error"),
            JSON.stringify(fed),
          );
          assert.ok(
            parsed.filings.every((f) => f.complete),
            "a figure printed is not a line missing",
          );
          assert.equal(verdictOf(parsed), "failed");
        });

  it("the CLI exits 1 and the JSON names the code", () => {
    const r = cli(replaceFigure(sample!.text, "7010", () => "N/A"));
    assert.equal(r.status, 1, r.stderr);
    const findings = JSON.parse(r.stdout).filings[0].findings as Finding[];
    assert.ok(findings.some((f) => f.code === "7010" && f.severity === "error" && f.kind === "unread-figure"));
  });

  it("the pane never says the filing ties", () => {
    const view = checkPaneInput({ text: replaceFigure(sample!.text, "7010", () => "N/A"), sourceName: "x" }, 0);
    assert.equal(view.tone, "error");
    assert.doesNotMatch(view.headline, /ties/);
    assert.match(view.headline, /1 printed figure could not be read/);
  });
});

describe("a code printed twice with different figures is an error on its code", () => {
  const repeat = (text: string, line: string) =>
    text.replace(/^12\.\tSegregated funds on hand.*$/m, (l) => `${l}\n${line}`);

  it("an error finding, exit 1; the same figure repeated stays a warning with exit 0", () => {
    const conflicting = repeat(sample!.text, "\tRepeated cash\t<b><u>5,598,505,964</u></b> [7010]");
    const findings = findingsOf(parseFilings(conflicting));
    assert.deepEqual(
      findings.filter((f) => f.severity === "error").map((f) => [f.code, f.kind]),
      [["7010", "conflicting-figure"]],
    );
    assert.equal(cli(conflicting).status, 1);
    const same = repeat(sample!.text, "\tRepeated cash\t<b><u>5,598,505,864</u></b> [7010]");
    assert.deepEqual(findingsOf(parseFilings(same)), []);
    assert.equal(cli(same).status, 0);
  });
});

describe("a copy cut short is incomplete, not wrong", () => {
  const lines = sample!.text.split("\n");
  const cuts = [30, 60, 75, 90, 120, 140];
  for (const cut of cuts)
    it(`the sample cut after input line ${cut}: complete false, no error finding, exit 3`, () => {
      const text = lines.slice(0, cut).join("\n");
      const parsed = parseFilings(text);
      assert.equal(parsed.filings[0]!.complete, false);
      assert.deepEqual(
        findingsOf(parsed).filter((f) => f.severity !== "info"),
        [],
      );
      assert.equal(verdictOf(parsed), "unchecked");
      assert.equal(cli(text).status, 3);
    });

  it("a line left out of the middle: the same, and the pane does not say it ties", () => {
    const text = lines.filter((l) => !l.includes("[7010]")).join("\n");
    const parsed = parseFilings(text);
    assert.equal(parsed.filings[0]!.complete, false);
    assert.deepEqual(
      findingsOf(parsed).map((f) => [f.severity, f.code]),
      [["info", "7040"]],
    );
    const view = checkPaneInput({ text, sourceName: "x" }, 0);
    assert.equal(view.tone, "warning");
    assert.doesNotMatch(view.headline, /ties/);
  });

  it("the whole sample still exits 0 with nothing found", () => {
    const r = cli(sample!.text);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).filings[0].findings, []);
  });
});
