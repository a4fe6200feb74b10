import assert from "node:assert/strict";
import fc from "fast-check";
import { readToken } from "../../src/core/parse/figures";
import { readFigure } from "../../src/core/parse/numbers";
import { codeAt, isCodeAt } from "../../src/core/parse/scan";

/**
 * Reading one row into items takes shortcuts for the rows filings print most (a code's digits looked
 * up instead of cut out, a plain figure read without the patterns): each must give what the fuller
 * reading it stands in for gives, on text built from the characters filings and their copies print.
 */
const PIECES = [
  ..." \t\u00a0\u2009[]()-+\u2212\u2013$,.0123456789*nNx",
  ...["  ", "[7010]", "[0042]", "[70100]", "[701]", "7010", "1,234", "-0-", "N/A", "A.", "5.", "12.", "Cash", "line"],
];
const rowText = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(""));

describe("reading a row", () => {
  it("names each code by its four digits, one string per code", () => {
    const code = fc.integer({ min: 0, max: 9999 }).map((n) => `[${String(n).padStart(4, "0")}]`);
    const coded = fc.array(fc.oneof(code, fc.constantFrom(...PIECES)), { maxLength: 12 }).map((p) => p.join(""));
    fc.assert(
      fc.property(fc.oneof(rowText, coded), (text) => {
        for (let at = 0; at < text.length; at++)
          if (isCodeAt(text, at)) assert.equal(codeAt(text, at), text.slice(at + 1, at + 5));
      }),
      { numRuns: 3000 },
    );
    const text = "0 [0042] 1 [4200] 2 [0042]";
    assert.equal(codeAt(text, 2), "0042");
    assert.equal(codeAt(text, 11), "4200");
    assert.equal(codeAt(text, 20), codeAt(text, 2));
  });

  it("reads a figure's token as the full reading of a figure does", () => {
    const token = fc.oneof(
      rowText,
      fc.constantFrom("1,234", "-5,749,086", "0", "-0", "12,34", ",123", "1,2345", "9007199254740993", "(1,234)"),
    );
    fc.assert(
      fc.property(token, fc.constantFrom(null, "7010"), (text, code) => {
        const raw = text.trim();
        const read = readFigure(raw);
        assert.deepEqual(
          readToken(text, code),
          read.ok
            ? { kind: "figure", figure: { raw, value: read.value, code } }
            : { kind: "problem", problem: { code, token: raw, reason: read.reason } },
        );
      }),
      { numRuns: 5000 },
    );
  });
});
