import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFilings, readFigure } from "../../src/core/parse";

const SAMPLE = readFileSync(
  join(__dirname, "..", "fixtures", "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"),
  "utf8",
);
const lines = SAMPLE.split("\n");
const codes = (text: string) => parseFilings(text).diagnostics.map((d) => d.code);

describe("figures", () => {
  const cases: [string, number][] = [
    ["1,234", 1234],
    ["-1,234", -1234],
    ["(1,234)", -1234],
    ["\u22121,234", -1234],
    ["\u20131,234", -1234],
    ["$1,234", 1234],
    ["($1,234)", -1234],
    ["$ (1,234)", -1234],
    ["-", 0],
    ["0", 0],
    ["1234.56", 1234.56],
    ["5,598,505,864", 5598505864],
    ["-0-", 0],
    ["$ -", 0],
    ["$-", 0],
    ["\u2014", 0],
    ["5,922,393-", -5922393],
    ["5,922,393\u2212", -5922393],
    ["+1,234", 1234],
    ["1,169,376,731*", 1169376731],
    ["1,234\u2020", 1234],
    ["5 598 505 864", 5598505864],
    ["5.598.505.864", 5598505864],
    ["12.50", 12.5],
  ];
  for (const [raw, value] of cases)
    it(`reads ${JSON.stringify(raw)} as ${value}`, () => assert.deepEqual(readFigure(raw), { ok: true, value }));
  for (const raw of [
    "1,23,456",
    "12x",
    "1.2.3",
    "(12",
    "--5",
    "99999999999999999",
    "37.229",
    "N/A",
    "nil",
    "-5-",
    "(5)-",
    "5.598.50",
  ])
    it(`refuses ${JSON.stringify(raw)}`, () => assert.equal(readFigure(raw).ok, false));
});

