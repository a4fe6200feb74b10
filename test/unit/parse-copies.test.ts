import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import path from "node:path";
import { checkFiling, parseInput } from "../../src/core";
import type { Filing, ParseResult } from "../../src/core/model";
import { isoDate, parseFilings } from "../../src/core/parse";
import {
  DATE_SPELLINGS,
  headerOnOneLine,
  laterCopyText,
  onePagePerLine,
  pagesOf,
  pagesText,
  plain,
  respell,
  sampleCopyText,
  singleLine,
  spellDate,
  valueOnNextLine,
  withFurniture,
  type Page,
} from "../support/filing-copies";
import { withFigure } from "../support/sample-text";

/**
 * What a copy must keep: each filing's header and Cover Page, its statements in order, and every
 * figure's code and value (input line numbers differ between copies by design).
 */
function reading(result: ParseResult): unknown {
  return {
    filings: result.filings.map((f) => ({
      firm: f.firm,
      form: f.form,
      endDate: f.endDate,
      submitDate: f.submitDate,
      amendment: f.amendment,
      cover: f.cover && { ...f.cover, sourceLine: 0, targets: f.cover.targets.map((t) => ({ ...t, sourceLine: 0 })) },
      statements: f.statements.map((s) => ({
        kind: s.kind,
        title: s.title,
        figures: s.lines.map((l) => [l.code, l.value]),
      })),
    })),
    diagnostics: result.diagnostics.map((d) => `${d.code}: ${d.message}`),
  };
}

const FIXTURES = [
  { name: "the sample", text: sampleCopyText },
  { name: "the later fixture", text: laterCopyText },
];

/** Reads `copy` of `original` and asserts it reads the same; the original must read with no diagnostic. */
function assertSameReading(copy: string, original: string): void {
  const expected = reading(parseFilings(original)) as { diagnostics: unknown[] };
  assert.deepEqual(expected.diagnostics, [], "the original reads clean");
  assert.deepEqual(reading(parseFilings(copy)), expected);
}

