import assert from "node:assert/strict";
import fc from "fast-check";
import { isColumnCode, isColumnCodeAt } from "../../src/core/parse/cells";
import { plainlyFigureFirst, readRowOrder, rowOrder } from "../../src/core/parse/columns";
import { readTail, readToken } from "../../src/core/parse/figures";
import { putWords, type LineItem } from "../../src/core/parse/line-items";
import { markerOf } from "../../src/core/parse/markers";
import { SourceLine } from "../../src/core/parse/normalize";
import { isFigureAttempt, looksLikeFigure, readFigure } from "../../src/core/parse/numbers";
import {
  codeAt,
  fieldsOf,
  hasFieldBreak,
  isCodeAt,
  isLastGroup,
  isSpaceAt,
  plainFiguresBeforeCodes,
  signWordStart,
  singleSpaced,
  tabCells,
  wordStart,
} from "../../src/core/parse/scan";

/**
 * Reading one row into items takes shortcuts for the rows filings print most (a code's digits looked
 * up instead of cut out, a plain figure read without the patterns): each must give what the fuller
 * reading it stands in for gives, on text built from the characters filings and their copies print.
 */
const PIECES = [
  ..." \t\u00a0\u2009[]()-+\u2212\u2013$,.0123456789*nNx",
  ...["  ", "[7010]", "[0042]", "[70100]", "[701]", "7010", "1,234", "-0-", "N/A", "A.", "5.", "12.", "Cash", "line"],
];
const rowText = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(""));

describe("reading a row", () => {
  it("names each code by its four digits, one string per code", () => {
    const code = fc.integer({ min: 0, max: 9999 }).map((n) => `[${String(n).padStart(4, "0")}]`);
    const coded = fc.array(fc.oneof(code, fc.constantFrom(...PIECES)), { maxLength: 12 }).map((p) => p.join(""));
    fc.assert(
      fc.property(fc.oneof(rowText, coded), (text) => {
        for (let at = 0; at < text.length; at++)
          if (isCodeAt(text, at)) assert.equal(codeAt(text, at), text.slice(at + 1, at + 5));
      }),
      { numRuns: 3000 },
    );
    const text = "0 [0042] 1 [4200] 2 [0042]";
    assert.equal(codeAt(text, 2), "0042");
    assert.equal(codeAt(text, 11), "4200");
    assert.equal(codeAt(text, 20), codeAt(text, 2));
  });

  it("reads a figure's token as the full reading of a figure does", () => {
    const token = fc.oneof(
      rowText,
      fc.constantFrom("1,234", "-5,749,086", "0", "-0", "12,34", ",123", "1,2345", "9007199254740993", "(1,234)"),
    );
    fc.assert(
      fc.property(token, fc.constantFrom(null, "7010"), (text, code) => {
        const raw = text.trim();
        const read = readFigure(raw);
        assert.deepEqual(
          readToken(text, code),
          read.ok
            ? { kind: "figure", figure: { raw, value: read.value, code } }
            : { kind: "problem", problem: { code, token: raw, reason: read.reason } },
        );
      }),
      { numRuns: 5000 },
    );
  });
});

describe("the reader's character tests", () => {
  it("tell whitespace as \\s does, for every UTF-16 code unit", () => {
    for (let c = 0; c < 0x10000; c++) {
      const text = `a${String.fromCharCode(c)}`;
      assert.equal(isSpaceAt(text, 1), /\s/.test(text.charAt(1)), `U+${c.toString(16)}`);
    }
    assert.equal(isSpaceAt("a", 1), false);
  });
});

describe("the figure's word tests", () => {
  const word = fc
    .array(fc.constantFrom(..."0123456789($+-\u2212\u2013\u2014)*\u2020\u2021,. a\t"), { maxLength: 7 })
    .map((chars) => chars.join(""));
  it("tell signs and `$` alone, and the last group of a spaced figure, as the patterns do", () => {
    fc.assert(
      fc.property(word, fc.nat(3), fc.nat(3), (text, cutStart, cutEnd) => {
        const from = Math.min(cutStart, text.length);
        const to = Math.max(from, text.length - cutEnd);
        const slice = text.slice(from, to);
        const word = wordStart(text, to, from);
        const signs = /^[($+\-\u2212\u2013]+$/.test(text.slice(word, to));
        assert.equal(signWordStart(text, to, from), signs ? word : -1);
        assert.equal(isLastGroup(text, from, to), /^\d{3}[-\u2212)*\u2020\u2021]{0,2}$/.test(slice));
      }),
      { numRuns: 10000 },
    );
  });
});

