import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readCoverPage, type CoverLine, type CoverPage } from "../../src/core/parse/cover-page";
import { parseFilings } from "../../src/core/parse";

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, `file://${__filename}`), "utf8");
const lines = (text: string, first = 1): CoverLine[] =>
  text.split("\n").map((t, i) => ({ text: t, number: first + i }));
const targets = (cover: CoverPage) => cover.targets.map((t) => [t.statement, t.choice, t.values]);

const TABBED = [
  "Name of Company: Example Futures LLC",
  "Contact Name: Jane Accountant",
  "Contact Phone Number: 212-555-0100",
  "Contact Email Address: jane.accountant@example.com",
  "FCM's Customer Segregated Funds Residual Interest Target (choose one):",
  "a. Minimum dollar amount: ; or\t60,000",
  "b. Minimum percentage of customer segregated funds required:% ; or\t0",
  "c. Dollar amount range between: and ; or\t0\t0",
  "d. Percentage range of customer segregated funds required between:% and %.\t0\t0",
  "FCM's Customer Secured Amount Funds Residual Interest Target (choose one):",
  "a. Minimum dollar amount: ; or\t0",
  "b. Minimum percentage of customer secured funds required:% ; or\t0",
  "c. Dollar amount range between: and ; or\t0\t0",
  "d. Percentage range of customer secured funds required between:% and %.\t1.5\t3",
  "FCM's Cleared Swaps Customer Collateral Residual Interest Target (choose one):",
  "a. Minimum dollar amount: ; or\t0",
  "b. Minimum percentage of cleared swaps customer collateral required:% ; or\t0",
  "c. Dollar amount range between: and ; or\t0\t0",
  "d. Percentage range of cleared swaps customer collateral required between:% and %.\t0\t0",
].join("\n");

const EXPECTED = [
  ["segregation", "minimum-dollar", [60000]],
  ["secured-amounts", "percentage-range", [1.5, 3]],
  ["cleared-swaps", null, []],
];

describe("the Cover Page reader", () => {
  it("reads the firm, the contact and each statement's residual-interest target, with the heading's input line", () => {
    const cover = readCoverPage(lines(TABBED, 11), 10);
    assert.deepEqual(
      [cover.firm, cover.contactName, cover.contactPhone, cover.contactEmail],
      ["Example Futures LLC", "Jane Accountant", "212-555-0100", "jane.accountant@example.com"],
    );
    assert.deepEqual(targets(cover), EXPECTED);
    assert.deepEqual(
      cover.targets.map((t) => t.sourceLine),
      [15, 20, 25],
    );
    assert.equal(cover.sourceLine, 10);
  });

  it("reads the same page pasted with runs of spaces instead of tabs", () => {
    const cover = readCoverPage(lines(TABBED.replace(/\t/g, "   ")), 0);
    assert.deepEqual(targets(cover), EXPECTED);
    assert.equal(cover.firm, "Example Futures LLC");
  });

  it("reads the same page run together and re-wrapped (PDF-to-text)", () => {
    const joined = TABBED.replace(/\s+/g, " ")
      .replace(/(.{1,88})(?: |$)/g, "$1\n")
      .trim();
    assert.ok(joined.split("\n").length > 5 && !joined.split("\n").some((l) => /^FCM's/.test(l)));
    const cover = readCoverPage(lines(joined), 0);
    assert.deepEqual(
      [cover.firm, cover.contactName, cover.contactPhone, cover.contactEmail],
      ["Example Futures LLC", "Jane Accountant", "212-555-0100", "jane.accountant@example.com"],
    );
    assert.deepEqual(targets(cover), EXPECTED);
  });

  it("does not read a bracketed code after a figure as a figure, and reads '2.5%' and '$75,000'", () => {
    const coded = TABBED.replace("or\t60,000", "or\t60,000 [8930]")
      .replace("%.\t1.5\t3", "%.\t2.5%\t3%")
      .replace(
        "Dollar amount range between: and ; or\t0\t0\nd. Percentage range of cleared",
        "Dollar amount range between: and ; or\t$50,000\t$75,000\nd. Percentage range of cleared",
      );
    assert.deepEqual(targets(readCoverPage(lines(coded), 0)), [
      ["segregation", "minimum-dollar", [60000]],
      ["secured-amounts", "percentage-range", [2.5, 3]],
      ["cleared-swaps", "dollar-range", [50000, 75000]],
    ]);
  });

  it("leaves what it cannot find null, and never gives one statement's choices to another", () => {
    const cover = readCoverPage(
      lines("Contact Name:\nFCM's Other Residual Interest Target (choose one):\na. Minimum dollar amount: ; or\t5"),
      0,
    );
    assert.deepEqual([cover.firm, cover.contactName, cover.targets], [null, null, []]);
  });

  it("through the parser: the PDF-to-text later fixture gives the clean fixture's cover", () => {
    const clean = parseFilings(fixture("later/daily-seg-later.txt")).filings[0]!.cover!;
    const pdf = parseFilings(fixture("pdf-text/daily-seg-later-pdf-text.txt")).filings[0]!.cover!;
    const withoutLines = (c: CoverPage) => ({
      ...c,
      sourceLine: 0,
      targets: c.targets.map((t) => ({ ...t, sourceLine: 0 })),
    });
    assert.deepEqual(withoutLines(pdf), withoutLines(clean));
  });
});
