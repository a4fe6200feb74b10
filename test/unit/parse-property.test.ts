import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parseFilings } from "../../src/core/parse";
import type { ParseResult } from "../../src/core/model";

const SAMPLE = readFileSync(
  join(__dirname, "..", "fixtures", "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"),
  "utf8",
);
const LINES = SAMPLE.split("\n");

/** Every [dddd] of each input line is in a parsed line or a diagnostic of that input line. */
export function assertConserved(text: string, result: ParseResult): void {
  const accounted = new Set<string>();
  for (const f of result.filings)
    for (const s of f.statements) for (const l of s.lines) if (l.code) accounted.add(`${l.sourceLine}:${l.code}`);
  const diagnosed = new Set(result.diagnostics.map((d) => d.line));
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    for (const m of line.matchAll(/\[(\d{4})\]/g))
      assert.ok(
        accounted.has(`${i + 1}:${m[1]}`) || diagnosed.has(i + 1),
        `[${m[1]}] on input line ${i + 1} is neither read nor diagnosed: ${JSON.stringify(line)}`,
      );
  });
}

/** Every diagnostic about an input line says which, and quotes it as it was (model.ts: `text` is "" only for line 0). */
function assertDiagnosticsLocated(text: string, result: ParseResult): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of result.diagnostics) {
    assert.ok(Number.isInteger(d.line) && d.line >= 0 && d.line <= lines.length, `${d.code} at line ${d.line}`);
    assert.equal(d.text, d.line === 0 ? "" : lines[d.line - 1], `${d.code} at line ${d.line}: ${d.message}`);
  }
}

describe("parser properties", function () {
  // fast-check's first string generation warms up slowly; the parser itself takes milliseconds.
  this.timeout(30_000);

  it("returns a result for any string, never an exception", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const result = parseFilings(text);
        assert.ok(Array.isArray(result.filings) && Array.isArray(result.diagnostics));
        assertConserved(text, result);
        assertDiagnosticsLocated(text, result);
      }),
      { numRuns: 2000 },
    );
  });

  it("returns a result and accounts for every code in text made of filing fragments", () => {
    const fragment = fc.constantFrom(
      "[7010]",
      "[8715]",
      "[9999]",
      "1,234",
      "(5)",
      "-",
      "\u2212",
      "$",
      "\t",
      "  ",
      "\n",
      "\r\n",
      "A.",
      "12.",
      "<b><u>",
      "</u></b>",
      "**Daily Segregation - Secured Amounts**",
      "Daily Segregation - X",
      "End Date:6/18/2013",
      "Firm Name:F",
      "INITIAL",
      "AMENDMENT",
      "Cash",
      "\u00a0",
      "-0-",
      "5,922,393-",
      "598 505",
      "(7010)",
      "7010",
      '"',
      ",",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string({ maxLength: 5 })), { maxLength: 80 }), (parts) => {
        const text = parts.join("");
        const result = parseFilings(text);
        assertConserved(text, result);
        assertDiagnosticsLocated(text, result);
      }),
      { numRuns: 2000 },
    );
  });

  it("accounts for every code of the sample with random lines deleted", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
          { minLength: LINES.length, maxLength: LINES.length },
        ),
        (drop) => {
          const text = LINES.filter((_, i) => !drop[i]).join("\n");
          const result = parseFilings(text);
          assertConserved(text, result);
          assertDiagnosticsLocated(text, result);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("accounts for every code of the sample with its rows run together and lines deleted", () => {
    const prose = LINES.map((l) =>
      l
        .replace(/<\/?[bu]>|\*\*/g, "")
        .replace(/\t/g, " ")
        .trim(),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
          { minLength: prose.length, maxLength: prose.length },
        ),
        (drop) => {
          const text = prose.filter((_, i) => !drop[i]).join("\n");
          const result = parseFilings(text);
          assertConserved(text, result);
          assertDiagnosticsLocated(text, result);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("takes time linear in the input: a megabyte of spaces, tabs, codes or markers on one line in seconds, not minutes", function () {
    // A hang guard, not a benchmark: quadratic work on a line of a million characters takes minutes
    // per input, linear work well under a second; mocha fails the test if all six overrun a minute.
    this.timeout(60_000);
    const title = "**Daily Segregation - Segregation Statement**\n";
    for (const text of [
      `x${" ".repeat(1_000_000)}y`,
      `${title}A. Cash${"\t1".repeat(500_000)}`,
      `${title}${"1 [7010] ".repeat(110_000)}`,
      `${title}${"1. A. word 5 ".repeat(75_000)}`,
      `${title}A. Cash\t(${"\f".repeat(1_000_000)}x`,
      `${title}1. ${"1, ".repeat(330_000)}5 [7010]`,
    ]) {
      const result = parseFilings(text);
      assert.ok(result.filings.length + result.diagnostics.length > 0);
    }
  });
});
