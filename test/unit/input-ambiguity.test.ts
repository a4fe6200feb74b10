import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkFiling } from "../../src/core/checks";
import type { Diagnostic, ParseResult } from "../../src/core/model";
import { parseFilings } from "../../src/core/parse";

/**
 * "Ambiguity is reported, not guessed", against the real parser: each ambiguous input is a
 * diagnostic on its own input line, and every other figure of the sample is still read as printed.
 */
const SAMPLE = readFileSync(
  join(__dirname, "../fixtures/citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"),
  "utf8",
);
const LINE_7020 = "\tB. Securities (at market)\t<b><u>1,392,357,829</u></b> [7020]";

/** Every coded figure as code → value, and the uncoded ones (Sequestration 12.A, 12.B) as "uncoded n" → value, in input order. */
function figures(r: ParseResult): Map<string, number> {
  const out = new Map<string, number>();
  let uncoded = 0;
  for (const f of r.filings)
    for (const s of f.statements) for (const l of s.lines) out.set(l.code ?? `uncoded ${++uncoded}`, l.value);
  return out;
}

const expected = figures(parseFilings(SAMPLE));

/** All the sample's figures but `except` are read, with the sample's values. */
function assertOthersRead(r: ParseResult, except: readonly string[] = []): void {
  const got = figures(r);
  for (const [code, value] of expected) if (!except.includes(code)) assert.equal(got.get(code), value, `[${code}]`);
}

function only(r: ParseResult, code: Diagnostic["code"]): Diagnostic[] {
  return r.diagnostics.filter((d) => d.code === code);
}

const inputLine = (text: string, needle: string): number => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("ambiguity is reported with its line, and the figures around it are still read", () => {
  it("the same code twice with different figures: a conflicting-code error on the second line", () => {
    const text = SAMPLE.replace(LINE_7020, `${LINE_7020}\n\tA. Cash\t<b><u>5,598,505,865</u></b> [7010]`);
    const r = parseFilings(text);
    const [conflict, ...more] = only(r, "conflicting-code");
    assert.equal(more.length, 0);
    assert.equal(conflict?.severity, "error");
    assert.equal(conflict?.line, inputLine(text, "5,598,505,865"));
    assert.equal(conflict?.text, "\tA. Cash\t<b><u>5,598,505,865</u></b> [7010]");
    assert.match(conflict?.message ?? "", /\[7010\].*5,598,505,865.*input line 64.*5,598,505,864/);
    assertOthersRead(r);
  });

  it("the same code twice with the same figure: a duplicate-code warning, counted once", () => {
    const text = SAMPLE.replace(LINE_7020, `${LINE_7020}\n${LINE_7020}`);
    const r = parseFilings(text);
    assert.deepEqual(
      only(r, "duplicate-code").map((d) => [d.line, d.severity]),
      [[inputLine(text, "[7020]") + 1, "warning"]],
    );
    assert.equal(r.filings[0]?.statements[1]?.lines.filter((l) => l.code === "7020").length, 1);
    assertOthersRead(r);
  });

  it("a figure that does not parse: an unparsed-number error on its line; its total is not checked rather than guessed", () => {
    const text = SAMPLE.replace("5,598,505,864", "5,598,5O5,864");
    const r = parseFilings(text);
    assert.deepEqual(
      only(r, "unparsed-number").map((d) => [d.line, d.severity]),
      [[64, "error"]],
    );
    assert.match(only(r, "unparsed-number")[0]?.message ?? "", /\[7010\].*"5,598,5O5,864"/);
    assert.equal(figures(r).has("7010"), false);
    assertOthersRead(r, ["7010"]);
    const findings = checkFiling(r.filings[0]!);
    const total = findings.find((f) => f.code === "7040");
    assert.equal(total?.expected, null, "7040 cannot be checked without 7010, and is not guessed");
    // Not a quiet "could not be checked": a figure printed and not read leaves nothing clean.
    assert.equal(total?.severity, "error");
    assert.deepEqual(
      findings.filter((f) => f.code === "7010").map((f) => [f.severity, f.kind]),
      [["error", "unread-figure"]],
    );
  });

  it("no End Date in any header: a missing-header warning at the filing's first line, every figure read", () => {
    const r = parseFilings(SAMPLE.replace(/\**End Date:6\/18\/2013\**\n/g, ""));
    assert.deepEqual(
      only(r, "missing-header").map((d) => [d.line, d.message]),
      [[3, "The filing that starts at input line 3 has no End Date."]],
    );
    assert.equal(r.filings.length, 1);
    assert.equal(r.filings[0]?.endDate, null);
    assertOthersRead(r);
  });

  it("an End Date that is not a date: an unparsed-number error on its line, every figure read", () => {
    const r = parseFilings(SAMPLE.replace("**End Date:6/18/2013**", "**End Date:6/31/2013**"));
    assert.deepEqual(
      only(r, "unparsed-number").map((d) => [d.line, d.text]),
      [[5, "**End Date:6/31/2013**"]],
    );
    assertOthersRead(r);
  });

  it("an End Date missing from the first header only: reported at the filing's first line, every figure read", () => {
    // (Today the later headers, which print the End Date, then start a second filing; whether one
    // filing read as two is right is the parser's call, so it is not pinned here.)
    const r = parseFilings(SAMPLE.replace("**End Date:6/18/2013**\n", ""));
    assert.deepEqual(
      only(r, "missing-header").map((d) => d.line),
      [3],
    );
    assertOthersRead(r);
  });

  it("a statement title not in the catalog: an unknown-statement warning on its line; its figures are read", () => {
    const text = SAMPLE.replace(
      "**Daily Segregation - Sequestration Statement**",
      "**Daily Segregation - Widget Statement**",
    );
    const r = parseFilings(text);
    assert.deepEqual(
      only(r, "unknown-statement").map((d) => [d.line, d.severity]),
      [[inputLine(text, "Widget"), "warning"]],
    );
    const statement = r.filings[0]?.statements[2];
    assert.equal(statement?.kind, "unknown");
    assert.equal(statement?.title, "Daily Segregation - Widget Statement");
    assert.equal(statement?.lines.length, 27);
    assertOthersRead(r);
  });
});
