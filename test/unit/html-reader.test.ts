import assert from "node:assert/strict";
import { htmlToText, MAX_HTML_DEPTH, readInput } from "../../src/core/input";

function lines(html: string): string[] {
  const page = htmlToText(html);
  assert.ok(page.ok);
  return page.text.split("\n");
}

describe("HTML reader: rows, cells and blocks become lines in document order", () => {
  it("makes each <tr> one line of tab-joined cells, keeping empty leading cells and dropping trailing ones", () => {
    const html = `<table>
      <tr><td>1.</td><td>Cash in banks</td><td></td></tr>
      <tr><td>&nbsp;</td><td>A. Banks located in the United States</td><td><b><u>286,214,407</u></b> [7500]</td><td> </td></tr>
      <tr><th>B.</th><td>Other</td><td><u>0</u>&nbsp;[7520]</td><td><u>286,214,407</u> [7530]</td></tr>
    </table>`;
    assert.deepEqual(lines(html), [
      "1.\tCash in banks",
      "\tA. Banks located in the United States\t286,214,407 [7500]",
      "B.\tOther\t0\u00a0[7520]\t286,214,407 [7530]",
    ]);
  });

  it("breaks lines at p, div, h1–h6, li and br, and keeps <b>, <u>, <strong> text inline", () => {
    const html =
      "<h1>Daily Seg</h1><p><strong>AMENDMENT</strong></p><div><b>End Date:</b>6/18/2013<br>Firm Name:<u>Citi</u></div><ul><li>one</li><li>two</li></ul>tail";
    assert.deepEqual(lines(html), [
      "Daily Seg",
      "AMENDMENT",
      "End Date:6/18/2013",
      "Firm Name:Citi",
      "one",
      "two",
      "tail",
    ]);
  });

  it("keeps a row on one line when its cells hold blocks or <br>", () => {
    assert.deepEqual(lines("<table><tr><td><p>Net ledger</p><p>balance</p></td><td>5<br>[7010]</td></tr></table>"), [
      "Net ledger balance\t5 [7010]",
    ]);
  });

  it("collapses runs of whitespace as a browser does, but keeps NBSP as U+00A0", () => {
    assert.deepEqual(lines("<p>  Net \n\t ledger   balance&nbsp;&nbsp;5 </p>"), ["Net ledger balance\u00a0\u00a05"]);
  });

  it("decodes named and numeric entities", () => {
    assert.deepEqual(lines("<p>A &amp; B &lt;x&gt; &#36;1,234 &#x2212;5 customers&#39; &quot;q&quot; &middot;</p>"), [
      'A & B <x> $1,234 \u22125 customers\' "q" \u00b7',
    ]);
  });

  it("drops script, style, title, template, noscript and comments, whatever figures they hold", () => {
    const html = `<html><head><title>9 [7010]</title><style>p{}/* 8 [7010] */</style><script>var a = "7 [7010]</p>";</script></head>
      <body><!-- 6 [7010] --><template><p>5 [7010]</p></template><noscript>4 [7010]</noscript><p>3 [7010]</p></body></html>`;
    assert.deepEqual(lines(html), ["3 [7010]"]);
  });

  it("reads nested tables row by row, in document order", () => {
    const html =
      "<table><tr><td>outer before</td><td><table><tr><td>in 1</td><td>1 [7010]</td></tr><tr><td>in 2</td></tr></table></td><td>outer after</td></tr><tr><td>next</td></tr></table>";
    assert.deepEqual(lines(html), ["outer before", "in 1\t1 [7010]", "in 2", "outer after", "next"]);
  });

  it("keeps the line breaks and tabs of <pre> text (a plain-text filing wrapped in a page)", () => {
    assert.deepEqual(lines("<pre>1.\tNet ledger balance\n\tA. Cash\t<b><u>5</u></b> [7010]\r\n\n</pre><p>after</p>"), [
      "1.\tNet ledger balance",
      "\tA. Cash\t5 [7010]",
      "after",
    ]);
  });

  it("gives no line for a preformatted line of NBSPs only, which is as blank as an empty one", () => {
    assert.deepEqual(htmlToText("<pre>&nbsp;"), { ok: true, text: "", pageLines: [] });
    assert.deepEqual(lines("<pre>a&nbsp;\n&nbsp;&nbsp;\n\tb</pre>"), ["a\u00a0", "\tb"]);
  });

  it("reads the value of text inputs, as a browser shows it", () => {
    assert.deepEqual(
      lines(
        '<table><tr><td>A. Cash</td><td><input type="text" value="5,598,505,864"> [7010]</td><td><input type="hidden" value="x"></td></tr></table>',
      ),
      ["A. Cash\t5,598,505,864 [7010]"],
    );
  });

  it("tolerates broken markup: unclosed cells and rows, stray closing tags", () => {
    assert.deepEqual(
      lines("<table><tr><td>1.<td>Cash<td>5 [7010]<tr><td>2.<td>Other</td></td></span>6 [7020]</table>"),
      ["1.\tCash\t5 [7010]", "2.\tOther\t6 [7020]"],
    );
  });

  it("says on which page line each text line began", () => {
    const html = "<html>\n<body>\n<p>one</p>\n<table>\n<tr>\n<td>two</td>\n</tr>\n</table>\n</body></html>";
    assert.deepEqual(htmlToText(html), { ok: true, text: "one\ntwo", pageLines: [3, 6] });
  });

  it("skips the CF_HTML header of a Windows clipboard payload, counting page lines from the payload's start", () => {
    const payload =
      "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000200\r\n<html><body>\r\n<!--StartFragment--><p>5 [7010]</p><!--EndFragment-->\r\n</body></html>";
    assert.deepEqual(htmlToText(payload), { ok: true, text: "5 [7010]", pageLines: [5] });
  });
});

