import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { ParseResult } from "../../src/core/model";
import { parseFilings } from "../../src/core/parse";
import {
  asColumns,
  asWrappedPdf,
  figureDiagnostics,
  figureValues,
  respell,
  SPELLINGS,
  type Csv,
} from "../support/figure-copies";

/**
 * Copies of a filing as people make them — a PDF viewer's text, an Excel sheet pasted or saved as
 * CSV, an old system's print-out — give the figures of the original, code for code, or say which
 * figure they could not read. Every copy here is built from the fixtures' own text.
 */
const FIXTURES = join(__dirname, "..", "fixtures");
const SOURCES = {
  "the 2013 sample": readFileSync(join(FIXTURES, "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"), "utf8"),
  "the later layouts": readFileSync(join(FIXTURES, "later", "daily-seg-later.txt"), "utf8"),
};
const SAMPLE = SOURCES["the 2013 sample"];

/** Code → value of every coded figure read. */
function coded(result: ParseResult): Map<string, number> {
  const values = new Map<string, number>();
  for (const f of result.filings)
    for (const s of f.statements) for (const l of s.lines) if (l.code) values.set(l.code, l.value);
  return values;
}

/** The copy reads as the original: the same figures, in the same statements, and nothing said about a figure. */
function assertSameFigures(copy: string, original: string, what: string): void {
  const result = parseFilings(copy);
  assert.deepEqual(figureDiagnostics(result), figureDiagnostics(parseFilings(original)), what);
  assert.deepEqual(figureValues(result), figureValues(parseFilings(original)), what);
}

/** Each code of the original is read with its own value, or named by an error: never read as another figure. */
function assertNeverWrong(copy: string, original: string, what: string): void {
  const want = coded(parseFilings(original));
  const result = parseFilings(copy);
  const errors = result.diagnostics.filter((d) => d.severity === "error").map((d) => d.message);
  for (const [code, value] of coded(result))
    assert.equal(value, want.get(code), `${what}: [${code}] read as ${value}, printed ${want.get(code)}`);
  for (const code of want.keys())
    assert.ok(
      coded(result).has(code) || errors.some((m) => m.includes(code)),
      `${what}: [${code}] is neither read nor named by an error`,
    );
}

