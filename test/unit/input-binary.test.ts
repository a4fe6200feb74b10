import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readInput, type FileKind, type InputHints, type InputResult } from "../../src/core/input";

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, "../fixtures/binary", name)));

function refused(r: InputResult): { readonly kind: FileKind | undefined; readonly message: string } {
  assert.equal(r.kind, "refused", r.kind === "text" ? `read as text: ${r.text.slice(0, 80)}` : "");
  if (r.kind !== "refused") return { kind: undefined, message: "" };
  assert.equal(r.diagnostic.code, "binary-input");
  assert.equal(r.diagnostic.line, 0);
  return { kind: r.detected, message: r.diagnostic.message };
}

/** What a browser's FileReader.readAsText makes of bytes: UTF-8 with U+FFFD for what is not UTF-8. */
const asUtf8Text = (b: Uint8Array): string => new TextDecoder().decode(b);
/** What a latin-1 reader makes of them: one character per byte. */
const asLatin1Text = (b: Uint8Array): string => Array.from(b, (x) => String.fromCharCode(x)).join("");

describe("input gate: binary files are recognised and refused with what to do instead", () => {
  const cases: readonly [string, FileKind, RegExp, InputHints?][] = [
    [
      "minimal.pdf",
      "pdf",
      /^This is a PDF file.*copy its text.*save the NFA page of the filing as a web page \(\.htm\)/,
    ],
    ["book.xlsx", "xlsx", /^This is an Excel workbook \(\.xlsx\), not the filing's text/],
    ["letter.docx", "docx", /^This is a Word document \(\.docx\)/],
    ["archive.zip", "zip", /^This is a ZIP archive: unzip it/],
    ["legacy.doc", "ole", /^This is an older Word document \(\.doc\)/, { fileName: "Seg 2013.DOC" }],
    ["legacy.doc", "ole", /^This is an older Excel workbook \(\.xls\)/, { fileName: "seg.xls" }],
    ["legacy.doc", "ole", /^This is an older Microsoft Office file/],
    ["pixel.png", "png", /^This is a PNG image, and Tieout reads text, not pictures of it/],
    ["header-only.jpg", "jpeg", /^This is a JPEG image/],
    ["pixel.gif", "gif", /^This is a GIF image/],
    ["filing.txt.gz", "gzip", /^This is a compressed \(gzip\) file/],
    ["random.bin", "binary", /^This file is not text \(it holds binary data\)/],
  ];
  for (const [file, kind, message, hints] of cases) {
    it(`${file}${hints?.fileName ? ` named ${hints.fileName}` : ""} → ${kind}`, () => {
      const r = refused(readInput(fixture(file), hints));
      assert.equal(r.kind, kind);
      assert.match(r.message, message);
    });
  }

  it("trusts content over a reassuring name or MIME type", () => {
    assert.equal(
      refused(readInput(fixture("minimal.pdf"), { fileName: "filing.txt", mimeType: "text/plain" })).kind,
      "pdf",
    );
    assert.equal(
      refused(readInput(fixture("pixel.png"), { fileName: "filing.htm", mimeType: "text/html" })).kind,
      "png",
    );
  });

  it("names a zip by its extension when its parts do not show (an .xlsx with a renamed first part)", () => {
    assert.equal(refused(readInput(fixture("archive.zip"), { fileName: "seg.xlsx" })).kind, "xlsx");
  });

  it("recognises PDF, PNG, GIF and zip already read as text by a browser (UTF-8 or latin-1)", () => {
    for (const [file, kind] of [
      ["minimal.pdf", "pdf"],
      ["pixel.png", "png"],
      ["pixel.gif", "gif"],
      ["book.xlsx", "xlsx"],
    ] as const) {
      assert.equal(refused(readInput(asUtf8Text(fixture(file)))).kind, kind, `${file} as UTF-8 text`);
      assert.equal(refused(readInput(asLatin1Text(fixture(file)))).kind, kind, `${file} as latin-1 text`);
    }
  });

  it("refuses unknown binary read as text by its share of control characters and U+FFFD", () => {
    assert.equal(refused(readInput(asUtf8Text(fixture("random.bin")))).kind, "binary");
    assert.equal(refused(readInput(asUtf8Text(fixture("header-only.jpg")))).kind, "binary");
  });

  it("refuses bytes with a NUL among the first 8,000, as git does", () => {
    const bytes = new TextEncoder().encode("1.\tCash 5 [7010]\n".repeat(100));
    bytes[700] = 0;
    assert.equal(refused(readInput(bytes)).kind, "binary");
  });

  it("refuses a UTF-16 BOM followed by control characters (a zero-filled file with a BOM)", () => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xff, 0xfe]);
    assert.equal(refused(readInput(bytes)).kind, "binary");
  });

  it("reads a pasted string with one stray control character as text: a paste is the user's own text", () => {
    const r = readInput("1.\tCash\u0000 5 [7010]\n2.\tSecurities 6 [7020]\n3.\tOptions 7 [7032]\n");
    assert.equal(r.kind, "text");
  });

  it("reads a PDF signature that is not at the start of a text line as text (only the first 1 KB is searched)", () => {
    assert.equal(readInput(`${"x".repeat(2000)} %PDF-1.4`).kind, "text");
  });
});