describe("parser cases", () => {
  it("says so for empty input, and for text with no filing", () => {
    assert.deepEqual(
      parseFilings(" \r\n\t").diagnostics.map((d) => [d.code, d.line]),
      [["empty-input", 0]],
    );
    const none = parseFilings("Dear auditor,\nplease find the 2013 figures attached.\n");
    assert.deepEqual(none.filings, []);
    assert.deepEqual(codes("Dear auditor,\nplease find the 2013 figures attached.\n"), ["no-filing"]);
  });

  it("starts a new filing when the firm, end date or INITIAL/AMENDMENT changes, not for a repeated header", () => {
    const second = SAMPLE.replace(/Citigroup Global Markets Inc\./g, "Other FCM LLC");
    assert.equal(parseFilings(SAMPLE + "\n" + second).filings.length, 2);
    const nextDay = SAMPLE.replace(/6\/18\/2013/g, "6/19/2013");
    const both = parseFilings(SAMPLE + "\n" + nextDay);
    assert.deepEqual(
      both.filings.map((f) => [f.endDate, f.statements.length]),
      [
        ["2013-06-18", 3],
        ["2013-06-19", 3],
      ],
    );
    const initial = parseFilings(SAMPLE + "\n" + SAMPLE.replace(/AMENDMENT/g, "INITIAL"));
    assert.deepEqual(
      initial.filings.map((f) => f.amendment),
      [true, false],
    );
    assert.equal(parseFilings(SAMPLE).filings.length, 1);
  });

  it("starts a new filing when the form or the submit date changes, and keeps several filings in input order", () => {
    const form = parseFilings(SAMPLE + "\n" + SAMPLE.replace(/Form:Daily Seg - FOCUS II/g, "Form:Daily Seg - 1FR"));
    assert.deepEqual(
      form.filings.map((f) => [f.form, f.statements.length, f.sourceLine]),
      [
        ["Daily Seg - FOCUS II", 3, 3],
        ["Daily Seg - 1FR", 3, 149],
      ],
    );
    const resubmitted = parseFilings([SAMPLE, SAMPLE.replace(/6\/19\/2013/g, "6/20/2013"), SAMPLE].join("\n"));
    assert.deepEqual(
      resubmitted.filings.map((f) => f.submitDate),
      ["2013-06-19", "2013-06-20", "2013-06-19"],
    );
    assert.deepEqual(resubmitted.diagnostics, []);
    // The same statement printed twice under one header is a second filing, not a conflict within one.
    assert.equal(parseFilings(SAMPLE + "\n" + SAMPLE).filings.length, 2);
  });

  it("reads the header with or without ** and with its dates as ISO", () => {
    const plain = parseFilings(SAMPLE.replace(/\*\*/g, "")).filings[0]!;
    assert.deepEqual(
      [plain.firm, plain.form, plain.endDate, plain.submitDate, plain.amendment],
      ["Citigroup Global Markets Inc.", "Daily Seg - FOCUS II", "2013-06-18", "2013-06-19", true],
    );
  });

  it("reads a lone dash as zero, wherever a figure stands", () => {
    const text = SAMPLE.replace("<b><u>0</u></b> [7765]", "- [7765]").replace(
      "\tA. Cash\t<u>0</u>\n",
      "\tA. Cash\t\u2013\n",
    );
    const result = parseFilings(text);
    const lines = result.filings[0]!.statements.flatMap((s) => s.lines);
    assert.deepEqual(
      lines.filter((l) => l.code === "7765" || l.line === "12.A").map((l) => [l.line, l.code, l.value, l.raw]),
      [
        ["7", "7765", 0, "-"],
        ["12.A", null, 0, "\u2013"],
      ],
    );
    assert.deepEqual(result.diagnostics, []);
  });

  it("keeps a truncated statement, marks it incomplete and names each missing line", () => {
    const cut = lines.slice(0, 140).join("\n");
    const result = parseFilings(cut);
    const swaps = result.filings[0]!.statements[2]!;
    assert.equal(swaps.complete, false);
    assert.equal(result.filings[0]!.complete, false);
    assert.deepEqual(swaps.missing, ["8715", "8720", "8730"]);
    const missing = result.diagnostics.filter((d) => d.code === "missing-line");
    assert.equal(missing.length, 3);
    assert.match(missing[1]!.message, /Line 13 \[8720\] Total amount in sequestration/);
  });

  it("reads an unknown statement's figures and says its title is unknown", () => {
    const text =
      lines.slice(0, 12).join("\n") +
      "\n**Daily Segregation - Something New**\n1.\tA new line\t1,000 [9100]\n2.\tAnother\t2,000 [9110]\n";
    const result = parseFilings(text);
    const s = result.filings[0]!.statements[0]!;
    assert.deepEqual(
      [s.kind, s.version, s.lines.map((l) => [l.line, l.code, l.value])],
      [
        "unknown",
        null,
        [
          ["1", "9100", 1000],
          ["2", "9110", 2000],
        ],
      ],
    );
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.line]),
      [["unknown-statement", 13]],
    );
  });

  it("keeps a code the catalog does not know, with a diagnostic", () => {
    const text = SAMPLE.replace("[7765]", "[7766]");
    const result = parseFilings(text);
    const line = result.filings[0]!.statements[0]!.lines.find((l) => l.code === "7766")!;
    assert.equal(line.value, 0);
    assert.deepEqual(
      result.diagnostics.filter((d) => d.code !== "missing-line").map((d) => [d.code, d.line]),
      [["unknown-code", 46]],
    );
  });

  it("reports the same code twice: a conflicting figure as an error, a repeat as a warning", () => {
    const conflicting = SAMPLE.replace(
      "7.\tSegregated funds on hand\t<b><u>0</u></b> [7765]",
      "7.\tSegregated funds on hand\t<b><u>0</u></b> [7765]\n\tagain\t5 [7765]",
    );
    const d = parseFilings(conflicting).diagnostics;
    assert.deepEqual(
      d.map((x) => [x.code, x.severity, x.line]),
      [["conflicting-code", "error", 47]],
    );
    const repeated = conflicting.replace("\t5 [7765]", "\t0 [7765]");
    assert.deepEqual(
      parseFilings(repeated).diagnostics.map((x) => x.code),
      ["duplicate-code"],
    );
  });

  it("reports a figure that is not a number, and reads the figures around it", () => {
    const result = parseFilings(SAMPLE.replace("<b><u>37,229</u></b> [7140]", "<b><u>37,2x9</u></b> [7140]"));
    assert.deepEqual(
      result.diagnostics.filter((d) => d.code === "unparsed-number").map((d) => d.line),
      [88],
    );
    assert.equal(result.filings[0]!.statements[1]!.lines.find((l) => l.code === "7150")!.value, 0);
  });

  it("reports a missing header field", () => {
    const result = parseFilings(
      SAMPLE.replace(/^\*\*End Date:6\/18\/2013\*\*$/m, "").replace(/^End Date:6\/18\/2013$/gm, ""),
    );
    assert.equal(result.filings[0]!.endDate, null);
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.line]),
      [["missing-header", 3]],
    );
  });

  it("reads figures whose title was lost, and a figure outside any statement is reported", () => {
    const untitled = SAMPLE.replace("**Daily Segregation - Segregation Statement**", "");
    const r = parseFilings(untitled);
    assert.equal(r.filings[0]!.statements[1]!.kind, "segregation");
    assert.deepEqual(
      r.diagnostics.map((d) => [d.code, d.line]),
      [["missing-title", 64]],
    );
    assert.deepEqual(codes("Firm Name:X\n\tstray\t1,234\n").includes("orphan-figure"), true);
  });

  it("does not guess a figure split by a space or a tab: the code is reported, the figures around it read", () => {
    for (const split of ["5,598, 505,864", "5\t598,505,864", "(2) 5,598,505,864"]) {
      const result = parseFilings(SAMPLE.replace("<b><u>5,598,505,864</u></b>", split));
      const lines = result.filings[0]!.statements[1]!.lines;
      assert.equal(
        lines.some((l) => l.code === "7010"),
        false,
        split,
      );
      assert.equal(lines.find((l) => l.code === "7020")?.value, 1392357829);
      const said = result.diagnostics.filter((d) => d.line === 64);
      assert.deepEqual(
        said.map((d) => [d.code, d.severity]),
        [["unparsed-number", "error"]],
        split,
      );
      assert.match(said[0]!.message, /\[7010\]/);
    }
  });

  it("reads a number after a reference word as label text, and says so", () => {
    const text =
      "**Daily Segregation - Secured Amounts**\n3.\tExcess (deficiency) - subtract line 1 from line 2 173,248,096 [7380]";
    const result = parseFilings(text);
    const line = result.filings[0]!.statements[0]!.lines[0]!;
    assert.deepEqual(
      [line.code, line.value, line.label],
      ["7380", 173248096, "Excess (deficiency) - subtract line 1 from line 2"],
    );
    assert.deepEqual(
      result.diagnostics.filter((d) => d.line === 2).map((d) => [d.code, d.severity]),
      [["orphan-figure", "warning"]],
    );
  });

  it("reports a code printed inside a header field, and keeps the field's own text", () => {
    const result = parseFilings(
      SAMPLE.replace(
        "**Firm Name:Citigroup Global Markets Inc.**",
        "**Firm Name:Citigroup Global Markets Inc. 5 [7010]**",
      ),
    );
    assert.equal(result.filings.length, 1);
    assert.equal(result.filings[0]!.firm, "Citigroup Global Markets Inc.");
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.line]),
      [["orphan-figure", 7]],
    );
    assert.match(result.diagnostics[0]!.message, /\[7010\].*Firm Name/);
  });

  it("reports an uncoded figure that is not a number, and a figure-shaped field that belongs to nothing", () => {
    const bad = parseFilings(SAMPLE.replace("\tA. Cash\t<u>0</u>", "\tA. Cash\t1O"));
    assert.deepEqual(
      bad.diagnostics.map((d) => [d.code, d.line]),
      [["unparsed-number", 142]],
    );
    assert.deepEqual(
      bad.filings[0]!.statements[2]!.lines.filter((l) => l.code === null).map((l) => l.line),
      ["12.B"],
    );
    const stray = parseFilings(SAMPLE.replace("\tA. Cash\t<u>0</u>", "\tA. Cash\t7\t<u>0</u>"));
    assert.deepEqual(
      stray.diagnostics.map((d) => [d.code, d.severity, d.line]),
      [["orphan-figure", "warning", 142]],
    );
    assert.equal(stray.filings[0]!.statements[2]!.lines.filter((l) => l.code === null).length, 2);
  });

  it("puts every diagnostic about a line on that line, with the line's text; missing lines at the statement's title", () => {
    const cut = parseFilings(lines.slice(0, 140).join("\n"));
    for (const d of cut.diagnostics) assert.equal(d.text, lines[d.line - 1], d.message);
    assert.deepEqual([...new Set(cut.diagnostics.map((d) => d.line))], [105]);
    const headless = parseFilings(SAMPLE.replace(/^.*End Date.*$/gm, ""));
    assert.deepEqual(
      headless.diagnostics.map((d) => [d.code, d.line, d.text]),
      [["missing-header", 3, "**AMENDMENT**"]],
    );
  });

  it("reads a figure that interrupts its label, as PDF text does", () => {
    const text =
      "**Daily Segregation - Segregation Statement**\nA. Cash 5,598,505,864 [7010] B. Securities (at market) 1,392,357,829 [7020] 2. Net unrealized profit -76,329,662 [7030]";
    const s = parseFilings(text).filings[0]!.statements[0]!;
    assert.deepEqual(
      s.lines.map((l) => [l.code, l.value]),
      [
        ["7010", 5598505864],
        ["7020", 1392357829],
        ["7030", -76329662],
      ],
    );
  });
});
