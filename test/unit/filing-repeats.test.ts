import assert from "node:assert/strict";
import fc from "fast-check";
import { catalog } from "../../src/core/forms";
import { FilingBuilder } from "../../src/core/parse/filing-builder";
import { SourceLine } from "../../src/core/parse/normalize";

/**
 * A filing notes each code's first figure by the code's place among the catalog's codes, and any
 * other code in a map: it must tell repeats as one map of every code does, whatever codes come.
 */
const catalogCodes = [
  ...new Set(catalog.flatMap((f) => f.sections.flatMap((s) => s.lines.flatMap((l) => l.code ?? [])))),
];
const code = fc.oneof(fc.constantFrom(...catalogCodes), fc.constantFrom("0000", "7011", "9999", "x"));

describe("codes printed twice in a filing", () => {
  it("are told against each code's first figure as one map of every code tells them", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(code, fc.integer({ min: -3, max: 3 })), { maxLength: 60 }), (printed) => {
        const filing = new FilingBuilder({}, new SourceLine(1, "", "", false));
        const firsts = new Map<string, { readonly value: number; readonly sourceLine: number }>();
        printed.forEach(([code, value], i) => {
          const repeat = filing.repeatOf(code, value);
          const earlier = firsts.get(code);
          assert.equal(repeat?.earlier, earlier, `${code} at ${i}`);
          assert.equal(repeat?.repeat, earlier && (earlier.value === value ? "duplicate-code" : "conflicting-code"));
          if (repeat) return;
          const first = { value, sourceLine: i + 2 };
          filing.record(code, first);
          firsts.set(code, first);
        });
      }),
      { numRuns: 500 },
    );
  });
});