describe("parser on copies of a filing made by viewers, spreadsheets and older systems", function () {
  this.timeout(120000);

  for (const { name, text } of FIXTURES) {
    const pages = pagesOf(text);

    describe(`${name}`, () => {
      it("has the pages the copies are built from", () => {
        assert.equal(pages.length, 3);
        assert.ok(pages.every((p) => p.header.length >= 4 && p.body.length > 20));
        assertSameReading(pagesText(pages), text);
        assert.equal(
          parseFilings(text).filings[0]!.cover?.firm,
          text === laterCopyText ? "Example Futures LLC" : undefined,
        );
      });

      for (const separator of [" ", "\t", "   ", " | "])
        it(`reads a header run together on one line (fields joined by ${JSON.stringify(separator)})`, () => {
          const copy = pagesText(headerOnOneLine(pages, separator));
          assert.match(copy, /End Date:\S+.*Firm Name:.*Submit Date:/);
          assertSameReading(copy, text);
        });

      const banner = "W I N J A M M E R   F I L I N G.";
      it("reads a header after a letter-spaced banner, on the banner's line or below it", () => {
        const sameLine = headerOnOneLine(pages).map((p) => ({ ...p, header: [`${banner} ${p.header[0]}`] }));
        assertSameReading(pagesText(sameLine), text);
        const above = pages.map((p) => ({ ...p, header: [banner, ...p.header] }));
        assertSameReading(pagesText(above), text);
      });

      it("reads each header value printed on the line after its label", () => {
        const copy = pagesText(valueOnNextLine(pages));
        assert.match(copy, /End Date:\n\n\d/);
        assertSameReading(copy, text);
      });

      for (const { name: spelling, spell } of DATE_SPELLINGS)
        it(`reads header dates spelled ${spelling}`, () => {
          const copy = respell(pages, (label, value) => (/date/i.test(label) ? spellDate(value, spell) : value));
          const [, m, d, y] = /End Date:(\d+)\/(\d+)\/(\d+)/.exec(text)!;
          assert.ok(pagesText(copy).includes(`End Date:${spell(Number(m), Number(d), Number(y))}`));
          assertSameReading(pagesText(copy), text);
          assertSameReading(onePagePerLine(copy), text);
        });

      it("reads a header repeated on each page as one filing, and a page with another End Date as the next", () => {
        const reread = parseFilings(pagesText(pages));
        assert.equal(reread.filings.length, 1);
        const nextDay = respell(pages.slice(1), (label, value) => (/end date/i.test(label) ? "1/2/2020" : value));
        const split = parseFilings(pagesText([pages[0]!, ...nextDay]));
        assert.deepEqual(
          split.filings.map((f) => [f.endDate, f.statements.length]),
          [
            [reread.filings[0]!.endDate, 1],
            ["2020-01-02", 2],
          ],
        );
      });

      it("reads a statement broken across two pages, each with the filing's header, as one statement", () => {
        const broken = pages.flatMap((p) => {
          const half = Math.floor(p.body.length / 2);
          return [
            { header: p.header, body: p.body.slice(0, half) },
            { header: p.header, body: p.body.slice(half) },
          ];
        });
        assert.equal(broken.length, 6);
        assertSameReading(pagesText(broken), text);
        assertSameReading(onePagePerLine(broken), text);
      });

      it("reads a statement broken across pages whose header, in any field order, runs into its text", () => {
        const broken = pages.flatMap((p) => {
          const half = Math.floor(p.body.length / 2);
          return [
            { header: p.header, body: p.body.slice(0, half) },
            { header: p.header, body: p.body.slice(half) },
          ];
        });
        const fields = broken[0]!.header.filter((l) => l.includes(":")).length;
        for (let rotation = 0; rotation < fields; rotation++) {
          const reordered = broken.map((p) => {
            const status = p.header.filter((l) => !l.includes(":"));
            const labelled = p.header.filter((l) => l.includes(":"));
            return { ...p, header: [...status, ...labelled.slice(rotation), ...labelled.slice(0, rotation)] };
          });
          assert.match(plain(reordered[1]!.header.at(-1)!), [/Submit/, /End/, /Firm/, /Form/][rotation]!);
          assertSameReading(onePagePerLine(reordered), text);
        }
      });

      it("ends the filing at a page header with another End Date inside a statement, and says the title is missing", () => {
        const [first, ...rest] = pages;
        const half = Math.floor(first!.body.length / 2);
        const nextDay = respell([{ header: first!.header, body: [] }], (label, value) =>
          /end date/i.test(label) ? "1/2/2020" : value,
        )[0]!;
        const copy = [
          { header: first!.header, body: first!.body.slice(0, half) },
          { header: nextDay.header, body: first!.body.slice(half) },
          ...rest,
        ];
        for (const layout of [pagesText, onePagePerLine]) {
          const result = parseFilings(layout(copy));
          assert.deepEqual(
            result.filings.map((f) => [f.endDate, f.statements.map((s) => s.kind)]),
            [
              [parseFilings(text).filings[0]!.endDate, ["secured-amounts"]],
              ["2020-01-02", ["secured-amounts"]],
              [parseFilings(text).filings[0]!.endDate, ["segregation", "cleared-swaps"]],
            ],
          );
          assert.ok(result.diagnostics.some((d) => d.code === "missing-title"));
        }
      });

      it("reads a copy with each page on one line, and the whole filing on one line, as the original", () => {
        assert.equal(onePagePerLine(pages).trim().split("\n").length, 3);
        assertSameReading(onePagePerLine(pages), text);
        assert.ok(!singleLine(pages).includes("\n"));
        assertSameReading(singleLine(pages), text);
        assertSameReading(onePagePerLine(headerOnOneLine(pages, "\t")), text);
      });

      const footers: readonly { name: string; footer: (n: number, of: number) => string }[] = [
        { name: "Page n of m", footer: (n, of) => `Page ${n} of ${of + 2}` },
        { name: "n of m", footer: (n, of) => `${n} of ${of + 2}` },
        { name: "the form's name and page", footer: (n, of) => `Daily Seg - FOCUS II    Page ${n} of ${of + 2}` },
        { name: "the form's name alone", footer: () => "Daily Seg - FOCUS II" },
        { name: "- n -", footer: (n) => `- ${n} -` },
        { name: "a bare page number", footer: (n) => String(n) },
      ];
      for (const { name: kind, footer } of footers)
        it(`passes over page footers (${kind}) between a statement's lines`, () => {
          for (const every of [3, 7, 11]) {
            const withFooters = withFurniture(pages, every, footer);
            assert.ok(pagesText(withFooters).length > pagesText(pages).length);
            assertSameReading(pagesText(withFooters), text);
          }
        });

      it("keeps a field after the form's name when a footer follows on the same line", () => {
        const copy = headerOnOneLine(pages).map((p, i) => ({ ...p, header: [`${p.header[0]} Page ${i + 1} of 3`] }));
        assert.match(copy[0]!.header[0]!, /Form:Daily Seg - FOCUS II Submit Date:\S+ Page 1 of 3$/);
        assertSameReading(pagesText(copy), text);
      });

      it("passes over a 'Page n of m' footer run into a page copied on one line", () => {
        const copy = pages.map((p, i) => ({ ...p, body: [...p.body, `Daily Seg - FOCUS II Page ${i + 1} of 3`] }));
        assertSameReading(onePagePerLine(copy), text);
        assertSameReading(singleLine(copy), text);
      });

      for (const suffix of [" as of 6/18/2013", " as of June 18, 2013", " (Amended)", " - as of 2013-06-18"])
        it(`reads a title followed by "${suffix.trim()}" as the title alone`, () => {
          const titled = pages.map((p) => ({ ...p, body: p.body.map(suffixed(suffix)) }));
          assert.notDeepEqual(titled, pages);
          assertSameReading(pagesText(titled), text);
          assertSameReading(onePagePerLine(titled), text);
        });

      const emphasis: readonly { name: string; mark: (line: string) => string }[] = [
        { name: "bold", mark: (l) => `**${plain(l).trim()}**` },
        { name: "bold in a tag", mark: (l) => `<b>${plain(l).trim()}</b>` },
        { name: "capitals", mark: (l) => plain(l).trim().toUpperCase() },
        { name: "a markdown heading", mark: (l) => `## ${plain(l).trim()}` },
      ];
      for (const { name: style, mark } of emphasis)
        it(`reads section headings set in ${style} as headings, not as new statements`, () => {
          const headed = pages.map((p) => ({ ...p, body: p.body.map((l) => (isHeading(l) ? mark(l) : l)) }));
          assert.ok(headed.some((p, i) => p.body.some((l, j) => l !== pages[i]!.body[j])));
          assertSameReading(pagesText(headed), text);
        });
    });
  }

  it("reads status spellings: an amendment stays one, an initial filing is not one", () => {
    const pages = pagesOf(sampleCopyText);
    const statuses = [
      ["AMENDMENT #1", true],
      ["Amendment No. 2", true],
      ["AMENDED FILING", true],
      ["Amended", true],
      ["INITIAL FILING", false],
      ["Initial", false],
    ] as const;
    for (const [status, amendment] of statuses)
      for (const layout of [pagesText, onePagePerLine]) {
        const copy = pages.map((p) => ({ ...p, header: p.header.map((l) => l.replace("AMENDMENT", status)) }));
        const result = parseFilings(layout(copy));
        assert.deepEqual(
          result.filings.map((f) => f.amendment),
          [amendment],
          status,
        );
        assert.deepEqual(result.diagnostics, [], status);
      }
  });

  it("reads header fields printed inside a title above the header", () => {
    const pages = pagesOf(sampleCopyText);
    const first = pages[0]!;
    const [status, end, firm, ...rest] = first.header;
    const titled: Page = {
      ...first,
      header: [`**Segregation report: ${plain(firm!)} — ${plain(end!)}**`, status!, ...rest],
    };
    assertSameReading(pagesText([titled, ...pages.slice(1)]), sampleCopyText);
  });

  for (const { name, text } of FIXTURES)
    it(`keeps two days of ${name} pasted one page per line as two filings and flags the second day's wrong total`, () => {
      const endDate = /End Date:(\S+?)\**\n/.exec(text)![1]!;
      const cash = Number(/<u>([\d,]+)<\/u><\/b> \[7010\]/.exec(text)![1]!.replace(/,/g, ""));
      const nextDay = withFigure(text, "7010", cash + 100).replaceAll(`End Date:${endDate}`, "End Date:1/2/2020");
      const errors = (f: Filing): unknown[] =>
        checkFiling(f)
          .filter((x) => x.severity === "error")
          .map((x) => [x.rule, x.difference]);
      for (const layout of [onePagePerLine, singleLine]) {
        const result = parseFilings([layout(pagesOf(text)), layout(pagesOf(nextDay))].join("\n"));
        assert.deepEqual(
          result.filings.map((f) => [f.endDate, f.statements.length]),
          [
            [isoDate(endDate), 3],
            ["2020-01-02", 3],
          ],
        );
        assert.deepEqual(result.diagnostics, []);
        assert.deepEqual(result.filings.map(errors), [[], [["SEG-7040", -100]]]);
      }
    });

  it("reads a saved web page whose whole body sits in one layout-table cell as the page itself", () => {
    const page = readFileSync(path.join(__dirname, "..", "fixtures", "html", "sample.html"), "utf8");
    const celled = page.replace("<body>", "<body><table><tr><td>").replace("</body>", "</td></tr></table></body>");
    const noTables = celled
      .replace(/<table class="statement"[^>]*>/g, "<div>")
      .replace(/<\/table>\n<(h2|div class="header")/g, "</div>\n<$1")
      .replace(/<tr>/g, "<div>")
      .replace(/<\/tr>/g, "</div>");
    const hints = { fileName: "sample.html", mimeType: "text/html" };
    const original = parseInput(page, hints);
    for (const copy of [celled, noTables]) {
      assert.notEqual(copy, page);
      const read = parseInput(copy, hints);
      assert.deepEqual(reading(read), reading(original));
    }
  });

  it("reads many filings pasted as one 5 MB line, each as its own", () => {
    const pages = pagesOf(sampleCopyText);
    const day = (i: number): string =>
      singleLine(respell(pages, (label, value) => (/end date/i.test(label) ? `1/${(i % 28) + 1}/${2000 + i}` : value)));
    const days: string[] = [];
    let size = 0;
    while (size < 5_000_000) size += days[days.push(day(days.length)) - 1]!.length + 1;
    const result = parseFilings(days.join(" "));
    assert.equal(result.filings.length, days.length);
    assert.ok(result.filings.every((f) => f.statements.length === 3 && f.firm === "Citigroup Global Markets Inc."));
    assert.deepEqual(result.diagnostics, []);
  });
});