describe("parser on copies of a filing", function () {
  this.timeout(60_000);

  for (const [source, text] of Object.entries(SOURCES)) {
    describe(source, () => {
      for (const [spelling, spell] of Object.entries(SPELLINGS))
        it(`reads every figure spelled with ${spelling}`, () => {
          const copy = respell(text, spell);
          assert.notEqual(copy, text, "the spelling changes some figure");
          assertSameFigures(copy, text, spelling);
        });

      const codes: Record<string, (c: string) => string> = {
        "[7010]": (c) => `[${c}]`,
        "7010 in a column of its own": (c) => c,
        "(7010)": (c) => `(${c})`,
      };
      for (const [style, code] of Object.entries(codes))
        for (const codeFirst of [true, false])
          for (const csv of [undefined, "quoted", "minimal"] as (Csv | undefined)[])
            it(`reads rows with codes printed ${style}, ${codeFirst ? "before" : "after"} the figure, ${csv ? `as CSV (${csv})` : "tab-separated"}`, () => {
              const copy = asColumns(text, { code, codeFirst, csv });
              assertSameFigures(copy, text, `${style} ${codeFirst} ${csv}`);
            });

      it("reads PDF text wrapped at any width: a sign or a figure left at the end of the line before its code", () => {
        let signsLeft = 0;
        let codesFirst = 0;
        for (let width = 15; width <= 130; width++) {
          const copy = asWrappedPdf(text, width);
          const lines = copy.split("\n");
          signsLeft += lines.filter((l, i) => / -$/.test(l) && /^\d/.test(lines[i + 1] ?? "")).length;
          codesFirst += lines.filter((l) => /^\[\d{4}\]/.test(l)).length;
          assertSameFigures(copy, text, `width ${width}`);
        }
        // The widths put both wraps in the text many times over: the test reads them, not around them.
        assert.ok(signsLeft > 20 && codesFirst > 100, `${signsLeft} signs and ${codesFirst} codes wrapped`);
      });

      it("reads a table row whose minus was wrapped to the end of the row above its figure", () => {
        for (const gap of ["\t", "    "]) {
          const copy = text.replace(/\t(?:<b>)?<u>-([\d,]+)<\/u>(?:<\/b>)? (\[\d{4}\])/g, `${gap}-\n$1 $2`);
          assert.ok((copy.match(/-\n\d/g)?.length ?? 0) >= 3, "negatives wrapped");
          assertSameFigures(copy, text, JSON.stringify(gap));
        }
      });

      it("reads code-first PDF text without wraps, and never misreads it wrapped: a figure it cannot pair is named", () => {
        assertSameFigures(asWrappedPdf(text, 100_000, true), text, "one line per statement");
        for (let width = 15; width <= 130; width += 3)
          assertNeverWrong(asWrappedPdf(text, width, true), text, `${width}`);
      });

      it("never misreads spaced thousands wrapped anywhere in PDF text", () => {
        for (let width = 15; width <= 130; width += 2)
          assertNeverWrong(
            asWrappedPdf(
              respell(text, (f) => f.replace(/,/g, " ")),
              width,
            ),
            text,
            `${width}`,
          );
      });
    });
  }

  it("reads any mix of spellings, and code columns of any style, code-first (property)", () => {
    const spellings = Object.values(SPELLINGS);
    fc.assert(
      fc.property(
        fc.array(fc.nat(spellings.length - 1), { minLength: 100, maxLength: 100 }),
        fc.constantFrom<Csv | undefined>(undefined, "quoted", "minimal"),
        fc.array(fc.nat(2), { minLength: 8, maxLength: 8 }),
        (choice, csv, styles) => {
          const spelled = respell(SAMPLE, (f, i) => spellings[choice[i % choice.length]!]!(f, i));
          let n = 0;
          const style = (c: string): string => [`[${c}]`, c, `(${c})`][styles[n++ % styles.length]!]!;
          assertSameFigures(asColumns(spelled, { code: style, codeFirst: true, csv }), SAMPLE, "mixed");
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("parser on figures it must not guess", () => {
  const at = (text: string, code: string): number | undefined => coded(parseFilings(text)).get(code);
  const errorsOn = (text: string, line: number): string[] =>
    parseFilings(text)
      .diagnostics.filter((d) => d.line === line && d.severity === "error")
      .map((d) => `${d.code}: ${d.message}`);

  it("does not read 37.229 as thirty-seven dollars, nor as 37,229: the figure is named unread", () => {
    for (const spelling of ["37.229", "$37.229", "(37.229)"]) {
      const text = SAMPLE.replace("<b><u>37,229</u></b> [7140]", `${spelling} [7140]`);
      assert.equal(at(text, "7140"), undefined, spelling);
      const said = errorsOn(text, 88);
      assert.equal(said.length, 1, spelling);
      assert.match(said[0]!, /^unparsed-number: .*\[7140\].*could be 37,229.*or 37\.229/);
    }
    // Two or more groups of three cannot be a decimal; one period with other than three digits is one.
    assert.equal(at(SAMPLE.replace("<b><u>37,229</u></b>", "37.229.001"), "7140"), 37229001);
    assert.equal(at(SAMPLE.replace("<b><u>37,229</u></b>", "37.22"), "7140"), 37.22);
  });

  it("reports N/A, nil and none where a figure stands, naming the code; they are not zero", () => {
    for (const word of ["N/A", "n/a", "nil", "NONE"]) {
      const text = SAMPLE.replace("<b><u>5,598,505,864</u></b> [7010]", `${word} [7010]`);
      assert.equal(at(text, "7010"), undefined, word);
      const said = errorsOn(text, 64);
      assert.equal(said.length, 1, word);
      assert.match(said[0]!, new RegExp(`^unparsed-number: The figure for \\[7010\\].*"${word}" is not a number`));
    }
    const uncoded = parseFilings(SAMPLE.replace("\tA. Cash\t<u>0</u>", "\tA. Cash\tN/A"));
    assert.deepEqual(
      uncoded.diagnostics.map((d) => [d.code, d.line]),
      [["unparsed-number", 142]],
    );
  });

  it("does not pair a row whose figures stand on both sides of its codes; it names each code", () => {
    const title = "**Daily Segregation - Segregation Statement**\n";
    for (const row of [
      "A. Cash [7010] 5,598,505,864 [7020]",
      "A. Cash [7010] 5,598,505,864 B. Securities 1,392,357,829 [7020] 7",
      "\tA. Cash\t7010\t7020",
      "A. Cash,(7010),(7020)",
    ]) {
      const result = parseFilings(title + row);
      assert.deepEqual([...coded(result).keys()], [], row);
      const said = result.diagnostics.filter((d) => d.code === "unparsed-number").map((d) => d.message);
      for (const code of ["7010", "7020"])
        assert.ok(
          said.some((m) => m.includes(`[${code}]`)),
          `${row}: ${code}`,
        );
    }
  });

  it("does not read a row printed code-first in a statement whose rows print figures first", () => {
    const text = SAMPLE.replace(
      "\tB. Securities (at market)\t<b><u>1,392,357,829</u></b> [7020]",
      "\tB. Securities (at market)\t[7020]\t1,392,357,829",
    );
    assert.equal(at(text, "7020"), undefined);
    assert.match(errorsOn(text, 65).join(), /\[7020\].*more than one way/);
    // Alone, the same row is code-first beyond doubt.
    assert.equal(
      at("**Daily Segregation - Segregation Statement**\n\tB. Securities\t[7020]\t1,392,357,829", "7020"),
      1392357829,
    );
  });

  it("does not read an unquoted CSV figure split at its commas", () => {
    const text = SAMPLE.replace("\tA. Cash\t<b><u>5,598,505,864</u></b> [7010]", "A.,Cash,7010,5,598,505,864");
    const result = parseFilings(text);
    assert.equal(coded(result).get("7010"), undefined);
    assert.ok(result.diagnostics.some((d) => d.severity === "error" && d.message.includes("7010")));
  });

  it("reads a four-digit column as the code only where the other cell cannot be one", () => {
    const title = "**Daily Segregation - Segregation Statement**\n";
    assert.equal(at(`${title}\tA. Cash\t7010\t1234`, "7010"), 1234);
    assert.equal(at(`${title}\tA. Cash\t1234\t7010`, "7010"), 1234);
    assert.equal(at(`${title}\tA. Cash\t7010\t0`, "7010"), 0);
  });

  it("does not join spaced groups across a reference or a table's column gap", () => {
    const title = "**Daily Segregation - Secured Amounts**\n";
    for (const row of ["3. Excess (subtract line 1 from line 2 173 248 096 [7380]", "3. Excess    173    248 [7380]"]) {
      const result = parseFilings(title + row);
      assert.equal(coded(result).get("7380"), undefined, row);
      assert.ok(
        result.diagnostics.some((d) => d.line === 2 && d.code === "unparsed-number" && d.message.includes("[7380]")),
        row,
      );
    }
    assert.equal(at(`${title}3. Excess (subtract line 1 from line 2) 173 248 096 [7380]`, "7380"), 173248096);
  });
});
