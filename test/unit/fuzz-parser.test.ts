import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { checkFiling } from "../../src/core/checks";
import type { ParseResult } from "../../src/core/model";
import { parseFilings } from "../../src/core/parse";
import { EXCERPT } from "../../src/core/parse/diagnostics";

/**
 * Property tests of the parser and the checks on broken filings: a result every time, no exception,
 * and conservation — every bracketed code and every figure in a value position of the input ends up
 * in a parsed line or in a diagnostic about its own input line. With fuzz-input.test.ts these run
 * more than 10,000 cases; each test has its own mocha timeout, since a hang is a failure too.
 */
const SAMPLE = readFileSync(
  join(__dirname, "../fixtures/citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"),
  "utf8",
);
const LINES = SAMPLE.split("\n");

/** A whole word that is shaped like a printed figure: 1,234 · (1,234) · -1,234 · $1,234 · 12.50; parentheses balanced. */
function isFigureWord(w: string): boolean {
  if (!/^[-\u2212\u2013]?\(?\$?[-\u2212\u2013]?\d[\d,]*(\.\d+)?\)?$/.test(w)) return false;
  return (w.match(/\(/g)?.length ?? 0) === (w.match(/\)/g)?.length ?? 0);
}

/** The line as a reader sees it: markup gone, odd spaces folded (independently of the parser's own cleaning). */
function visible(line: string): string {
  return (
    line
      .replace(/<\/?[a-z][^<>]*>/gi, "")
      .replace(/\*\*/g, "")
      .replace(/&nbsp;/gi, " ")
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
      // Every other space a clipboard brings (NBSP, the wide spaces, a vertical tab, a form feed) is a plain one.
      .replace(/[^\S\t ]/g, " ")
  );
}

/**
 * Conservation, judged line by line from the outside:
 * - each `[dddd]` is a parsed line with that code on that input line, or a diagnostic on that line
 *   that quotes the line and names the code (counted, so a code printed twice needs two);
 * - figure-shaped words run up against the figure before a code ("286, 214,407 [7500]") and
 *   figure-shaped tab fields after a label (uncoded figures) are a parsed figure or diagnosed.
 * A diagnostic counts only if its `text` is the input line (or, for a line longer than a diagnostic
 * quotes, an excerpt of it): a statement's missing-line diagnostics sit on its last line but are not about it.
 */
function conservationViolations(text: string, result: ParseResult): string[] {
  const raws = text.split(/\r\n|\r|\n/);
  const read = new Map<number, { code: string | null; raw: string }[]>();
  for (const f of result.filings)
    for (const s of f.statements)
      for (const l of s.lines) read.set(l.sourceLine, [...(read.get(l.sourceLine) ?? []), l]);
  const said = new Map<number, string[]>();
  for (const d of result.diagnostics)
    if (d.line > 0 && quotesLine(d.text, raws[d.line - 1]!)) said.set(d.line, [...(said.get(d.line) ?? []), d.message]);
  const out: string[] = [];
  raws.forEach((raw, i) => {
    const n = i + 1;
    const line = visible(raw);
    const figures = read.get(n) ?? [];
    const messages = said.get(n) ?? [];
    const codes = [...line.matchAll(/\[(\d{4})\]/g)].map((m) => m[1]!);
    for (const code of new Set(codes)) {
      const printed = codes.filter((c) => c === code).length;
      const accounted = figures.filter((f) => f.code === code).length + messages.filter((m) => m.includes(code)).length;
      if (accounted < printed)
        out.push(`line ${n}: [${code}] printed ${printed}×, accounted for ${accounted}×: ${JSON.stringify(raw)}`);
    }
    const segments = line.split(/\[\d{4}\]/);
    segments.slice(0, codes.length).forEach((segment, j) => {
      const words = segment.trim().split(/\s+/);
      if (!isFigureWord(words.at(-1) ?? "")) return;
      // A figure printed with spaces between its thousands ("5 598 505 864") is read whole.
      const whole = figures.find((f) => f.code === codes[j])?.raw.split(/\s+/) ?? [];
      for (let k = words.length - 2; k >= 0 && isFigureWord(words[k]!); k--)
        if (messages.length === 0 && !whole.includes(words[k]!))
          out.push(
            `line ${n}: "${words[k]}" stands against the figure of [${codes[j]}] but is neither read nor diagnosed: ${JSON.stringify(raw)}`,
          );
    });
    const fields = (segments.at(-1) ?? "")
      .split("\t")
      .map((f) => f.trim())
      .filter((f) => f !== "");
    fields.forEach((field, j) => {
      const afterLabel = fields.slice(0, j).some((f) => /[A-Za-z]{2}/.test(f));
      if (!afterLabel || !isFigureWord(field)) return;
      if (!figures.some((f) => f.code === null && f.raw === field) && messages.length === 0)
        out.push(`line ${n}: uncoded figure "${field}" is neither read nor diagnosed: ${JSON.stringify(raw)}`);
    });
  });
  return out;
}