describe("parser on copies made several ways at once", function () {
  this.timeout(120000);
  const statuses = ["AMENDMENT", "AMENDMENT #1", "AMENDED FILING", "Amendment No. 2"];
  // Footers a line of their own can hold, and those that can also sit inside a page copied on one line.
  const ownLineFooters = [
    (n: number) => `Page ${n} of 9`,
    (n: number) => `- ${n} -`,
    (n: number) => String(n),
    () => "Daily Seg - FOCUS II",
  ];
  const inLineFooters = [(n: number) => `Page ${n} of 9`, (n: number) => `Daily Seg - FOCUS II  Page ${n} of 9`];

  for (const { name, text } of FIXTURES)
    it(`reads ${name} the same whatever header, date, status, footer and layout the copy combines`, () => {
      const pages = pagesOf(text);
      const expected = reading(parseFilings(text));
      fc.assert(
        fc.property(
          fc.record({
            separator: fc.constantFrom(null, " ", "\t", " | "),
            nextLine: fc.boolean(),
            date: fc.constantFrom(...DATE_SPELLINGS),
            status: fc.constantFrom(...statuses),
            layout: fc.constantFrom("lines", "page per line", "one line"),
            footer: fc.nat(ownLineFooters.length - 1),
            every: fc.integer({ min: 2, max: 15 }),
            banner: fc.boolean(),
            suffix: fc.constantFrom("", " as of 6/18/2013", " (Amended)"),
            split: fc.boolean(),
          }),
          (o) => {
            let copy = respell(pages, (label, value) =>
              /date/i.test(label) ? spellDate(value, o.date.spell) : value.replace("AMENDMENT", o.status),
            );
            if (o.split) copy = copy.flatMap(halves);
            copy = copy.map((p) => ({ ...p, body: p.body.map(suffixed(o.suffix)) }));
            if (o.nextLine) copy = valueOnNextLine(copy);
            if (o.separator !== null) copy = headerOnOneLine(copy, o.separator);
            if (o.banner) copy = copy.map((p) => ({ ...p, header: ["W I N J A M M E R  F I L I N G.", ...p.header] }));
            const footers = o.layout === "lines" ? ownLineFooters : inLineFooters;
            copy = withFurniture(copy, o.every, footers[o.footer % footers.length]!);
            const printed =
              o.layout === "lines"
                ? pagesText(copy)
                : o.layout === "page per line"
                  ? onePagePerLine(copy)
                  : singleLine(copy);
            assert.deepEqual(reading(parseFilings(printed)), expected);
          },
        ),
        { numRuns: 200 },
      );
    });
});

