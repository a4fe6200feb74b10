import assert from "node:assert/strict";
import fc from "fast-check";
import { checkFiling } from "../../src/core/checks";
import { deriveRules, derivedLayouts, statementRules, unusedInstructions } from "../../src/core/derive";
import { LayoutCache } from "../../src/core/derive/layouts";
import type { ParseResult, ReportedLine, Statement } from "../../src/core/model";
import { parseFilings } from "../../src/core/parse";
import { asWrappedPdf } from "../support/figure-copies";
import { fixtureFilings, plant, respell, spellings } from "../support/filing-variants";
import { generatedMonth } from "../support/generated-month";

const [sample, later, sampleRenumbered, laterRenumbered] = fixtureFilings;

/** Rules derived by every parse+check of `texts` (run with whatever the cache already holds). */
function derivationsOf(texts: readonly string[]): number {
  const before = derivedLayouts.derivations;
  for (const text of texts) for (const filing of parseFilings(text).filings) checkFiling(filing);
  return derivedLayouts.derivations - before;
}

/** Everything a user sees of a text, and every rule and unused instruction, with the lines they point at. */
function outcome(text: string): unknown {
  const parsed: ParseResult = parseFilings(text);
  return {
    parsed,
    findings: parsed.filings.map((f) => checkFiling(f)),
    rules: parsed.filings.flatMap((f) => f.statements.map((s) => [statementRules(s), deriveRules(s)])),
    unused: parsed.filings.flatMap((f) => f.statements.map((s) => unusedInstructions(s))),
  };
}

/** The statement with its subtotal marks taken off, as a statement built without the parser's marks is. */
const unmarked = (statement: Statement, sourceLine: (line: number, index: number) => number): Statement => ({
  ...statement,
  lines: statement.lines.map(({ subtotal: _mark, ...line }, i) => ({
    ...line,
    sourceLine: sourceLine(line.sourceLine, i),
  })),
});

const partial = "add lines 1, 2 and three";
const ambiguous = (text: string): string =>
  text.replace("subtract line 7 Secured Statement Page 1 from line 8", "subtract line 7 from line 8");