describe("a row's words and tail", () => {
  const source = new SourceLine(1, "", "", false);
  const span = fc.tuple(rowText, fc.nat(6), fc.nat(6)).map(([text, cutStart, cutEnd]) => {
    const from = Math.min(cutStart, text.length);
    return { text, from, to: Math.max(from, text.length - cutEnd) };
  });

  it("give label words and markers as splitting the text at whitespace does", () => {
    const asSplit = (text: string): unknown[] => {
      const items: unknown[] = [];
      let run: string[] = [];
      const endRun = (): void => {
        if (run.length > 0) items.push({ kind: "word", text: run.join(" "), source });
        run = [];
      };
      for (const word of text.split(/\s+/).filter((w) => w !== "")) {
        const marker = /^(\d{1,2}|[A-Za-z])\.$/.test(word) ? markerOf(word) : null;
        if (marker === null) run.push(word);
        else {
          endRun();
          items.push({ kind: "marker", marker, raw: word, leading: false });
        }
      }
      endRun();
      return items;
    };
    fc.assert(
      fc.property(span, ({ text, from, to }) => {
        const items: LineItem[] = [];
        assert.equal(putWords(items, 0, text, from, to, source), items.length);
        assert.deepEqual(items, asSplit(text.slice(from, to)));
        assert.equal(singleSpaced(text, from, to), singleSpaced(text.slice(from, to)));
        assert.equal(hasFieldBreak(text, from, to), /\t| {2}/.test(text.slice(from, to)));
      }),
      { numRuns: 5000 },
    );
  });

  it("read a tail of one field as cutting it into fields does", () => {
    // The tail as read by its fields alone, each field but the last label text or a stray.
    const asFields = (tail: string, hasLabelBefore: boolean, structured: boolean): unknown => {
      const fields = fieldsOf(tail);
      if (fields.length === 0) return { rest: "", read: null, strays: [] };
      const last = fields.at(-1)!;
      const label: string[] = [];
      const strays: string[] = [];
      let labelSeen = hasLabelBefore;
      for (const field of fields.slice(0, -1)) {
        if (labelSeen && looksLikeFigure(field)) strays.push(field);
        else label.push(field);
        labelSeen ||= /[A-Za-z]{2}/.test(field);
      }
      const whole = { rest: [...label, last].join(" "), read: null, strays };
      if (!(fields.length >= 2 || hasLabelBefore)) return whole;
      if (!structured && looksLikeFigure(last)) return whole;
      if (!looksLikeFigure(last) && !(labelSeen && isFigureAttempt(last))) return whole;
      return { rest: label.join(" "), read: readToken(last, null), strays };
    };
    const tail = fc.oneof(
      rowText,
      fc.constantFrom("\tCash in banks", "\t1,234", "  1O", " 12x ", "\tTotal\t5\t6", "\u00a0(1,234)\u00a0"),
    );
    fc.assert(
      fc.property(tail, fc.boolean(), fc.boolean(), (text, hasLabelBefore, structured) => {
        assert.deepEqual(readTail(text, hasLabelBefore, structured), asFields(text, hasLabelBefore, structured));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("a table row's order", () => {
  it("is what reading the row in full finds, for rows told without it too", () => {
    const coded = fc
      .array(
        fc.tuple(
          fc.constantFrom("0", "1,234", "-5", "0", "(1)", "$5", "7010"),
          fc.constantFrom(" ", " ", " ", "", "  "),
        ),
        {
          minLength: 1,
          maxLength: 2,
        },
      )
      .chain((pairs) =>
        fc
          .array(fc.constantFrom("[7010]", "[7520]", "[9999]", "[701]"), {
            minLength: pairs.length,
            maxLength: pairs.length,
          })
          .map((codes) => pairs.map(([f, space], i) => `${f}${space}${codes[i]}`).join(" ")),
      );
    const cell = fc.oneof(
      rowText,
      { weight: 3, arbitrary: coded },
      fc.constantFrom("A. Cash", "Total", "7010", "(7360)", " 7010 ", "(7010", "1,234", "-", "$", "line 6", "12."),
    );
    const context = fc.record({
      figureBefore: fc.boolean(),
      codeBefore: fc.boolean(),
      statementOrder: fc.constantFrom(null, "figure-first" as const, "code-first" as const),
    });
    const told = { figureFirst: 0, uncoded: 0 };
    fc.assert(
      fc.property(fc.array(cell, { minLength: 2, maxLength: 4 }), context, (cells, ctx) => {
        const text = cells.join("\t");
        const full = readRowOrder(text, ctx);
        assert.deepEqual(rowOrder(text, ctx), full);
        if (plainlyFigureFirst(text, ctx)) told.figureFirst++;
        else if (!text.includes("[") && !tabCells(text).some(isColumnCode)) told.uncoded++;
      }),
      { numRuns: 8000 },
    );
    assert.ok(told.figureFirst > 150 && told.uncoded > 150, JSON.stringify(told));
  });
});

describe("a table cell of plain figures before codes", () => {
  it("is told in place, over any part of a row, as the pattern tells the part cut out", () => {
    // Mostly what such a cell prints, so that runs of several pairs are common; now and then not.
    const figure = fc.constantFrom("0", "-5", "1,234", "286,214,407", "0", "-5", "--1", ",1", "x");
    const code = fc.constantFrom("[7010]", "[7520]", "[7010]", "[701]", "[7010", "7010");
    const piece = fc.oneof(
      { weight: 4, arbitrary: fc.tuple(figure, code).map(([f, c]) => `${f} ${c}`) },
      fc.tuple(figure, fc.constantFrom("", "  "), code).map(([f, space, c]) => `${f}${space}${c}`),
      fc.constantFrom("\t", "x", "]"),
    );
    const join = fc.constantFrom(" ", " ", "", "\t");
    // A row of pieces, with where each piece starts and ends: most ranges asked of a row are cells.
    const row = fc.array(fc.tuple(join, piece), { maxLength: 5 }).map((parts) => {
      let text = "";
      const edges = [0];
      parts.forEach(([j, p], i) => {
        text += i === 0 ? p : j;
        edges.push(text.length);
        if (i > 0) edges.push((text += p).length);
      });
      return { text, edges };
    });
    const pattern = /^-?\d[\d,]* \[\d{4}\](?: -?\d[\d,]* \[\d{4}\])*$/;
    fc.assert(
      fc.property(row, fc.nat(), fc.nat(), fc.nat(3), ({ text, edges }, a, b, odd) => {
        const at = (n: number): number => (odd === 0 ? n % (text.length + 1) : edges[n % edges.length]!);
        const [from, to] = at(a) <= at(b) ? [at(a), at(b)] : [at(b), at(a)];
        assert.equal(plainFiguresBeforeCodes(text, from, to), pattern.test(text.slice(from, to)));
      }),
      { numRuns: 20000 },
    );
  });
});

describe("a column code cell", () => {
  it("is told in place as isColumnCode tells the cell cut out", () => {
    const cell = fc.oneof(
      rowText,
      fc.constantFrom("7010", "(7010)", "(7010", "7010)", "0000", "(0000)", "12345", "701", "1.", "A. Cash"),
    );
    fc.assert(
      fc.property(cell, cell, cell, (before, middle, after) => {
        const text = `${before}\t${middle}\t${after}`;
        const start = before.length + 1;
        const end = start + middle.length;
        if (middle !== middle.trim() || middle === "") return;
        assert.equal(isColumnCodeAt(text, start, end), isColumnCode(middle));
      }),
      { numRuns: 5000 },
    );
  });
});
