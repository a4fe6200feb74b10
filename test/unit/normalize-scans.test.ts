import assert from "node:assert/strict";
import fc from "fast-check";
import { withoutBold, withoutTags } from "../../src/core/parse/normalize";

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
});