describe("header dates and cut lines", () => {
  it("reads each spelling of a date as the same calendar day", () => {
    for (const [y, m, d] of [
      [2013, 6, 18],
      [2015, 9, 18],
      [2024, 2, 29],
      [2009, 12, 1],
    ] as const)
      for (const { name, spell } of DATE_SPELLINGS)
        assert.equal(isoDate(spell(m, d, y)), `${y}-${pad(m)}-${pad(d)}`, `${name}: ${spell(m, d, y)}`);
  });

  it("reads a date with the time of day an older system prints after it", () => {
    for (const time of [" 4:12 PM", " 16:12:09", "T16:12:09", " 4:12:09 p.m."])
      for (const { spell } of DATE_SPELLINGS) assert.equal(isoDate(`${spell(6, 19, 2013)}${time}`), "2013-06-19", time);
    assert.equal(isoDate("6/19/2013 4:12 PM extra"), null);
    const pages = pagesOf(sampleCopyText);
    const timed = respell(pages, (label, value) => (/submit/i.test(label) ? `${value} 4:12:09 PM` : value));
    assertSameReading(pagesText(timed), sampleCopyText);
    assertSameReading(onePagePerLine(timed), sampleCopyText);
  });

  it("reads no date that is not a calendar day or is printed day first, and says so in the filing", () => {
    for (const text of ["2/30/2013", "13/1/2013", "18/06/2013", "June 31, 2013", "Smarch 1, 2013", "6/18", "2013", ""])
      assert.equal(isoDate(text), null, text);
    const result = parseFilings(sampleCopyText.replace("End Date:6/18/2013", "End Date:18.06.2013"));
    assert.equal(result.filings[0]!.endDate, null);
    assert.ok(result.diagnostics.some((d) => d.code === "unparsed-number" && d.message.includes("18.06.2013")));
  });

  it("reports a label left without its value, on its line and the next", () => {
    const alone = parseFilings(sampleCopyText.replace(/End Date:6\/18\/2013/g, "End Date:"));
    assert.equal(alone.filings[0]!.endDate, null);
    assert.ok(alone.diagnostics.some((d) => d.code === "missing-header" && d.message.includes("End Date")));
    assert.ok(alone.diagnostics.some((d) => d.code === "unparsed-number" && d.line === 5));
  });

  it("cuts a megabyte line of labels, titles, statuses and footers in seconds, not minutes", function () {
    // A hang guard, not a benchmark: quadratic cutting of a million-character line takes minutes.
    this.timeout(60_000);
    for (const text of [
      "End Date: ".repeat(100_000),
      `End Date:${" ".repeat(1_000_000)}6/18/2013`,
      "AMENDMENT ".repeat(100_000),
      `AMENDMENT${" ".repeat(1_000_000)}x`,
      "Daily Segregation - ".repeat(50_000),
      "Page 1 of 2 ".repeat(80_000),
      `Daily Seg - FOCUS II${" x".repeat(500_000)}`,
      `Daily Segregation - Secured Amounts as of${" 6".repeat(500_000)}`,
      `Firm Name:${"Acme |".repeat(170_000)} Form:x`,
    ]) {
      const result = parseFilings(text);
      assert.ok(result.filings.length + result.diagnostics.length > 0);
    }
  });
});

const pad = (n: number): string => String(n).padStart(2, "0");

/** A page broken in two, the second half under the same header (an empty page is dropped). */
function halves(page: Page): Page[] {
  if (page.body.length === 0) return [];
  const half = Math.ceil(page.body.length / 2);
  return [
    { header: page.header, body: page.body.slice(0, half) },
    { header: page.header, body: page.body.slice(half) },
  ];
}

/** A statement title line with `suffix` after it. */
function suffixed(suffix: string): (line: string) => string {
  return (line) =>
    /^\*\*(Daily Segregation - [^*]+|Cover Page)\*\*$/.test(line) ? line.replace(/\*\*$/, `${suffix}**`) : line;
}

/** A section heading of the fixtures: a line of words with no figure, line number or code. */
function isHeading(line: string): boolean {
  const text = plain(line).trim();
  return (
    /^[A-Za-z]/.test(text) && !/\d\.\s|\[\d{4}\]|^[A-Z]\.\s|:/.test(text) && /accounts|requirements|summary/i.test(text)
  );
}
