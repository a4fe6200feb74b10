import assert from "node:assert/strict";
import fc from "fast-check";
import { catalog } from "../../src/core/forms";
import { FoldedNames } from "../../src/core/parse/folded-names";
import { foldForMatch } from "../../src/core/parse/normalize";

const PRINTED = [...new Set(catalog.flatMap((f) => [...f.titles, ...f.sections.flatMap((s) => s.headings)]))];
const FOLDED = PRINTED.map(foldForMatch);
const names = new FoldedNames(FOLDED);

/** What foldIfNamed promises, said the slow way: fold the whole text, then compare it with every name. */
function expected(text: string): string | null {
  const folded = foldForMatch(text);
  if (folded === "") return "";
  return FOLDED.some((name) => folded.startsWith(name)) ? folded : null;
}

/** Text built from pieces of the catalog's names, spaced and cased as copies print them. */
const nameLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PRINTED, ...PRINTED.map((p) => p.toUpperCase())),
      fc.constantFrom(...PRINTED).map((p) => p.slice(0, p.length >> 1)),
      fc.constantFrom(" ", "\t", " - ", "\u2013", ":", "(Amended)", " as of 6/18/2013", "30.7", "4d(2)", "1."),
      // Characters beyond ASCII, some of which lowercase to ASCII letters: the Kelvin sign, dotted capital I.
      fc.constantFrom("\u212a", "\u0130", "\u017f", "\u00e9", "\u00a0", "\u{1f600}"),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 6 },
  )
  .map((pieces) => pieces.join(""));

describe("folded names", () => {
  it("finds a line's folded text exactly when a title or heading is the whole of it or a start of it", () => {
    fc.assert(
      fc.property(nameLike, (text) => assert.equal(names.foldIfNamed(text), expected(text), JSON.stringify(text))),
      { numRuns: 5000 },
    );
  });

  it("tells apart each printed title and heading, an uncatalogued line, and one that folds to nothing", () => {
    for (const printed of PRINTED)
      assert.equal(names.foldIfNamed(`  ${printed.toUpperCase()}\t`), foldForMatch(printed));
    assert.equal(names.foldIfNamed("\tA. Cash\t0 [7580]"), null);
    assert.equal(names.foldIfNamed(" - \t(*) "), "");
  });
});
