import assert from "node:assert/strict";
import fc from "fast-check";
import { catalog } from "../../src/core/forms";
import { readHeader } from "../../src/core/parse/header";
import { cutInto, partsOf } from "../../src/core/parse/line-parts";
import { SourceLine } from "../../src/core/parse/normalize";

/**
 * Lines that hold header fields, titles and footers run together with other text, as PDF and web
 * copies print them, built from those pieces, figures, spaces and separators.
 */
const TITLES = [...new Set(catalog.flatMap((f) => f.titles))];
const PIECES = [
  ..." \t|,;-\u2013",
  ...["  ", "AMENDMENT", "Initial Filing", "End Date:", "end  date :", "Submit Date:", "Firm Name:", "FORM:", "Form:"],
  ...["6/18/2013", "June 18, 2013", "6/19/2013 4:12 PM", "Citigroup Global Markets Inc.", "Acme Futures LLC"],
  ...["Daily Seg - FOCUS II", "Page 2 of 3", "page 10/12", "Cover Page", "as of 6/18/2013", "(Amended)"],
  ...["5,598,505,864 [7010]", "0 [7580]", "A. Cash", "1.", "Daily", "cover", "Note:", "x"],
  ...TITLES,
];
const lineText = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(""));

describe("line parts", () => {
  it("are read without being made when the line's text is all in one of them, and made as in full otherwise", () => {
    fc.assert(
      fc.property(lineText, fc.boolean(), (text, emphasised) => {
        const line = new SourceLine(7, `**${text}**`, text, emphasised);
        const all = cutInto(line);
        const expected = all.length === 1 && all[0]!.clean === line.text ? null : all;
        assert.deepEqual(partsOf(line), expected);
      }),
      { numRuns: 4000 },
    );
  });
});

describe("header fields", () => {
  /** What readHeader read a field's value as before it cut separators by scanning. */
  const reference = (value: string): string => {
    const text = value.replace(/^[\s|,;\u2013\u2014-]*/, "").trim();
    return text.length > 300 ? text : text.replace(/\s[\s|,;\u2013\u2014-]*$/, "").trim();
  };
  const LABELS: readonly (readonly [string, string])[] = [
    ["End Date", "endDate"],
    ["FIRM  NAME", "firm"],
    ["form", "form"],
    ["Submit\u00a0Date", "submitDate"],
    ["firm\tname", "firm"],
    ["FORM", "form"],
  ];
  const value = fc
    .array(fc.constantFrom(..." \t|,;-\u2013\u2014\u00a0", "Acme", "LLC", "Daily Seg - FOCUS II", "6/18/2013", "-x"), {
      maxLength: 10,
    })
    .map((parts) => parts.join(""));

  it("name their field by its label however it is cased and spaced, and cut separators from the value", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LABELS), value, ([label, field], printed) => {
        const read = readHeader(`${label}:${printed}`);
        assert.ok(read !== null);
        assert.equal(read.field, field);
        assert.equal("raw" in read ? read.raw : read.value, reference(printed));
      }),
      { numRuns: 3000 },
    );
  });
});
