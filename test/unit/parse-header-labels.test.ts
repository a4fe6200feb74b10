import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParseResult } from "../../src/core/model";
import { parseFilings } from "../../src/core/parse";
import { codedValues } from "./parse-sample.test";

const SAMPLE = readFileSync(
  join(__dirname, "..", "fixtures", "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"),
  "utf8",
);

/** The sample with every header label and status word spelled by `spell`. */
function relabelled(spell: (label: string) => string): string {
  return SAMPLE.replace(
    /^(\*\*)?(AMENDMENT|End Date|Firm Name|Form|Submit Date)(?=:|\*\*|$)/gm,
    (_m, bold: string | undefined, label: string) => `${bold ?? ""}${spell(label)}`,
  );
}

const header = (result: ParseResult): unknown =>
  result.filings.map(({ firm, form, endDate, submitDate, amendment }) => ({
    firm,
    form,
    endDate,
    submitDate,
    amendment,
  }));

describe("parser on header labels however they are cased and spaced", () => {
  const spellings: readonly { readonly name: string; readonly spell: (label: string) => string }[] = [
    { name: "in capitals", spell: (l) => l.toUpperCase() },
    { name: "in lower case", spell: (l) => l.toLowerCase() },
    { name: "with spaces before and inside", spell: (l) => `   ${l.replace(" ", "   ")}` },
    { name: "after a tab, with a space before the colon", spell: (l) => `\t${l} ` },
  ];
  const expected = parseFilings(SAMPLE);

  for (const { name, spell } of spellings)
    it(`reads header labels ${name} as the sample's`, () => {
      const text = relabelled(spell);
      assert.notEqual(text, SAMPLE);
      const result = parseFilings(text);
      assert.deepEqual(header(result), header(expected));
      assert.deepEqual(codedValues(result), codedValues(expected));
      assert.deepEqual(result.diagnostics, []);
    });
});