const lineOf = (text: string, needle: string): number => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("rules derived once per layout", () => {
  beforeEach(() => derivedLayouts.clear());

  it("a month of one firm's filings, and its amendment, reads each statement's rules from the text once", () => {
    const { texts, amended } = generatedMonth();
    const statements = parseFilings(texts[0]!).filings[0]!.statements.length;
    derivedLayouts.clear();
    assert.equal(derivationsOf([...texts, amended]), statements);
    assert.equal(derivationsOf(texts), 0, "a second reading of the month reads no rules again");
  });

  it("gives every text the same result whether its layout was read before or not", () => {
    const variants = fixtureFilings.flatMap((fixture) => [
      fixture.text,
      plant(fixture.text, fixture.planted[0]!.component, 100),
      `\n\n\n${plant(fixture.text, fixture.planted[1]!.component, -250)}`,
      fixture.text.replace("add lines 1, 2 and 3", partial),
      `\n${fixture.text.replace("add lines 1, 2 and 3", partial)}`,
      ambiguous(fixture.text),
      respell(fixture.text, spellings["1, 2 & 3"]!),
      asWrappedPdf(fixture.text, 72),
      asWrappedPdf(fixture.text, 40),
      asWrappedPdf(plant(fixture.text, fixture.planted[2]!.component, 7), 40),
    ]);
    const before = derivedLayouts.derivations;
    const warm = variants.map(outcome);
    assert.ok(derivedLayouts.derivations - before < variants.length * 2, "variants of one layout share its rules");
    const cold = variants.map((text) => {
      derivedLayouts.clear();
      return outcome(text);
    });
    variants.forEach((_, i) => assert.deepEqual(warm[i], cold[i], `variant ${i}`));
  });

  it("reads a PDF text the same after any other wrapping of it: where figures share a line is its own", () => {
    const wrapped = fc.record({
      width: fc.integer({ min: 30, max: 160 }),
      codeFirst: fc.boolean(),
      together: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.constantFrom(...fixtureFilings), wrapped, wrapped, (fixture, before, after) => {
        const pdf = (w: typeof before) => asWrappedPdf(fixture.text, w.width, w.codeFirst, w.together);
        derivedLayouts.clear();
        outcome(pdf(before));
        const warm = outcome(pdf(after));
        derivedLayouts.clear();
        assert.deepEqual(warm, outcome(pdf(after)));
      }),
      { numRuns: 40 },
    );
  });

  it("points each filing's diagnostics and findings at its own lines and figures", () => {
    // A statement no catalog knows: its unused instruction is a diagnostic and an unchecked total.
    const first = laterRenumbered!.text.replace("add lines 1, 2 and 3", partial);
    const second = `\n\n\n\n${plant(first, "6345", 1234)}`;
    const [one, two] = [parseFilings(first), parseFilings(second)];
    assert.equal(derivationsOf([second]), 0, "the second filing's layout was read with the first");
    const unused = (parsed: ParseResult) => parsed.diagnostics.filter((d) => d.code === "unused-instruction");
    assert.deepEqual(
      unused(one).map((d) => d.line),
      [lineOf(first, partial)],
    );
    assert.deepEqual(
      unused(two).map((d) => d.line),
      [lineOf(second, partial)],
    );
    const total = (parsed: ParseResult) => checkFiling(parsed.filings[0]!).find((f) => f.code === "6345")!;
    const printed = (parsed: ParseResult) => parsed.filings[0]!.statements[0]!.lines.find((l) => l.code === "6345")!;
    assert.deepEqual([total(one).reported, total(one).sourceLine], [printed(one).value, printed(one).sourceLine]);
    assert.deepEqual([total(two).reported, total(two).sourceLine], [printed(two).value, printed(two).sourceLine]);
    assert.equal(total(two).reported - total(one).reported, 1234);
    assert.equal(total(two).sourceLine - total(one).sourceLine, 4);
    const [a, b] = [one, two].map((p) => unusedInstructions(p.filings[0]!.statements[0]!)[0]!);
    assert.equal(
      a!.line,
      one.filings[0]!.statements[0]!.lines.find((l) => l.code === "6345"),
    );
    assert.equal(
      b!.line,
      two.filings[0]!.statements[0]!.lines.find((l) => l.code === "6345"),
    );
  });

  it("reads an instruction's own wording: another spelling of one layout gives rules that quote it", () => {
    const spelled = respell(later!.text, spellings["1 + 2 + 3"]!);
    const secured = (text: string) => parseFilings(text).filings[0]!.statements[0]!;
    const quoted = (text: string) => deriveRules(secured(text)).flatMap((r) => (r.origin?.text ? [r.origin.text] : []));
    assert.ok(quoted(later!.text).includes("add lines 1, 2 and 3"));
    assert.ok(quoted(spelled).includes("add lines 1 + 2 + 3"));
    assert.ok(!quoted(spelled).includes("add lines 1, 2 and 3"));
    const broken = later!.text.replace("add lines 1, 2 and 3", partial);
    assert.deepEqual(
      unusedInstructions(secured(broken)).map((u) => u.text),
      [partial],
    );
    assert.deepEqual(unusedInstructions(secured(later!.text)), []);
  });

  it("tells layouts apart by their printed line numbers, where the labels are the same", () => {
    // A statement no catalog knows takes its line ids from its own numbering.
    const text = sampleRenumbered!.text;
    const renumbered = text.replace("\n5.\tAccounts liquidating", "\n7.\tAccounts liquidating");
    const segregation = (t: string) => parseFilings(t).filings[0]!.statements[1]!;
    const [printed, other] = [segregation(text), segregation(renumbered)];
    assert.deepEqual(
      other.lines.map((l) => l.label),
      printed.lines.map((l) => l.label),
    );
    assert.notDeepEqual(
      other.lines.map((l) => l.line),
      printed.lines.map((l) => l.line),
    );
    const warm = deriveRules(other);
    assert.notDeepEqual(warm, deriveRules(printed));
    derivedLayouts.clear();
    assert.deepEqual(warm, deriveRules(segregation(renumbered)));
  });

  it("tells layouts apart by which lines share an input line, where no subtotal is marked", () => {
    const statement = parseFilings(sample!.text).filings[0]!.statements[0]!;
    const asPrinted = unmarked(statement, (line) => line);
    const shifted = unmarked(statement, (line) => line + 100);
    const oneLineEach = unmarked(statement, (_, i) => i + 1);
    const rules = deriveRules(asPrinted);
    assert.ok(
      rules.some((r) => r.origin?.kind === "structure"),
      "subtotals read from shared input lines",
    );
    const before = derivedLayouts.derivations;
    assert.deepEqual(deriveRules(shifted), rules);
    assert.equal(derivedLayouts.derivations, before, "the same relations at other input lines are one layout");
    const apart = deriveRules(oneLineEach);
    assert.equal(derivedLayouts.derivations, before + 1);
    assert.ok(!apart.some((r) => r.origin?.kind === "structure"), "no figure shares an input line: no subtotal");
    assert.notDeepEqual(apart, rules);
  });

  it("holds at most its limit of layouts, and reads an evicted one again to the same rules", () => {
    const statement = parseFilings(sampleRenumbered!.text).filings[0]!.statements[0]!;
    const variant = (n: number): Statement => ({
      ...statement,
      lines: statement.lines.map((l, i) => (i === 0 ? { ...l, label: `${l.label} ${n}` } : l)),
    });
    const first = deriveRules(variant(0));
    for (let n = 1; n <= derivedLayouts.limit + 20; n++) deriveRules(variant(n));
    assert.equal(derivedLayouts.size, derivedLayouts.limit);
    const before = derivedLayouts.derivations;
    assert.deepEqual(deriveRules(variant(0)), first);
    assert.equal(derivedLayouts.derivations, before + 1, "the first layout was evicted and read again");
  });

  it("keeps no layout of a statement far longer than any printed one, whose rules may dwarf its text", () => {
    // A run-together line of 1,500 figures: each after the one before is its subtotal, so its rules
    // grow with the square of its length. Read afresh for each statement, never held or copied.
    const figures = Array.from({ length: 1500 }, (_, i) => `${i} [${String(1000 + i)}]`).join(" ");
    const text = `Daily Segregation - Unlisted Statement\n1. Cash ${figures}`;
    const before = derivedLayouts.derivations;
    for (let i = 0; i < 2; i++) deriveRules(parseFilings(text).filings[0]!.statements[0]!);
    assert.equal(derivedLayouts.derivations, before + 2);
    assert.equal(derivedLayouts.size, 0);
  });

  it("finds a held layout only for a statement of exactly that layout, even where every layout hashes alike", () => {
    const statements = fixtureFilings.flatMap((f) => parseFilings(f.text).filings[0]!.statements);
    const otherChar = (text: string, at: number): string =>
      text.length === 0 ? "x" : text.slice(0, at) + (text[at] === "x" ? "y" : "x") + text.slice(at + 1);
    const changes: Record<string, (line: ReportedLine, at: number) => ReportedLine> = {
      line: (l, at) => ({ ...l, line: otherChar(l.line, at % Math.max(l.line.length, 1)) }),
      code: (l) => ({ ...l, code: l.code === null ? "9999" : null }),
      // One character in the middle of the label, its length kept.
      label: (l, at) => ({ ...l, label: otherChar(l.label, at % Math.max(l.label.length, 1)) }),
      subtotal: ({ subtotal, ...l }) => (subtotal ? l : { ...l, subtotal: true }),
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...statements),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...Object.keys(changes)),
        (statement, which, at, field) => {
          const i = which % statement.lines.length;
          const cache = new LayoutCache<string>(4, () => 0);
          cache.set(statement, "held");
          const changed = statement.lines.map((l, j) => (j === i ? changes[field]!(l, at) : l));
          assert.equal(cache.get({ ...statement, lines: changed }), undefined, `${field} of line ${i}`);
          // Other figures, sections and input lines, all shifted alike: the same layout.
          const refiled = statement.lines.map((l) => ({
            ...l,
            value: l.value + at,
            section: null,
            sourceLine: l.sourceLine + at,
          }));
          assert.equal(cache.get({ ...statement, lines: refiled }), "held");
          // Unmarked, a line moved to an input line of its own is another layout if it shared one.
          const bare = unmarked(statement, (line) => line);
          const shared = bare.lines.some((l, j) => j !== i && l.sourceLine === bare.lines[i]!.sourceLine);
          cache.set(bare, "bare");
          const moved = unmarked(statement, (line, j) => (j === i ? -1 : line));
          assert.equal(cache.get(moved), shared ? undefined : "bare");
          assert.equal(cache.size, 1, "one place for layouts that collide");
          assert.equal(cache.get(statement), undefined, "the later layout took the place");
        },
      ),
      { numRuns: 200 },
    );
  });
});
