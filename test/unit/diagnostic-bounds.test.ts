import assert from "node:assert/strict";
import { parseFilings } from "../../src/core/parse";
import { EXCERPT, excerpt, shortenQuotes } from "../../src/core/parse/diagnostics";
import { sampleText } from "../support/sample-text";

/**
 * A diagnostic quotes the place it is about, not its whole input line: a single-line paste of a
 * month of filings is one line of megabytes, and quoting it in each of its diagnostics made the
 * report grow with lines × diagnostics.
 */
const ONE_LINE = sampleText.replace(/\r?\n/g, " ");
const reportSize = (text: string): number => JSON.stringify(parseFilings(text)).length;

describe("diagnostics: bounded quotes, linear reports", () => {
  it("quotes about 160 characters centred on the code a diagnostic names", () => {
    const pad = "label text ".repeat(2000);
    const line = `${pad}B. Securities N/A [7020]${pad}`;
    const text = sampleText.replace(/^.*\[7020\].*$/m, line);
    const d = parseFilings(text).diagnostics.find((x) => x.message.includes("[7020]"));
    assert.ok(d, "the unreadable [7020] is diagnosed");
    assert.ok(d.text.length <= EXCERPT + 2, `quoted ${d.text.length} characters`);
    assert.ok(d.text.includes("N/A [7020]"), d.text);
    assert.ok(d.text.startsWith("\u2026") && d.text.endsWith("\u2026"));
  });

  it("keeps a line no longer than the bound exactly as printed", () => {
    const line = "x".repeat(EXCERPT);
    assert.equal(excerpt(line, "[7010]"), line);
    assert.equal(excerpt(`${line}y`, null), `${line}\u2026`);
    assert.equal(excerpt(`y${line}`, "y").length, EXCERPT + 1);
  });

  it("shortens a long quote inside a message but keeps the rest of the sentence", () => {
    const title = `Daily Segregation - ${"Statement ".repeat(100)}`;
    const message = shortenQuotes(`"${title}" is not a statement Tieout knows; [7010] is read.`);
    assert.ok(message.length < 200, message);
    assert.ok(message.startsWith('"Daily Segregation - Statement'));
    assert.ok(message.endsWith('" is not a statement Tieout knows; [7010] is read.'));
    assert.equal(shortenQuotes('an "open quote'), 'an "open quote');
  });

  it("a single-line paste of many filings gives a report that grows linearly with the input", function () {
    // Hang guard, not a timing assert: linear work takes well under a second here, quadratic minutes.
    this.timeout(60_000);
    const small = reportSize(Array.from({ length: 10 }, () => ONE_LINE).join(" "));
    const large = reportSize(Array.from({ length: 80 }, () => ONE_LINE).join(" "));
    assert.ok(large < small * 8 * 1.25, `10 copies: ${small} bytes, 80 copies: ${large} bytes`);
    for (const d of parseFilings(ONE_LINE.repeat(3)).diagnostics) assert.ok(d.text.length <= EXCERPT + 2);
  });
});