function quotesLine(text: string, raw: string): boolean {
  if (text === raw) return true;
  const inner = text.replace(/^\u2026/, "").replace(/\u2026$/, "");
  return raw.length > EXCERPT && inner.length === EXCERPT && raw.includes(inner);
}

/** Nothing invented: each parsed figure's code and digits are printed on its input line; line numbers in range. */
function assertTraceable(text: string, result: ParseResult): void {
  const raws = text.split(/\r\n|\r|\n/);
  for (const f of result.filings)
    for (const s of f.statements)
      for (const l of s.lines) {
        const raw = raws[l.sourceLine - 1];
        assert.ok(raw !== undefined, `sourceLine ${l.sourceLine} is outside the input`);
        // Markup and zero-width characters inside a code or figure are invisible to a reader and to the parser alike.
        const seen = visible(raw);
        const next = visible(raws[l.sourceLine] ?? "");
        // A wrap may leave the figure at the end of its line and the code at the start of the next.
        if (l.code !== null)
          assert.ok(
            seen.includes(`[${l.code}]`) ||
              next.trimStart().startsWith(`[${l.code}]`) ||
              // A spreadsheet's copy prints a code bare or in parentheses, in a column of its own.
              new RegExp(`(^|[\\t,"])\\s*\\(?${l.code}\\)?\\s*"?\\s*($|[\\t,])`).test(seen),
            `[${l.code}] is not printed on input line ${l.sourceLine}`,
          );
        // … or its sign at the end of the line before: "- 5,922,393" is "-" there and "5,922,393" here.
        const wrapped = /^(\S+) (.+)$/.exec(l.raw);
        const signBefore =
          wrapped !== null &&
          visible(raws[l.sourceLine - 2] ?? "")
            .trimEnd()
            .endsWith(wrapped[1]!) &&
          seen.includes(wrapped[2]!);
        assert.ok(
          seen.includes(l.raw) || raw.includes(l.raw) || signBefore,
          `"${l.raw}" is not printed on input line ${l.sourceLine}`,
        );
        assert.ok(Number.isFinite(l.value), `[${l.code}] value ${l.value}`);
      }
  for (const d of result.diagnostics) assert.ok(d.line >= 0 && d.line <= raws.length, `diagnostic line ${d.line}`);
}

/** Parse, check every filing, and hold the result to conservation and traceability. */
function parseAndCheck(input: string | Mutant): void {
  const text = typeof input === "string" ? input : input.text;
  const result = parseFilings(text);
  assert.ok(Array.isArray(result.filings) && Array.isArray(result.diagnostics));
  for (const filing of result.filings) assert.ok(Array.isArray(checkFiling(filing)));
  assertTraceable(text, result);
  assert.deepEqual(conservationViolations(text, result), []);
}

/** A mutated sample that prints, in a counterexample, what was done and the lines it changed (not 10 KB of text). */
class Mutant {
  constructor(
    readonly text: string,
    readonly how: string,
  ) {}
  [fc.toStringMethod](): string {
    const sample = new Set(LINES);
    const changed = this.text
      .split("\n")
      .flatMap((l, i) => (sample.has(l) ? [] : [`  ${i + 1}: ${JSON.stringify(l)}`]));
    return `${this.how}; lines not in the sample:\n${changed.slice(0, 8).join("\n")}${changed.length > 8 ? "\n  …" : ""}`;
  }
}

// ---- mutations of the sample --------------------------------------------------------------------

const lineIndex = fc.nat(LINES.length - 1);
const deleted = fc
  .array(fc.boolean(), { minLength: LINES.length, maxLength: LINES.length })
  .map(
    (drop) =>
      new Mutant(
        LINES.filter((_, i) => !drop[i]).join("\n"),
        `deleted lines ${drop.flatMap((d, i) => (d ? [i + 1] : [])).join(",")}`,
      ),
  );
