import assert from "node:assert/strict";
import fc from "fast-check";
import {
  isFigureAttempt,
  isFigureWord,
  isPlaceholder,
  isZeroDash,
  looksLikeFigure,
  mayBeFigure,
  readFigure,
} from "../../src/core/parse/numbers";
import { plainlyFigureFirst, readRowOrder } from "../../src/core/parse/columns";
import { leadingMarker, markerOf } from "../../src/core/parse/markers";
import {
  codeWords,
  fieldsOf,
  nextCode,
  plainFiguresBeforeCodes,
  singleSpaced,
  tabCells,
  visibleFrom,
  wordBounds,
} from "../../src/core/parse/scan";

/**
 * The reader's one-pass scans and first-character tests stand in for patterns it no longer runs on
 * every row: each must answer exactly as the pattern it replaces, on text built from the characters
 * filings and their copies print (codes, figures, signs, odd spaces, tabs, brackets).
 */
const PIECES = [
  ..." \t\u00a0\u2009\u3000[]()-+\u2212\u2013\u2014$,.0123456789*\u00b9:/%#nNx",
  ...["  ", "[7010]", "[70100]", "[701]", "[701:]", "7010", "1,234", "-0-", "N/A", "nil", "A.", "5.", "Cash", "line"],
];
const rowText = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(""));

describe("the reader's scans", () => {
  it("split words as /\\s+/ splits them, and codes as words of their own wherever they stand", () => {
    fc.assert(
      fc.property(rowText, (text) => {
        const bounds = wordBounds(text);
        const words = bounds.flatMap((start, k) => (k % 2 === 0 ? [text.slice(start, bounds[k + 1])] : []));
        assert.deepEqual(
          words,
          text.split(/\s+/).filter((w) => w !== ""),
        );
        assert.equal(singleSpaced(text), words.join(" "));
        assert.equal(visibleFrom(text), text.length - text.trimStart().length);
        const spaced = text.replace(/\[\d{4}\]/g, " $& ");
        assert.deepEqual(
          codeWords(text),
          spaced.split(/\s+/).filter((w) => w !== ""),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it("find the first code as the pattern does, and cut tab cells and fields as split, trim and filter do", () => {
    fc.assert(
      fc.property(rowText, fc.nat(30), (text, from) => {
        const pattern = /\[\d{4}\]/g;
        pattern.lastIndex = from;
        assert.equal(nextCode(text, from), pattern.exec(text)?.index ?? -1);
        const cells = text
          .split("\t")
          .map((c) => c.trim())
          .filter((c) => c !== "");
        assert.deepEqual(tabCells(text), cells);
        const fields = text
          .split(/\t| {2,}/)
          .map((f) => f.trim())
          .filter((f) => f !== "");
        assert.deepEqual(fieldsOf(text), fields);
      }),
      { numRuns: 3000 },
    );
  });

  it("find a row's leading marker as the pattern does, and read a marker once per spelling", () => {
    fc.assert(
      fc.property(rowText, (text) => {
        assert.equal(leadingMarker(text), /^(\d{1,2}|[A-Za-z])\.(?=\s|$)/.exec(text)?.[0] ?? null);
      }),
      { numRuns: 5000 },
    );
    const asPatterns = (word: string): unknown => {
      const number = /^(\d{1,2})\.$/.exec(word);
      const letter = /^([A-Za-z])\.$/.exec(word);
      return number
        ? { number: String(Number(number[1])), letter: null }
        : letter
          ? { number: null, letter: letter[1]!.toUpperCase() }
          : null;
    };
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."059aZz.٣ _"), maxLength: 4 }), (word) => {
        assert.deepEqual(markerOf(word), asPatterns(word));
      }),
      { numRuns: 5000 },
    );
    assert.deepEqual(markerOf("05."), { number: "5", letter: null });
    assert.deepEqual(markerOf("e."), { number: null, letter: "E" });
    assert.equal(markerOf("E."), markerOf("E."));
    assert.equal(markerOf("E1."), null);
  });

  it("tell a table row of figures before their codes as reading it in full does", () => {
    const figure = fc.constantFrom(
      "0",
      "1,234",
      "-5,749,086",
      "286,214,407",
      "12",
      "7010",
      "(1,234)",
      "-",
      "$5",
      "1,23",
    );
    const code = fc.constantFrom("[7010]", "[7360]", "[7520]", "[9999]");
    const coded = fc
      .array(fc.tuple(figure, fc.constantFrom(" ", " ", " ", "  ", ""), code), { minLength: 1, maxLength: 3 })
      .map((pairs) => pairs.map(([f, space, c]) => `${f}${space}${c}`).join(" "));
    const cell = fc.oneof(
      coded,
      fc.constantFrom("A. Cash", "Total", "7010", "(7360)", "1,234", "-", "$", "line 6", "[7010]"),
    );
    const context = fc.record({
      figureBefore: fc.boolean(),
      codeBefore: fc.boolean(),
      statementOrder: fc.constantFrom(null, "figure-first" as const, "code-first" as const),
    });
    let told = 0;
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 3 }), context, (cells, ctx) => {
        const text = cells.join("\t");
        if (!plainlyFigureFirst(text, ctx)) return;
        told++;
        assert.deepEqual(readRowOrder(text, ctx), { kind: "as-printed", order: "figure-first" });
      }),
      { numRuns: 5000 },
    );
    assert.ok(told > 80, `only ${told} rows were told without a full reading`);
    const pattern = /^-?\d[\d,]* \[\d{4}\](?: -?\d[\d,]* \[\d{4}\])*$/;
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 3 }).map((cells) => cells.join(" ")),
        (text) => {
          assert.equal(plainFiguresBeforeCodes(text, 0, text.length), pattern.test(text), text);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("tell label text by its first character only where no figure test could say otherwise", () => {
    fc.assert(
      fc.property(rowText, (text) => {
        const word = text.trim();
        if (mayBeFigure(word)) return;
        assert.ok(!isFigureWord(word) && !isZeroDash(word) && !isPlaceholder(word), word);
        assert.ok(!looksLikeFigure(word) && !isFigureAttempt(word), word);
      }),
      { numRuns: 5000 },
    );
    assert.equal(mayBeFigure("Cash"), false);
    assert.equal(mayBeFigure("N/A"), true);
  });

  it("read plainly printed figures to their exact value, and leave any other spelling to the patterns", () => {
    fc.assert(
      fc.property(fc.integer({ min: -9e13, max: 9e13 }), (value) => {
        const grouped = Math.abs(value).toLocaleString("en-US");
        const printed = `${value < 0 ? "-" : ""}${grouped}`;
        assert.deepEqual(readFigure(printed), { ok: true, value: value === 0 ? 0 : value });
        assert.deepEqual(readFigure(printed.replace(/,/g, "")), { ok: true, value: value === 0 ? 0 : value });
      }),
      { numRuns: 3000 },
    );
    assert.deepEqual(readFigure("1,23"), { ok: false, reason: '"1,23" is not a number' });
    assert.deepEqual(readFigure("12,345,6789"), { ok: false, reason: '"12,345,6789" is not a number' });
    assert.equal(Object.is((readFigure("-0") as { value: number }).value, -0), false);
    assert.equal(readFigure("99,999,999,999,999,999").ok, false);
  });
});
