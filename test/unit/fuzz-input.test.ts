import assert from "node:assert/strict";
import fc from "fast-check";
import { htmlToText, readInput, type InputResult } from "../../src/core/input";

/**
 * Property tests of the input gate and the HTML reader: whatever arrives, a well-formed result and
 * no exception. Run counts are part of the suite's 10,000-case budget (see fuzz-parser.test.ts).
 */
const REFUSAL_CODES = new Set(["empty-input", "input-too-large", "binary-input"]);

function assertWellFormed(r: InputResult): void {
  if (r.kind === "text") {
    assert.ok(/[^\s\u200b-\u200d\u2060\ufeff]/.test(r.text), "text results are never blank");
    if (r.format === "html") assert.equal(r.pageLines?.length, r.text.split("\n").length);
    return;
  }
  assert.ok(REFUSAL_CODES.has(r.diagnostic.code), r.diagnostic.code);
  assert.equal(r.diagnostic.line, 0);
  assert.ok(r.diagnostic.message.length > 20);
  assert.equal(r.diagnostic.code === "binary-input", r.detected !== undefined);
}

const anyText = fc.string({ unit: "binary", maxLength: 400 });
const hints = fc.record(
  {
    fileName: fc.constantFrom("seg.txt", "seg.htm", "seg.pdf", "seg.xlsx", "seg", ""),
    mimeType: fc.constantFrom("text/plain", "text/html", "application/pdf", ""),
  },
  { requiredKeys: [] },
);

/** Tags and text from which broken pages are built; no textarea/xmp, whose raw text would show markup as text. */
const soupToken = fc.oneof(
  fc.constantFrom(
    "<table>",
    "</table>",
    "<tr>",
    "</tr>",
    "<td>",
    "</td>",
    "<th>",
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<br>",
    "<b>",
    "</b>",
    "<u>",
    "<pre>",
    "</pre>",
    "<li>",
    "<h2>",
    "</h2>",
    "<!--",
    "-->",
    "<!DOCTYPE html>",
    "<html>",
    "</body>",
    "&nbsp;",
    "&amp;",
    "&#36;",
    "&#x2212;",
    "&bogus;",
    "&#99999999;",
    "<",
    ">",
    "\t",
    "\n",
    "\r\n",
    " ",
    '<input value="7">',
    "<td colspan=2>",
    "<tr class='x'>",
    "</span>",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 6 }),
  fc.stringMatching(/^-?\d{1,3}(,\d{3}){0,3} \[\d{4}\]$/),
);
const tagSoup = fc.array(soupToken, { maxLength: 60 }).map((t) => t.join(""));

describe("fuzz: the input gate answers everything", () => {
  it("arbitrary Unicode strings with arbitrary hints: a well-formed result, never an exception (1,500 cases)", () => {
    fc.assert(
      fc.property(anyText, hints, (s, h) => assertWellFormed(readInput(s, h))),
      { numRuns: 1500 },
    );
  });

  it("arbitrary bytes with arbitrary hints: a well-formed result, never an exception (1,500 cases)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), hints, (b, h) => assertWellFormed(readInput(b, h))),
      { numRuns: 1500 },
    );
  });

  it("a known signature followed by anything is refused as that kind (300 cases)", () => {
    const signatures = [
      ["%PDF-1.7\n", "pdf"],
      ["\x89PNG\r\n\x1a\n", "png"],
      ["GIF89a", "gif"],
      ["\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"],
      ["\x1f\x8b", "gzip"],
    ] as const;
    const arb = fc.tuple(fc.constantFrom(...signatures), fc.uint8Array({ maxLength: 200 }));
    fc.assert(
      fc.property(arb, ([[magic, kind], rest]) => {
        const r = readInput(new Uint8Array([...Array.from(magic, (c) => c.charCodeAt(0)), ...rest]));
        assert.equal(r.kind === "refused" && r.detected, kind);
      }),
      { numRuns: 300 },
    );
  });
});

describe("fuzz: the HTML reader", () => {
  it("tag soup: never throws, one page line per text line, page lines in range and in order (1,000 cases)", () => {
    fc.assert(
      fc.property(tagSoup, (html) => {
        const page = htmlToText(html);
        assert.ok(page.ok, "soup of at most 60 tokens is never too deep");
        const { text, pageLines } = page;
        const lines = text === "" ? [] : text.split("\n");
        assert.equal(pageLines.length, lines.length);
        const pageLineCount = html.split("\n").length;
        pageLines.forEach((l, i) =>
          assert.ok(l >= 1 && l <= pageLineCount && l >= (pageLines[i - 1] ?? 1), `page line ${l}`),
        );
        assert.ok(
          lines.every((l) => l.trim() !== ""),
          "no blank lines",
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("script and style content never reaches the text, wherever they sit in the soup (500 cases)", () => {
    const hidden = fc.constantFrom(
      "<script>var a = '1 [7010]'; QQHIDDENQQ</script>",
      "<style>/* QQHIDDENQQ */</style>",
    );
    fc.assert(
      fc.property(tagSoup, hidden, tagSoup, (a, h, b) => {
        // A comment or tag left open by `a` swallows what follows; close it first, as any page would.
        const page = htmlToText(`${a}-->">${h}${b}`);
        assert.ok(page.ok && !page.text.includes("QQHIDDENQQ"));
      }),
      { numRuns: 500 },
    );
  });

  it("a table of escaped cells reads back as its rows joined by tabs (500 cases)", () => {
    const cell = fc
      .array(fc.string({ unit: fc.constantFrom(..."AaZz09,.()-$[]:&<>'\"\u00e9\u2212"), minLength: 1, maxLength: 8 }), {
        maxLength: 3,
      })
      .map((words) => words.join(" "));
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    const escape = (s: string, numeric: boolean): string =>
      s.replace(/[&<>"']/g, (c) =>
        numeric
          ? `&#${c.charCodeAt(0)};`
          : ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c] ?? c),
      );
    fc.assert(
      fc.property(table, fc.boolean(), (rows, numeric) => {
        const html = `<table>\n${rows.map((r) => `<tr>${r.map((c) => `<td> ${escape(c, numeric)}\n</td>`).join("")}</tr>`).join("\n")}\n</table>`;
        const expected = rows
          .map((r) => {
            const cells = [...r];
            while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
            return cells.join("\t");
          })
          .filter((l) => l !== "");
        const page = htmlToText(html);
        assert.deepEqual(page.ok && page.text.split("\n").filter((l) => l !== ""), expected);
      }),
      { numRuns: 500 },
    );
  });
});
