import assert from "node:assert/strict";
import fc from "fast-check";
import { checkFiling } from "../../src/core/checks";
import { statementRules } from "../../src/core/derive";
import { deriveRules, readInstructionText, sameArithmetic } from "../../src/core/derive";
import { ruleTarget, type Rule } from "../../src/core/forms";
import type { Finding, ParseResult } from "../../src/core/model";
import { parseFilings } from "../../src/core/parse";
import { addInstructions, fixtureFilings, plant, respell, spellings } from "../support/filing-variants";

const ARITHMETIC = new Set(["sum", "difference", "greater-of"]);
const findingsOf = (parsed: ParseResult): Finding[] => parsed.filings.flatMap((f) => [...checkFiling(f)]);
const errorCodes = (parsed: ParseResult): string[] =>
  findingsOf(parsed)
    .filter((f) => f.severity === "error")
    .map((f) => f.code);
const unused = (parsed: ParseResult) => parsed.diagnostics.filter((d) => d.code === "unused-instruction");
const derivedArithmetic = (parsed: ParseResult): Rule[] =>
  parsed.filings.flatMap((f) => f.statements.flatMap((s) => deriveRules(s).filter((r) => ARITHMETIC.has(r.kind))));
const inputLine = (text: string, needle: string): number => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

/** Each finding once: no two findings of a filing say the same thing about the same figure. */
function assertEachOnce(parsed: ParseResult): void {
  for (const filing of parsed.filings) {
    const keys = checkFiling(filing).map((f) => `${f.code} ${f.kind} ${f.expected} ${[...f.components].sort()}`);
    assert.deepEqual(keys, [...new Set(keys)], "a finding is reported once");
  }
}

describe("printed instructions, in every spelling the forms use", () => {
  for (const fixture of fixtureFilings) {
    const original = parseFilings(fixture.text);
    const originalRules = derivedArithmetic(original);

    for (const [name, spell] of Object.entries(spellings)) {
      describe(`${fixture.name}, "add lines ${name}"`, () => {
        const text = respell(fixture.text, spell);
        const parsed = parseFilings(text);

        it("reads every instruction whole: the same rules as the fixture's own spelling, no diagnostic", () => {
          assert.ok(addInstructions(text).length >= 6, "the text prints its add instructions");
          if (name !== "1, 2 and 3") assert.notDeepEqual(addInstructions(text), addInstructions(fixture.text));
          assert.deepEqual(unused(parsed), []);
          const rules = derivedArithmetic(parsed);
          assert.deepEqual(rules.map(ruleTarget), originalRules.map(ruleTarget));
          rules.forEach((rule, i) => assert.ok(sameArithmetic(rule, originalRules[i]!), rule.id));
        });

        it("finds no error in the clean filing", () => {
          assert.deepEqual(errorCodes(parsed), []);
          assertEachOnce(parsed);
        });

        for (const { component, total } of fixture.planted)
          it(`flags exactly [${total}] when [${component}] is 100 too high`, () => {
            const planted = parseFilings(plant(text, component, 100));
            assert.deepEqual(errorCodes(planted), [total]);
            assertEachOnce(planted);
          });
      });
    }
  }
});

