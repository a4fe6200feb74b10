import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFilings } from "../../src/core/parse";
import type { ParseResult } from "../../src/core/model";
import { assertGolden } from "../support/golden";

/** Regenerate the golden file with UPDATE_GOLDEN=1 npx mocha test/unit/parse-sample.test.ts, then review the diff. */
const FIXTURES = join(__dirname, "..", "fixtures");
const SAMPLE = readFileSync(join(FIXTURES, "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"), "utf8");
const GOLDEN = join(FIXTURES, "golden", "sample.parsed.json");

export function codedValues(result: ParseResult): Map<string, number> {
  const values = new Map<string, number>();
  for (const f of result.filings)
    for (const s of f.statements) for (const l of s.lines) if (l.code) values.set(l.code, l.value);
  return values;
}

describe("parser on the 2013 Citigroup sample", () => {
  const result = parseFilings(SAMPLE);
  const filing = result.filings[0]!;
  const lines = filing.statements.flatMap((s) => s.lines);
  const byCode = (code: string) => lines.find((l) => l.code === code)!;

  it("reads one amended filing with its header", () => {
    assert.equal(result.filings.length, 1);
    assert.deepEqual(
      {
        firm: filing.firm,
        form: filing.form,
        endDate: filing.endDate,
        submitDate: filing.submitDate,
        amendment: filing.amendment,
        complete: filing.complete,
      },
      {
        firm: "Citigroup Global Markets Inc.",
        form: "Daily Seg - FOCUS II",
        endDate: "2013-06-18",
        submitDate: "2013-06-19",
        amendment: true,
        complete: true,
      },
    );
    assert.deepEqual(result.diagnostics, []);
  });

  it("reads the three statements in order, each by its catalog version", () => {
    assert.deepEqual(
      filing.statements.map((s) => [s.kind, s.version, s.lines.length]),
      [
        ["secured-amounts", "secured-amounts-2013", 30],
        ["segregation", "segregation-2013", 25],
        ["cleared-swaps", "cleared-swaps-2013", 27],
      ],
    );
  });

  it("reads all 80 coded figures once, with their signs", () => {
    assert.equal(codedValues(result).size, 80);
    assert.equal(lines.filter((l) => l.code).length, 80);
    assert.equal(byCode("7735").value, -5749086);
    assert.equal(byCode("7030").value, -76329662);
    assert.equal(byCode("7033").value, -728918941);
    assert.equal(byCode("7047").value, -29540566);
    assert.equal(byCode("8570").value, -12325861);
    assert.equal(byCode("7010").value, 5598505864);
  });

  it("gives a subtotal printed on its last sub-line's row its own line id and label", () => {
    assert.deepEqual(
      [byCode("7520").line, byCode("7520").value, byCode("7520").section],
      ["1.B", 0, "funds-deposited"],
    );
    assert.deepEqual(
      [byCode("7530").line, byCode("7530").value, byCode("7530").label],
      ["1", 286214407, "Cash in banks"],
    );
    assert.equal(byCode("7530").sourceLine, byCode("7520").sourceLine);
    assert.deepEqual([byCode("7740").line, byCode("7735").line], ["5", "5.E"]);
    assert.equal(byCode("7360").section, "summary");
    assert.deepEqual(
      lines.filter((l) => l.subtotal).map((l) => l.code),
      ["7530", "7570", "7620", "7680", "7740", "7050", "8580"],
    );
  });

  it("keeps the two uncoded figures of line 12 as lines of their own", () => {
    const uncoded = lines.filter((l) => l.code === null);
    assert.deepEqual(
      uncoded.map((l) => [l.line, l.value, l.sourceLine]),
      [
        ["12.A", 0, 142],
        ["12.B", 0, 143],
      ],
    );
  });

  it("points every figure at the input line it came from", () => {
    const text = SAMPLE.split("\n");
    for (const l of lines)
      assert.ok(text[l.sourceLine - 1]!.includes(l.code ? `[${l.code}]` : "<u>0</u>"), `${l.code} at ${l.sourceLine}`);
    assert.equal(byCode("7360").sourceLine, 17);
    assert.equal(byCode("8730").sourceLine, 146);
  });

  it("keeps the printed note, and does not read its date as a figure", () => {
    assert.deepEqual(filing.statements[2]!.notes, [
      { text: "Input for Sequestration Statement will not be required until 10/4/2010.", sourceLine: 107 },
    ]);
  });

  it("matches the golden parse, one figure per line", () => {
    assertGolden(GOLDEN, result);
  });
});