describe("HTML reader: hostile pages stay linear", () => {
  it(`stops a page nested deeper than ${MAX_HTML_DEPTH} elements, saying where, and the gate refuses it`, () => {
    const html = `<html>\n<body>\n${"<div>".repeat(MAX_HTML_DEPTH - 10)}\n${"<table><tr><td>".repeat(100)}x`;
    assert.deepEqual(htmlToText(html), { ok: false, reason: "too-deep", line: 4 });
    const r = readInput(html);
    assert.equal(r.kind === "refused" && r.diagnostic.code, "input-too-large");
    assert.match(
      r.kind === "refused" ? r.diagnostic.message : "",
      /^This page nests its elements more than 1,000 deep \(by line 4 of the page\)/,
    );
  });

  it("judges a run of comments before a document start in linear time", function () {
    this.timeout(2000);
    assert.equal(readInput(`${"<!---->".repeat(600)}x <table>`, { fileName: "a.txt" }).kind === "text", true);
    const r = readInput(`${"<!-- a -->\n".repeat(300)}<!DOCTYPE html><p>5 [7010]</p>`, { fileName: "a.txt" });
    assert.equal(r.kind === "text" && r.format, "html");
  });

  it("reads a page with many siblings, void elements and closed blocks at any length", () => {
    const html = `<table>${"<tr><td>A.<br></td><td><p>5</p><input value=1> [7010]</td></tr>".repeat(5000)}</table>${"<br>".repeat(5000)}`;
    assert.equal(lines(html).length, 5000);
  });

  it("keeps long runs of NBSP, entities and preformatted spaces in one cell without slowing down", function () {
    // Quadratic trimming or string flattening took tens of seconds here; mocha fails a test that overruns.
    this.timeout(5000);
    const n = 200_000;
    assert.deepEqual(
      lines(`<table><tr><td>a${"&nbsp;".repeat(n)}b</td><td>${"&#x2212;".repeat(3)}5</td></tr></table>`),
      [`a${"\u00a0".repeat(n)}b\t\u2212\u2212\u22125`],
    );
    assert.deepEqual(lines(`<pre>${" ".repeat(n)}x${" ".repeat(n)}\ny</pre>`), [`${" ".repeat(n)}x`, "y"]);
  });
});

describe("input gate: when the input is read as HTML", () => {
  const table = "<table><tr><td>A. Cash</td><td>5 [7010]</td></tr></table>";
  const format = (input: string, hints = {}): string => {
    const r = readInput(input, hints);
    return r.kind === "text" ? r.format : r.diagnostic.code;
  };

  it("reads as HTML what its MIME type or file name says is HTML", () => {
    assert.equal(format("<p>A. Cash 5 [7010]</p>", { mimeType: "text/html; charset=utf-8" }), "html");
    assert.equal(format("<p>A. Cash 5 [7010]</p>", { fileName: "Seg.HTM" }), "html");
  });

  it("reads as HTML a document start, whatever the name, and a table fragment with no name", () => {
    assert.equal(format("\n <!DOCTYPE html><p>5 [7010]</p>", { fileName: "seg.txt" }), "html");
    assert.equal(format("<html><body>5 [7010]</body></html>"), "html");
    assert.equal(format(table), "html");
  });

  it("reads as text a table fragment in a file said to be plain text, and the sample's <b><u> markup", () => {
    assert.equal(format(table, { fileName: "seg.txt" }), "text");
    assert.equal(format("1.\tCash\t<b><u>5</u></b> [7010]"), "text");
  });

  it("gives the parser the page's lines and where they began", () => {
    const r = readInput(`<html>\n<body>\n${table}\n</body></html>`);
    assert.deepEqual(r, {
      kind: "text",
      text: "A. Cash\t5 [7010]",
      encoding: "string",
      format: "html",
      pageLines: [3],
    });
  });
});
