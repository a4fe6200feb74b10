import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFilings } from "../../src/core/parse";
import { hasOddSpace, splitLines } from "../../src/core/parse/normalize";
import { codedValues } from "./parse-sample.test";

const SAMPLE = readFileSync(
  join(__dirname, "..", "fixtures", "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"),
  "utf8",
);

const ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"];
/** What cleaning folds to a space or drops, as its patterns say it. */
const FOLDED = (char: string): boolean => /[^\S\t ]/.test(char) || ZERO_WIDTH.includes(char);
/** Every UTF-16 code unit cleaning folds, but the line ends lines are split at. */
const ODD_SPACES = [...Array(0x10000).keys()]
  .map((unit) => String.fromCharCode(unit))
  .filter((char) => FOLDED(char) && char !== "\n" && char !== "\r");

describe("line cleaning", () => {
  it("looks for exactly the characters its patterns fold, whatever this engine counts as a space", () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      if (char === "\n" || char === "\r") continue;
      // In a text beyond Latin-1 as well as alone: the search differs between the two kinds of string.
      assert.equal(hasOddSpace(`a${char}b`), FOLDED(char), `U+${unit.toString(16)}`);
      assert.equal(hasOddSpace(`\u2013${char}`), FOLDED(char), `U+${unit.toString(16)} with an en dash`);
    }
  });

  it("reads the sample alike with any of those characters for a space in its titles, headers and labels", () => {
    const expected = codedValues(parseFilings(SAMPLE));
    for (const odd of ODD_SPACES) {
      // A zero-width character is dropped, so it goes beside the space rather than in its place.
      const spaced = ZERO_WIDTH.includes(odd) ? ` ${odd}` : odd;
      const text = SAMPLE.replace(/(?<=[A-Za-z:]) (?=[A-Za-z])/g, spaced);
      assert.notEqual(text, SAMPLE);
      const result = parseFilings(text);
      assert.deepEqual(codedValues(result), expected, `U+${odd.charCodeAt(0).toString(16)}`);
      assert.deepEqual(result.diagnostics, [], `U+${odd.charCodeAt(0).toString(16)}`);
    }
  });

  it("keeps markup that a removed tag or entity only forms once the other rewrites have run", () => {
    const [joined, entity, coded] = splitLines("*<i>*Form:Acme**\n&amp;nbsp;x\n<A[7010]> 5 <b>[7020]</b>");
    // The tag goes first, so its stars meet and go too; "&amp;" is read after "&nbsp;", so it stays one.
    assert.equal(joined!.clean, "Form:Acme");
    assert.equal(entity!.clean, "&nbsp;x");
    assert.equal(coded!.clean, "<A[7010]> 5 [7020]");
  });
});
