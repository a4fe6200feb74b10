import assert from "node:assert/strict";
import fc from "fast-check";
import { splitCsv, splitLines, withoutBold, withoutTags } from "../../src/core/parse/normalize";

/**
 * Line cleaning removes tags and Markdown bold by scans rather than by the patterns that say what
 * they remove: each scan must give exactly what its pattern's global replace gives, on text built
 * from what tags, codes and their near misses are made of (letters beyond ASCII that lowercase or
 * uppercase onto ASCII ones included, since a case-blind pattern could take them for letters).
 */
const TAG = /<\/?[a-z](?![^<>]*\[\d{4}\])[^<>]*>/gi;
const BOLD = /\*\*/g;

/** What may follow "<" or "</": letters of either case, and characters beyond ASCII that fold onto them or not. */
const AFTER_ANGLE = [..."abzABZ1[ *\u017f\u212a\u0131\u0130\u00e9\u0161\u0142"];
const PIECES = [
  ..."<>/[]*  \t0123456789abzABZ.,-\u017f\u212a\u0131\u0130\u00e9\u0161\u0142",
  ...AFTER_ANGLE.flatMap((c) => [`<${c}`, `</${c}`]),
  ...["<b>", "</b>", "<u>", "</u>", "<br/>", "[7010]", "[701]", "[70100]", "**", "<A[7010]>", "1,234", "< b>", "</"],
];
const markupText = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(""));

describe("line cleaning's scans", () => {
  it("remove tags as the tag pattern does, keeping a tag that holds a code", () => {
    fc.assert(
      fc.property(markupText, (text) => assert.equal(withoutTags(text), text.replace(TAG, ""))),
      { numRuns: 5000 },
    );
  });

  it("remove Markdown bold as /\\*\\*/g does, pairs taken from the left", () => {
    fc.assert(
      fc.property(markupText, (text) => assert.equal(withoutBold(text), text.replace(BOLD, ""))),
      { numRuns: 3000 },
    );
  });

  it("return a line with nothing to remove as it is", () => {
    const line = "\tA. Cash\t996,128,635 [7360] <A[7010]> a < b";
    assert.equal(withoutTags(line), line);
    assert.equal(withoutBold(line), line);
    assert.equal(withoutTags("\tA. Cash\t<b><u>0</u></b> [7580]"), "\tA. Cash\t0 [7580]");
  });

  it("clean every line of a text as the patterns they stand for clean it alone", () => {
    /** Cleaning as its patterns say it, each line on its own, every step run whether or not it can apply. */
    const reference = (raw: string): string => {
      const text = raw
        .replace(TAG, "")
        .replace(BOLD, "")
        .replace(/^\s*#{1,6}\s+/, "")
        .replace(/&nbsp;/gi, " ")
        .replace(/&amp;/gi, "&")
        .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff/g, "")
        .replace(/[^\S\t ]/g, " ")
        .replace(/ +$/, "");
      if (!text.trimStart().startsWith('"')) return text;
      const cells = splitCsv(text);
      if (cells === null) return text;
      while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
      return cells.join("\t");
    };
    const linePiece = fc.constantFrom(
      ...PIECES,
      ...[
        "&nbsp;",
        "&amp;",
        "&AMP;nbsp;",
        "## ",
        "#",
        '"',
        '""',
        ",",
        '"A. Cash"',
        '"0","7010"',
        "\u00a0",
        "\u200b",
        "\f",
      ],
    );
    const text = fc
      .array(fc.array(linePiece, { maxLength: 12 }), { maxLength: 6 })
      .map((lines) => lines.map((pieces) => pieces.join("")).join("\n"));
    fc.assert(
      fc.property(text, (input) => {
        const raws = input.split("\n");
        assert.deepEqual(
          splitLines(input).map((line) => line.clean),
          raws.map(reference),
        );
      }),
      { numRuns: 3000 },
    );
  });
});
