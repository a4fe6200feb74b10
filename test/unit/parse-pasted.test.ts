import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFilings } from "../../src/core/parse";
import type { ParseResult } from "../../src/core/model";
import { codedValues } from "./parse-sample.test";

const SAMPLE = readFileSync(
  join(__dirname, "..", "fixtures", "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"),
  "utf8",
);
const expected = codedValues(parseFilings(SAMPLE));

/** The sample as it arrives from a clipboard: markup gone, CRLF, NBSPs, runs of spaces, other sign and money styles. */
function pasted(transformFigure: (figure: string) => string): string {
  return SAMPLE.replace(
    /<b><u>([^<]*)<\/u><\/b>|<u>([^<]*)<\/u>/g,
    (_m, a: string | undefined, b: string | undefined) => transformFigure(a ?? b ?? ""),
  )
    .replace(/\*\*/g, "")
    .replace(/^## /gm, "")
    .replace(/\t/g, "    ")
    .replace(/ (?=\[\d{4}\])/g, "\u00a0")
    .replace(/\n/g, "\r\n");
}

describe("parser on the sample pasted as plain text", () => {
  it("reads the same values with markup gone, CRLF, NBSP and runs of spaces", () => {
    const result = parseFilings(pasted((f) => f));
    assert.deepEqual(codedValues(result), expected);
    assert.equal(result.filings[0]!.statements[2]!.lines.filter((l) => l.code === null).length, 2);
  });

  it("reads negatives in parentheses and dollar signs the same", () => {
    const text = pasted((f) => (f.startsWith("-") ? `($${f.slice(1)})` : `$${f}`));
    assert.match(text, /\(\$5,749,086\) \u00a0?\[7735\]|\(\$5,749,086\)\u00a0\[7735\]/);
    assert.deepEqual(codedValues(parseFilings(text)), expected);
  });

  it("reads a Unicode minus, an en dash and a lone dash for zero", () => {
    const text = pasted((f) => (f === "0" ? "-" : f.replace(/^-/, "\u2212")));
    assert.deepEqual(codedValues(parseFilings(text)), expected);
    const dashed = pasted((f) => f.replace(/^-/, "\u2013"));
    assert.deepEqual(codedValues(parseFilings(dashed)), expected);
  });

  it("gives the same filing, line for line, with every paste artefact at once", () => {
    // Markup gone, tabs as runs of spaces, NBSPs, CRLF, and each negative in another style.
    const styles = [
      (f: string) => `(${f})`,
      (f: string) => `$(${f})`,
      (f: string) => `\u2212${f}`,
      (f: string) => `- $${f}`,
    ];
    let n = 0;
    const text = pasted((f) =>
      f.startsWith("-") ? styles[n++ % styles.length]!(f.slice(1)) : f === "0" ? "-" : `$${f}`,
    );
    assert.ok(n === 7 && text.includes("\r\n") && !text.includes("\t") && !text.includes("<u>"));
    assert.deepEqual(withoutRaw(parseFilings(text)), withoutRaw(parseFilings(SAMPLE)));
  });

  it("reads lone CR line endings and keeps line numbers", () => {
    const result = parseFilings(SAMPLE.replace(/\n/g, "\r"));
    assert.deepEqual(codedValues(result), expected);
    assert.equal(result.filings[0]!.statements[0]!.lines[0]!.sourceLine, 17);
  });
});

/** The parse with each figure's printed form left out: everything else (lines, labels, values, sourceLines, notes) must agree. */
function withoutRaw(result: ParseResult): unknown {
  return {
    ...result,
    filings: result.filings.map((f) => ({
      ...f,
      statements: f.statements.map((s) => ({ ...s, lines: s.lines.map(({ raw: _raw, ...l }) => l) })),
    })),
  };
}
