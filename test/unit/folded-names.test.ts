import assert from "node:assert/strict";
import fc from "fast-check";
import { catalog } from "../../src/core/forms";
import { FoldedEndings, FoldedNames } from "../../src/core/parse/folded-names";
import { foldForMatch } from "../../src/core/parse/normalize";
import { matchSectionEnding } from "../../src/core/parse/titles";

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

describe("folded endings", () => {
  const HEADINGS = [...new Set(catalog.flatMap((f) => f.sections.flatMap((s) => s.headings)))];
  const endings = new FoldedEndings(HEADINGS.map(foldForMatch));
  /** Label text with a heading, part of one or none at its end, as run-together copies print it. */
  const labelLike = fc
    .array(
      fc.oneof(
        fc.constantFrom(...HEADINGS, ...HEADINGS.map((h) => h.toUpperCase())),
        fc.constantFrom(...HEADINGS).map((h) => h.slice(h.length >> 1)),
        fc.constantFrom(" ", "\t", " - ", ":", "Cash in banks", "accounts", "30.7", "4d(2)", "1.", "(*)"),
        fc.constantFrom("\u212a", "\u0130", "\u017f", "\u00e9", "\u00a0"),
        fc.string({ maxLength: 4 }),
      ),
      { maxLength: 6 },
    )
    .map((pieces) => pieces.join(""));
  const ascii = (text: string): boolean => [...text].every((c) => c.charCodeAt(0) < 0x80);

  it("say a text's fold may end with a heading whenever it does, and only then for ASCII text", () => {
    fc.assert(
      fc.property(labelLike, (text) => {
        const ends = HEADINGS.some((h) => foldForMatch(text).endsWith(foldForMatch(h)));
        if (ends || ascii(text)) assert.equal(endings.mayEnd(text), ends, JSON.stringify(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("leave the section a label ends with as folding the label whole finds it", () => {
    /** The section as found before the shortcut: the label folded, each form's sections in order. */
    const reference = (forms: readonly (typeof catalog)[number][], text: string): string | null => {
      const folded = foldForMatch(text);
      if (folded === "") return null;
      for (const form of forms)
        for (const section of form.sections)
          if (section.headings.some((h) => folded.endsWith(foldForMatch(h)))) return section.id;
      return null;
    };
    const formLists = [...new Set(catalog.map((f) => f.kind))].map((kind) => catalog.filter((f) => f.kind === kind));
    fc.assert(
      fc.property(fc.nat(formLists.length - 1), labelLike, (k, text) =>
        assert.equal(matchSectionEnding(formLists[k]!, text), reference(formLists[k]!, text), JSON.stringify(text)),
      ),
      { numRuns: 5000 },
    );
  });
});
