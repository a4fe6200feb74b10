import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MAX_INPUT_BYTES, parseInput, readInput, type InputResult } from "../../src/core/input";

const sample = readFileSync(
  join(__dirname, "../fixtures/citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"),
  "utf8",
);
const EMPTY = "The input is empty: paste the filing text or choose a file.";

function text(r: InputResult): string {
  assert.equal(r.kind, "text", r.kind === "refused" ? r.diagnostic.message : "");
  return r.kind === "text" ? r.text : "";
}

function refusedCode(r: InputResult): string {
  assert.equal(r.kind, "refused");
  return r.kind === "refused" ? r.diagnostic.code : "";
}

function utf16(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) view.setUint16((at += 2) - 2, 0xfeff, littleEndian);
  for (let i = 0; i < s.length; i++, at += 2) view.setUint16(at, s.charCodeAt(i), littleEndian);
  return out;
}

describe("input gate: empty and oversized input", () => {
  for (const [name, input] of [
    ["an empty paste", ""],
    ["whitespace, NBSP and zero-width spaces", " \r\n\t\u00a0\u200b\u2060 \n"],
    ["a lone BOM", "\ufeff"],
    ["an empty file", new Uint8Array(0)],
    ["a file of blank lines", new TextEncoder().encode("\r\n\r\n   \r\n")],
    ["a UTF-8 BOM and spaces", new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a])],
    ["a UTF-16 BOM alone", new Uint8Array([0xff, 0xfe])],
  ] as const) {
    it(`refuses ${name} as empty-input, saying what to do`, () => {
      const r = readInput(input);
      assert.equal(refusedCode(r), "empty-input");
      assert.deepEqual(r.kind === "refused" && r.diagnostic, {
        code: "empty-input",
        severity: "error",
        line: 0,
        text: "",
        message: EMPTY,
      });
    });
  }

  it("refuses a web page with no text as empty-input, naming the page", () => {
    const r = readInput("<html><head><script>var a = 1;</script></head><body><div> &nbsp; </div></body></html>");
    assert.equal(refusedCode(r), "empty-input");
    assert.match(r.kind === "refused" ? r.diagnostic.message : "", /^The page holds no text/);
  });

  it(`refuses text and bytes above ${MAX_INPUT_BYTES} before reading them, saying the size and the limit`, () => {
    const big = "%PDF-".padEnd(MAX_INPUT_BYTES + 1, " ");
    const r = readInput(big);
    assert.equal(refusedCode(r), "input-too-large"); // the size is judged before the PDF signature is looked at
    assert.match(
      r.kind === "refused" ? r.diagnostic.message : "",
      /^The input is 20,971,521 bytes, above the limit of 20 MB \(20,971,520 bytes\); .*paste only the filing\.$/,
    );
    assert.equal(refusedCode(readInput(new Uint8Array(MAX_INPUT_BYTES + 1))), "input-too-large");
    assert.equal(refusedCode(readInput(new Uint8Array(3 * MAX_INPUT_BYTES))), "input-too-large");
  });

  it("states the whole file's size when the caller read only its start", () => {
    const r = readInput(new Uint8Array(MAX_INPUT_BYTES + 1), { fileName: "video.mp4", size: 512 * 1024 * 1024 });
    assert.match(r.kind === "refused" ? r.diagnostic.message : "", /^The input is 512\.0 MB, above the limit of 20 MB/);
  });

  it("accepts input of exactly the limit", () => {
    assert.equal(readInput("a".repeat(MAX_INPUT_BYTES)).kind, "text");
  });

  it("parseInput turns a refusal into a result with no filing and the refusal as its only diagnostic", () => {
    const r = parseInput("   ");
    assert.deepEqual(r.filings, []);
    assert.deepEqual(
      r.diagnostics.map((d) => d.code),
      ["empty-input"],
    );
    assert.equal(r.input.kind, "refused");
  });
});

describe("input gate: text and its encodings", () => {
  it("passes a pasted string through unchanged, as plain text (the sample's own <b><u> markup is not HTML)", () => {
    const r = readInput(sample);
    assert.deepEqual(r, { kind: "text", text: sample, encoding: "string", format: "text" });
  });

  it("removes a leading BOM from a string and nothing else", () => {
    assert.equal(text(readInput(`\ufeff${sample}`)), sample);
  });

  const encodings: readonly [string, Uint8Array, string][] = [
    ["UTF-8", new TextEncoder().encode(sample), "utf-8"],
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]), "utf-8-bom"],
    ["UTF-16LE with BOM", utf16(sample, true, true), "utf-16le-bom"],
    ["UTF-16BE with BOM", utf16(sample, false, true), "utf-16be-bom"],
    ["UTF-16LE without BOM", utf16(sample, true, false), "utf-16le"],
    ["UTF-16BE without BOM", utf16(sample, false, false), "utf-16be"],
  ];
  for (const [name, bytes, encoding] of encodings) {
    it(`decodes the sample saved as ${name} to the same text`, () => {
      const r = readInput(bytes, { fileName: "seg.txt" });
      assert.equal(text(r), sample);
      assert.equal(r.kind === "text" && r.encoding, encoding);
    });
  }

  it("reads bytes that are not UTF-8 as windows-1252 (curly quotes, euro, accents), not as binary", () => {
    const bytes = new Uint8Array([0x93, 0x46, 0x69, 0x72, 0x6d, 0x94, 0x20, 0x80, 0x35, 0x20, 0x92, 0x20, 0xe9, 0x0a]);
    const r = readInput(bytes);
    assert.equal(text(r), "\u201cFirm\u201d \u20ac5 \u2019 \u00e9\n");
    assert.equal(r.kind === "text" && r.encoding, "windows-1252");
  });

  it("keeps CRLF, NBSP and Unicode minus for the parser to read", () => {
    const s = "1.\tCash\u00a0\u2212(1,234) [7010]\r\n";
    assert.equal(text(readInput(s)), s);
    assert.equal(text(readInput(new TextEncoder().encode(s))), s);
  });
});
