import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { ParseResult } from "../../src/core/model";
import { parseFilings } from "../../src/core/parse";
import { asWrappedPdf } from "../support/figure-copies";

/**
 * PDF-to-text loses a statement's line breaks: its rows run together and wrap wherever a space
 * falls, so labels are cut across lines and figures interrupt them. Read as a stream of words, such
 * text gives the same figures, line ids, sections and labels as the table it came from.
 */
const FIXTURES = join(__dirname, "..", "fixtures");
const SAMPLE = readFileSync(join(FIXTURES, "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"), "utf8");

/** The sample as a PDF converter that keeps each figure beside its code gives it, re-wrapped at `width`. */
const asPdfText = (text: string, width: number): string => asWrappedPdf(text, width, false, true);

/** What must survive the loss of layout: per statement, each figure's line id, section, code, value, label and whether it is a subtotal. */
function figures(result: ParseResult): unknown {
  return result.filings.map((f) => ({
    header: [f.firm, f.form, f.endDate, f.submitDate, f.amendment, f.complete],
    statements: f.statements.map((s) => [
      s.kind,
      s.version,
      s.lines.map((l) => [l.line, l.section, l.code, l.value, l.label, l.subtotal === true]),
    ]),
  }));
}

/** Each figure's code and printed figure stand on the input line it names. */
function assertTraceable(text: string, result: ParseResult): void {
  const lines = text.split("\n");
  for (const l of result.filings.flatMap((f) => f.statements.flatMap((s) => s.lines))) {
    const source = lines[l.sourceLine - 1] ?? "";
    assert.ok(
      source.includes(l.code ? `${l.raw} [${l.code}]` : l.raw),
      `${l.code ?? l.line} on input line ${l.sourceLine}`,
    );
  }
}

describe("parser on PDF-to-text", () => {
  const expected = figures(parseFilings(SAMPLE));

  it("reads the committed PDF-text fixture as the sample: 80 coded and 2 uncoded figures, ids, sections, labels, no diagnostic", () => {
    const text = readFileSync(join(FIXTURES, "pdf-text", "daily-seg-pdf-text.txt"), "utf8");
    const result = parseFilings(text);
    assert.deepEqual(figures(result), expected);
    assert.deepEqual(result.diagnostics, []);
    assertTraceable(text, result);
    const swaps = result.filings[0]!.statements[2]!.lines;
    assert.deepEqual(
      swaps.filter((l) => l.code === null).map((l) => [l.line, l.value, l.label]),
      [
        ["12.A", 0, "Cash"],
        ["12.B", 0, "Securities representing investment of customers' funds (at market)"],
      ],
    );
  });

  it("reads the sample wrapped at any width the same way", () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 240 }), (width) => {
        const text = asPdfText(SAMPLE, width);
        const result = parseFilings(text);
        assert.deepEqual(figures(result), expected);
        assert.deepEqual(result.diagnostics, []);
        assertTraceable(text, result);
      }),
      { numRuns: 80 },
    );
  });

  it("reads the later layout wrapped at any width as its table, with a label its figure interrupts read whole", () => {
    const later = readFileSync(join(FIXTURES, "later", "daily-seg-later.txt"), "utf8");
    const table = figures(parseFilings(later));
    // PDF text may print a figure inside its label: "… of a foreign 1,000,000 [7305] government or a rule …".
    const interrupted = later.replace(
      /^(Amount required .*? of a foreign) (government .*?)\t(<b><u>[\d,]+<\/u><\/b> \[7305\])$/m,
      "$1 $3 $2",
    );
    assert.match(interrupted, /of a foreign <b><u>1,000,000<\/u><\/b> \[7305\] government or a rule/);
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 240 }), (width) => {
        for (const text of [later, interrupted]) {
          const result = parseFilings(asPdfText(text, width));
          assert.deepEqual(figures(result), table);
          assert.deepEqual(result.diagnostics, []);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("numbers a figure by the marks before it in the run-together text when the catalog does not know its code", () => {
    const text = asPdfText(SAMPLE.replace("[7740]", "[9740]").replace("[7735]", "[9735]"), 70);
    const result = parseFilings(text);
    const lines = result.filings[0]!.statements[0]!.lines;
    assert.deepEqual(
      lines.filter((l) => l.code?.startsWith("97")).map((l) => [l.line, l.section, l.code, l.label]),
      [
        ["5.E", "funds-deposited", "9735", "Value of short option contracts"],
        ["5", "funds-deposited", "9740", "Amounts held by members of foreign boards of trade"],
      ],
    );
    assert.deepEqual(result.diagnostics.filter((d) => d.code === "unknown-code").length, 2);
  });

  it("keeps references in a label as label text: 'line 6.' is not a line number, '(2)' not a figure", () => {
    const text = [
      "**Daily Segregation - Secured Amounts**",
      "6. Amount required to be set aside (add lines 4 and 5) 1,065,000 [7355] 7. Greater of amount required",
      "pursuant to foreign jurisdiction (above) or line 6. 1,065,000 [7360] FUNDS DEPOSITED IN SEPARATE REGULATION",
      "30.7 ACCOUNTS 1. Cash in banks A. Banks located in the United States 600,000 [7500]",
    ].join("\n");
    const lines = parseFilings(text).filings[0]!.statements[0]!.lines;
    assert.deepEqual(
      lines.map((l) => [l.line, l.code, l.label]),
      [
        ["6", "7355", "Amount required to be set aside (add lines 4 and 5)"],
        ["7", "7360", "Greater of amount required pursuant to foreign jurisdiction (above) or line 6."],
        ["1.A", "7500", "Banks located in the United States"],
      ],
    );
  });
});
