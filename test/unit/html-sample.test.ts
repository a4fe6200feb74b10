import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkFiling } from "../../src/core/checks";
import { parseInput, readInput } from "../../src/core/input";
import type { ParseResult } from "../../src/core/model";
import { parseFilings } from "../../src/core/parse";

const fixtures = join(__dirname, "../fixtures");
const text = readFileSync(join(fixtures, "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"), "utf8");
const page = readFileSync(join(fixtures, "html/sample.html"), "utf8");

/** What a filing says, without where it says it: header fields, statements, and each figure's line id, code, value, label, section; notes. */
function values(r: ParseResult) {
  return r.filings.map((f) => ({
    firm: f.firm,
    form: f.form,
    endDate: f.endDate,
    submitDate: f.submitDate,
    amendment: f.amendment,
    complete: f.complete,
    statements: f.statements.map((s) => ({
      kind: s.kind,
      title: s.title,
      version: s.version,
      complete: s.complete,
      missing: s.missing,
      lines: s.lines.map((l) => ({ line: l.line, code: l.code, value: l.value, label: l.label, section: l.section })),
      notes: s.notes.map((n) => n.text),
    })),
  }));
}

const fromText = parseFilings(text);

describe("HTML input: the sample saved as an NFA-style page", () => {
  const fromPage = parseInput(new Uint8Array(Buffer.from(page, "utf8")), {
    fileName: "sample.html",
    mimeType: "text/html",
  });

  it("is read as HTML and gives the text's values: every code, figure, line id, label and section, header and notes", () => {
    assert.equal(fromPage.input.kind === "text" && fromPage.input.format, "html");
    assert.equal(values(fromText)[0]?.statements.flatMap((s) => s.lines).length, 82);
    assert.deepEqual(values(fromPage), values(fromText));
  });

  it("reads no script, style, title, comment or navigation as a figure: no diagnostic at all", () => {
    assert.deepEqual(fromText.diagnostics, []);
    assert.deepEqual(fromPage.diagnostics, []);
  });

  it("traces every figure to the page line that prints its code", () => {
    const pageLines = fromPage.input.kind === "text" ? (fromPage.input.pageLines ?? []) : [];
    const html = page.split("\n");
    for (const line of fromPage.filings.flatMap((f) => f.statements.flatMap((s) => s.lines))) {
      const at = pageLines[line.sourceLine - 1] ?? 0;
      const printed = html[at - 1] ?? "";
      assert.ok(
        line.code === null ? printed.includes(`<u>${line.raw}</u>`) : printed.includes(`[${line.code}]`),
        `${line.code} → page line ${at}: ${printed}`,
      );
    }
  });

  it("checks the same: the same findings, none an error", () => {
    const findings = (r: ParseResult) => r.filings.flatMap((f) => checkFiling(f)).map((f) => ({ ...f, sourceLine: 0 }));
    assert.deepEqual(findings(fromPage), findings(fromText));
    assert.equal(findings(fromPage).filter((f) => f.severity === "error").length, 0);
  });

  it("gives the same values with header fields split into two cells, saved as UTF-16 with CRLF", () => {
    const variant = page
      .replace(/<tr><td>(End Date|Firm Name|Form|Submit Date):([^<]*)<\/td><\/tr>/g, "<tr><th>$1:</th><td>$2</td></tr>")
      .replace(/\n/g, "\r\n");
    assert.notEqual(variant, page.replace(/\n/g, "\r\n"));
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(variant, "utf16le")]));
    const r = parseInput(bytes, { fileName: "Sample.HTM" });
    assert.equal(r.input.kind === "text" && r.input.encoding, "utf-16le-bom");
    assert.deepEqual(values(r), values(fromText));
  });

  it("gives the same values when the text itself is wrapped in <pre> on a page", () => {
    const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const r = parseInput(`<!DOCTYPE html><html><body><pre>${escaped}</pre></body></html>`);
    assert.deepEqual(values(r), values(fromText));
  });

  it("reads the same page pasted from the clipboard as a table fragment, with no file name", () => {
    const fragment = page.slice(page.indexOf("<body>") + 6, page.indexOf("</body>"));
    const read = readInput(fragment);
    assert.equal(read.kind === "text" && read.format, "html");
    assert.deepEqual(values(parseInput(fragment)), values(fromText));
  });
});