const duplicated = fc.array(fc.tuple(lineIndex, lineIndex), { minLength: 1, maxLength: 12 }).map((copies) => {
  const lines = [...LINES];
  for (const [from, to] of copies) lines.splice(to, 0, LINES[from]!);
  return new Mutant(
    lines.join("\n"),
    `copied (line → before line) ${copies.map(([f, t]) => `${f + 1}→${t + 1}`).join(", ")}`,
  );
});
const truncated = fc.nat(SAMPLE.length).map((n) => new Mutant(SAMPLE.slice(0, n), `cut after character ${n}`));
const shuffled = fc
  .shuffledSubarray(LINES, { minLength: LINES.length, maxLength: LINES.length })
  .map((l) => new Mutant(l.join("\n"), "every line shuffled"));
const swapped = fc.array(fc.tuple(lineIndex, lineIndex), { minLength: 1, maxLength: 8 }).map((swaps) => {
  const lines = [...LINES];
  for (const [a, b] of swaps) [lines[a], lines[b]] = [lines[b]!, lines[a]!];
  return new Mutant(lines.join("\n"), `swapped lines ${swaps.map(([a, b]) => `${a + 1}↔${b + 1}`).join(", ")}`);
});

/** What a clipboard, a PDF converter or a bad transfer slips into text. */
const noise = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 4 }),
  fc.uint8Array({ minLength: 1, maxLength: 4 }).map((b) => String.fromCharCode(...b)),
  fc.constantFrom(
    "\t",
    " ",
    "\u00a0",
    "\r",
    "\n",
    "\r\n",
    "[",
    "]",
    "(",
    ")",
    "-",
    "\u2212",
    "$",
    ",",
    ".",
    "<b>",
    "</u>",
    "**",
    "[7010]",
    "[99",
    "\ufeff",
    "\u200b",
    "\u0000",
    "=",
  ),
);
const inserted = fc.array(fc.tuple(fc.nat(SAMPLE.length), noise), { minLength: 1, maxLength: 10 }).map((edits) => {
  let text = SAMPLE;
  for (const [at, s] of edits) text = text.slice(0, at % (text.length + 1)) + s + text.slice(at % (text.length + 1));
  return new Mutant(text, `inserted ${edits.map(([at, s]) => `${JSON.stringify(s)}@${at}`).join(", ")}`);
});
const DIGITS = [...SAMPLE.matchAll(/\d/g)].map((m) => m.index);
const digitsReplaced = fc
  .array(fc.tuple(fc.nat(DIGITS.length - 1), fc.constantFrom(..."0123456789Ol ,.-()$\u2212x")), {
    minLength: 1,
    maxLength: 12,
  })
  .map((edits) => {
    const chars = SAMPLE.split("");
    for (const [d, c] of edits) chars[DIGITS[d]!] = c;
    return new Mutant(
      chars.join(""),
      `replaced digits ${edits.map(([d, c]) => `@${DIGITS[d]}→${JSON.stringify(c)}`).join(", ")}`,
    );
  });

/** Pieces of filings in any order: titles, headers, codes, figures, markup, separators. */
const fragments = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "[7010]",
        "[7360]",
        "[8715]",
        "[9999]",
        "1,234",
        "(5)",
        "-",
        "\u2212",
        "$",
        "0",
        "\t",
        "  ",
        "\n",
        "\r\n",
        "A.",
        "12.",
        "<b><u>",
        "</u></b>",
        "**",
        "**Daily Segregation - Secured Amounts**",
        "Daily Segregation - Segregation Statement",
        "Daily Segregation - Sequestration Statement",
        "Daily Segregation - X",
        "End Date:6/18/2013",
        "End Date:2/30/2013",
        "Firm Name:F",
        "Form:Daily Seg",
        "Submit Date:6/19/2013",
        "INITIAL",
        "AMENDMENT",
        "Cash",
        "Less: offset",
        "\u00a0",
        "FUNDS DEPOSITED IN SEPARATE REGULATION 30.7 ACCOUNTS",
        "Input for it will not be required.",
        "99999999999999999999",
        "1.5",
        "1,23,4",
        "-0-",
        "5,922,393-",
        "37.229",
        "598 505",
        "N/A",
        "(7010)",
        "7010",
        '"5,598",',
        ",",
      ),
      fc.string({ maxLength: 5 }),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(""));