describe("an instruction understood only in part gives a diagnostic, never a shortened rule", () => {
  const partials = [
    "add lines 1, 2 and three",
    "add lines 1, 2 and 3 less line 9",
    "add lines 1, 2 and 3 of page 2",
    "add lines 1, 2 & & 3",
    "add lines 1, 2 and 3, see note",
    "add lines 3 through 1",
  ];
  const [, later, , laterRenumbered] = fixtureFilings;

  for (const partial of partials) {
    it(`"${partial}" on a catalogued statement: said on its line, and the catalog's rule still checks the total`, () => {
      const text = later!.text.replace("add lines 1, 2 and 3", partial);
      const parsed = parseFilings(text);
      assert.deepEqual(
        unused(parsed).map((d) => [d.line, d.severity]),
        [[inputLine(text, partial), "warning"]],
      );
      assert.match(unused(parsed)[0]!.message, /\[7345\]/);
      assert.deepEqual(errorCodes(parsed), []);
      const secured = parsed.filings[0]!.statements[0]!;
      assert.ok(statementRules(secured)!.rules.some((r) => r.id === "SEC-7345"));
      const planted = findingsOf(parseFilings(plant(text, "7315", 100)));
      assert.deepEqual(
        planted.filter((f) => f.severity === "error").map((f) => [f.code, f.rule]),
        [["7345", "SEC-7345"]],
      );
    });

    it(`"${partial}" on a statement no catalog knows: said, and its total is reported as not checked`, () => {
      const text = laterRenumbered!.text.replace("add lines 1, 2 and 3", partial);
      const parsed = parseFilings(text);
      assert.equal(unused(parsed).length, 1);
      const total = findingsOf(parsed).filter((f) => f.code === "6345");
      assert.deepEqual(
        total.map((f) => [f.severity, f.expected]),
        [["info", null]],
      );
      assert.match(total[0]!.message, /could not be checked/);
      assert.deepEqual(errorCodes(parsed), []);
    });
  }

  it("the line of a total in one part of the statement is not taken for a line of another part", () => {
    // The later Secured Amounts print a line 7 in the computation and another in the funds.
    const text = later!.text.replace(
      "subtract line 7 Secured Statement Page 1 from line 8",
      "subtract line 7 from line 8",
    );
    const parsed = parseFilings(text);
    assert.deepEqual(
      unused(parsed).map((d) => d.line),
      [inputLine(text, "subtract line 7 from line 8")],
    );
    assert.match(unused(parsed)[0]!.message, /line 7, which this statement prints in more than one part/);
    assert.deepEqual(errorCodes(parsed), []);
    // The catalog's rule holds: 7380 = 7770 − 7360, not the funds' 7770 − 7765.
    const flagged = findingsOf(parseFilings(plant(text, "7380", 100))).find((f) => f.code === "7380")!;
    assert.deepEqual([flagged.rule, flagged.expected], ["SEC-7380", 195000]);
  });

  it("a page named in the reference resolves it: 'line 7 on page 1' is the computation's line 7", () => {
    const text = later!.text.replace("line 7 Secured Statement Page 1", "line 7 on page 1");
    const parsed = parseFilings(text);
    assert.deepEqual(unused(parsed), []);
    const secured = parsed.filings[0]!.statements[0]!;
    const rule = deriveRules(secured).find((r) => ruleTarget(r) === "7380" && r.kind === "difference");
    assert.deepEqual(rule?.kind === "difference" && [rule.minuend, rule.subtrahend], ["7770", "7360"]);
  });

  it("on a statement no catalog knows, an ambiguous line leaves its total reported as not checked", () => {
    const text = laterRenumbered!.text.replace(
      "subtract line 7 Secured Statement Page 1 from line 8",
      "subtract line 7 from line 8",
    );
    const parsed = parseFilings(text);
    assert.equal(unused(parsed).length, 1);
    assert.deepEqual(
      findingsOf(parsed)
        .filter((f) => f.code === "6380")
        .map((f) => [f.severity, f.expected]),
      [["info", null]],
    );
  });
});

describe("the instruction reader consumes the whole instruction", () => {
  const SEPARATORS = [", ", " and ", ", and ", " & ", ", & ", " + ", " plus line ", " ", ". ", ". and "];
  const lists = fc
    .uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 8 })
    .chain((numbers) =>
      fc.tuple(
        fc.constant(numbers),
        fc.array(fc.constantFrom(...SEPARATORS), { minLength: numbers.length, maxLength: numbers.length }),
      ),
    );
  const spelled = ([numbers, separators]: [number[], string[]]): string =>
    `lines ${numbers.map((n, i) => (i === 0 ? `${n}` : `${separators[i]}${n}`)).join("")}`;

  it("reads any list of line numbers, however it is joined, as exactly those lines", () => {
    fc.assert(
      fc.property(lists, (list) => {
        const reading = readInstructionText(`Total (add ${spelled(list)})`);
        assert.equal(reading.kind, "read");
        const lines = reading.kind === "read" && reading.instruction.kind === "add" ? reading.instruction.lines : [];
        assert.deepEqual(
          lines.map((l) => l.number),
          list[0],
        );
      }),
    );
  });

  it("never reads a list followed by words it does not understand as a shorter rule", () => {
    const junk = fc.constantFrom("less line 9", "three", "see note", "(net)", "x", "% of line 2", "& &", "minus 4");
    fc.assert(
      fc.property(lists, junk, (list, tail) => {
        const reading = readInstructionText(`Total (add ${spelled(list)} ${tail})`);
        assert.equal(reading.kind, "partial", `${spelled(list)} ${tail}`);
      }),
    );
  });
});
