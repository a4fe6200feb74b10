import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParseResult } from "../../src/core/model";
import { parseFilings } from "../../src/core/parse";
import { Furniture } from "../../src/core/parse/furniture";
import { splitLines } from "../../src/core/parse/normalize";
import { codedValues } from "./parse-sample.test";

const SAMPLE = readFileSync(
  join(__dirname, "..", "fixtures", "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"),
  "utf8",
);

/** The sample with its Form field printed as `form`. */
const withForm = (form: string): string => SAMPLE.replace(/Form:Daily Seg - FOCUS II/g, `Form:${form}`);

/**
 * `text` with `footer` printed after every third figure line and just above the printed note, as
 * page breaks inside a statement would print it. Read as text rather than furniture, the line above
 * the note would take the note's place.
 */
function withFooters(text: string, footer: (page: number) => string): string {
  let figures = 0;
  return text
    .split("\n")
    .flatMap((line) => {
      if (line.startsWith("Input for Sequestration Statement")) return [footer(0), line];
      return /\[\d{4}\]/.test(line) && ++figures % 3 === 0 ? [line, footer(figures / 3)] : [line];
    })
    .join("\n");
}

const notes = (result: ParseResult): unknown =>
  result.filings.map((f) => f.statements.map((s) => s.notes.map((n) => n.text)));

describe("parser on page footers that start with the filing's own Form name", () => {
  // Names starting with a letter no other footer starts with, and with one beyond ASCII.
  for (const form of ["Weekly Seg Report", "\u00c9tat de S\u00e9gr\u00e9gation"])
    it(`passes over "${form}" footers in any case, with and without a page number`, () => {
      const text = withForm(form);
      const expected = parseFilings(text);
      assert.equal(expected.filings[0]!.form, form);
      assert.equal(expected.filings[0]!.statements[2]!.notes.length, 1);
      for (const spell of [(f: string) => f, (f: string) => f.toLowerCase(), (f: string) => f.toUpperCase()])
        for (const footer of [(): string => spell(form), (page: number): string => `${spell(form)}   Page ${page}`]) {
          const copy = withFooters(text, footer);
          assert.ok(copy.includes(spell(form)));
          const result = parseFilings(copy);
          assert.deepEqual(codedValues(result), codedValues(expected), footer(1));
          assert.deepEqual(notes(result), notes(expected), footer(1));
          assert.deepEqual(result.diagnostics, expected.diagnostics, footer(1));
        }
    });

  it("takes a line for such a footer only when it starts with the whole name and prints no code", () => {
    const furniture = new Furniture();
    const [whole, cut, coded, accented] = splitLines(
      "weekly SEG report 3\nWeekly Seg Repo\nWeekly Seg Report 5 [7010]\n\u00e9TAT DE S\u00c9GR\u00c9GATION",
    );
    assert.equal(furniture.is(whole!, "Weekly Seg Report"), true);
    assert.equal(furniture.is(cut!, "Weekly Seg Report"), false);
    assert.equal(furniture.is(coded!, "Weekly Seg Report"), false);
    assert.equal(furniture.is(accented!, "\u00c9tat de S\u00e9gr\u00e9gation"), true);
    assert.equal(furniture.is(accented!, "\u00c9tat de S\u00e9gr\u00e9gations"), false);
  });
});