describe("fuzz: parser and checks on arbitrary and broken filings", function () {
  // A hang is a failure: each test must finish its cases well inside this, whatever the inputs.
  this.timeout(30_000);

  it("arbitrary Unicode strings (2,000 cases)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), parseAndCheck), { numRuns: 2000 });
  });

  it("filing fragments in any order (1,500 cases)", () => {
    fc.assert(fc.property(fragments, parseAndCheck), { numRuns: 1500 });
  });

  it("the sample with random lines deleted (250 cases)", () => {
    fc.assert(fc.property(deleted, parseAndCheck), { numRuns: 250 });
  });

  it("the sample with random lines duplicated (250 cases)", () => {
    fc.assert(fc.property(duplicated, parseAndCheck), { numRuns: 250 });
  });

  it("the sample truncated anywhere (300 cases)", () => {
    fc.assert(fc.property(truncated, parseAndCheck), { numRuns: 300 });
  });

  it("the sample shuffled, and with lines swapped (100 + 200 cases)", () => {
    fc.assert(fc.property(shuffled, parseAndCheck), { numRuns: 100 });
    fc.assert(fc.property(swapped, parseAndCheck), { numRuns: 200 });
  });

  it("the sample with random bytes and Unicode inserted (500 cases)", () => {
    fc.assert(fc.property(inserted, parseAndCheck), { numRuns: 500 });
  });

  it("the sample with digits replaced by digits, look-alikes and punctuation (500 cases)", () => {
    fc.assert(fc.property(digitsReplaced, parseAndCheck), { numRuns: 500 });
  });
});

/**
 * The smallest inputs that break the parser's contract when it regresses (no numeric token silently
 * dropped; time bounded by the input's length), kept as fixed cases beside the random ones.
 */
describe("parser contract on its smallest hard inputs", () => {
  const strict = (text: string): string[] => conservationViolations(text, parseFilings(text));

  it("a figure split by a space or tab is diagnosed, not read as its last part", () => {
    // Once read as 7010 = 505,864 with the label "Cash 5,598,", and no diagnostic.
    assert.deepEqual(strict("Daily Segregation - Segregation Statement\nA. Cash 5,598, 505,864 [7010]"), []);
    assert.deepEqual(strict("Daily Segregation - Segregation Statement\nA. Cash\t5\t6,023,373 [7010]"), []);
  });

  it("a code printed inside a header field is diagnosed, not lost in the field's value", () => {
    // Once read as firm "Acme 5 [7010]": [7010] was neither a figure nor a diagnostic.
    assert.deepEqual(
      strict("Firm Name:Acme 5 [7010]\nDaily Segregation - Segregation Statement\nB. Securities 6 [7020]"),
      [],
    );
  });

  it("an uncoded figure that does not parse is diagnosed", () => {
    const text = "Daily Segregation - Sequestration Statement\n12.\tFunds on hand\n\tA. Cash\t1O";
    assert.deepEqual(
      parseFilings(text)
        .diagnostics.filter((d) => d.line === 3)
        .map((d) => d.code),
      ["unparsed-number"],
    );
  });

  it("a long run of spaces inside a line takes linear time", function () {
    // A hang guard, not a benchmark: a trailing-space regex once made a 1 MB paste take ~9 minutes;
    // linear code takes milliseconds.
    this.timeout(30_000);
    const result = parseFilings(`x${" ".repeat(1_000_000)}y`);
    assert.ok(result.diagnostics.length > 0);
  });

  it("a statement of many uncoded figures, each on its own line, takes linear time", function () {
    // A hang guard: which figures share an input line was once found by comparing each with all
    // before it (minutes for this statement); one pass takes well under a second.
    this.timeout(30_000);
    const rows = Array.from({ length: 200_000 }, (_, i) => `Label\t${i}`).join("\n");
    const text = `Daily Segregation - Unlisted Statement\n1.\tCash\t5 [7010]\n${rows}`;
    const { filings } = parseFilings(text);
    assert.equal(filings[0]?.statements[0]?.lines.length, 200_001);
  });

  it("a table row of many cells, its code at the end, takes linear time", function () {
    // A hang guard, not a benchmark: looking for the next code from every cell searched the rest of
    // the row once per cell (minutes for this row); one search per code takes milliseconds.
    this.timeout(30_000);
    const cells = Array.from({ length: 600_000 }, () => "more label text").join("\t");
    const text = `Daily Segregation - Segregation Statement\n1.\tNet ledger balance\t${cells}\t1,234 [7010]`;
    const lines = parseFilings(text).filings[0]?.statements[0]?.lines ?? [];
    assert.deepEqual(
      lines.map((l) => [l.code, l.value]),
      [["7010", 1234]],
    );
  });
});
