import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parseFilings } from "../../src/core/parse";
import type { ParseResult } from "../../src/core/model";

const SAMPLE = readFileSync(join(__dirname, "..", "fixtures", "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"), "utf8");
const LINES = SAMPLE.split("\n");

/** Every [dddd] of each input line is in a parsed line or a diagnostic of that input line. */
export function assertConserved(text: string, result: ParseResult): void {
  const accounted = new Set<string>();
  for (const f of result.filings) for (const s of f.statements) for (const l of s.lines) if (l.code) accounted.add(`${l.sourceLine}:${l.code}`);
  const diagnosed = new Set(result.diagnostics.map((d) => d.line));
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    for (const m of line.matchAll(/\[(\d{4})\]/g))
      assert.ok(accounted.has(`${i + 1}:${m[1]}`) || diagnosed.has(i + 1), `[${m[1]}] on input line ${i + 1} is neither read nor diagnosed: ${JSON.stringify(line)}`);
  });
}

describe("parser properties", () => {
  it("returns a result for any string, never an exception", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const result = parseFilings(text);
        assert.ok(Array.isArray(result.filings) && Array.isArray(result.diagnostics));
        assertConserved(text, result);
      }),
      { numRuns: 2000 },
    );
  });

  it("returns a result and accounts for every code in text made of filing fragments", () => {
    const fragment = fc.constantFrom(
      "[7010]", "[8715]", "[9999]", "1,234", "(5)", "-", "\u2212", "$", "\t", "  ", "\n", "\r\n", "A.", "12.", "<b><u>", "</u></b>",
      "**Daily Segregation - Secured Amounts**", "Daily Segregation - X", "End Date:6/18/2013", "Firm Name:F", "INITIAL", "AMENDMENT", "Cash", "\u00a0",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string({ maxLength: 5 })), { maxLength: 80 }), (parts) => {
        const text = parts.join("");
        assertConserved(text, parseFilings(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("accounts for every code of the sample with random lines deleted", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }).map((n) => n === 0), { minLength: LINES.length, maxLength: LINES.length }), (drop) => {
        const text = LINES.filter((_, i) => !drop[i]).join("\n");
        assertConserved(text, parseFilings(text));
      }),
      { numRuns: 300 },
    );
  });
});
