import assert from "node:assert/strict";
import fc from "fast-check";
import { wrappedLines } from "../../src/core/layout/print";

/**
 * The wrap a row height is sized for, as a plain word-by-word model: paragraphs at "\n", words at
 * single spaces, a word placed after a space on the current line when it fits, else on a new line,
 * and a word wider than a line broken into line-wide pieces.
 */
function modelLines(text: string, width: number): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(" ")) {
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed <= width) line = needed;
      else {
        lines += line === 0 ? 0 : 1;
        lines += Math.floor(Math.max(0, word.length - 1) / width);
        line = word.length % width || width;
      }
    }
  }
  return lines;
}

describe("layout: wrapped lines of a cell's text", () => {
  it("counts the lines of the word-by-word wrap, for any text of words, spaces and newlines", () => {
    const text = fc
      .array(fc.constantFrom("a", "bb", "word", "x".repeat(30), " ", " ", "\n"), { maxLength: 60 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (t, width) => {
        assert.equal(wrappedLines(t, width), modelLines(t, width));
      }),
      { numRuns: 2000 },
    );
  });

  it("gives one line to a text that fits, and breaks a long word and each paragraph", () => {
    assert.equal(wrappedLines("Net ledger balance", 18), 1);
    assert.equal(wrappedLines("Net ledger balance", 17), 2);
    assert.equal(wrappedLines("x".repeat(25), 10), 3);
    assert.equal(wrappedLines("a\n\nb", 10), 3);
    assert.equal(wrappedLines("", 10), 1);
  });
});
