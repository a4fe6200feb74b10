import assert from "node:assert/strict";
import fc from "fast-check";
import { indexFigures } from "../../src/core/checks/figures";
import { toCents } from "../../src/core/checks/money";
import type { Filing, ReportedLine } from "../../src/core/model";
import { parseFilings } from "../../src/core/parse";
import { fixtureFilings } from "../support/filing-variants";

/** What a rule reads for `code` in statement `s`: its own first printing, else the filing's first. */
function expectedLine(filing: Filing, s: number, code: string): ReportedLine | undefined {
  const first = (lines: readonly ReportedLine[]) => lines.find((l) => l.code === code);
  return first(filing.statements[s]!.lines) ?? first(filing.statements.flatMap((st) => st.lines));
}

/**
 * The filing with a line of one statement printed again (another figure, another input line) in
 * another statement or in its own, or a line's code changed to one printed elsewhere.
 */
interface Reprint {
  readonly from: number;
  readonly line: number;
  readonly to: number;
  readonly at: number;
  readonly recode: boolean;
}

const reprint = fc.record({ from: fc.nat(), line: fc.nat(), to: fc.nat(), at: fc.nat(), recode: fc.boolean() });

function reprinted(filing: Filing, change: Reprint): Filing {
  const statements = filing.statements;
  const source = statements[change.from % statements.length]!;
  const copied = source.lines[change.line % source.lines.length]!;
  const to = change.to % statements.length;
  return {
    ...filing,
    statements: statements.map((statement, s) => {
      if (s !== to) return statement;
      const at = change.at % (statement.lines.length + 1);
      const lines = [...statement.lines];
      if (change.recode && at < lines.length) lines[at] = { ...lines[at]!, code: copied.code };
      else lines.splice(at, 0, { ...copied, value: copied.value + 1, sourceLine: copied.sourceLine + 1000 });
      return { ...statement, lines };
    }),
  };
}

describe("figures found by code for the checks", () => {
  const filings = fixtureFilings.map((f) => parseFilings(f.text).filings[0]!);

  it("finds each statement's own first printing of a code, else the filing's first, however codes repeat", () => {
    fc.assert(
      fc.property(fc.constantFrom(...filings), fc.array(reprint, { maxLength: 3 }), (filing, changes) => {
        const changed = changes.reduce(reprinted, filing);
        const codes = new Set(changed.statements.flatMap((s) => s.lines.flatMap((l) => (l.code ? [l.code] : []))));
        const figures = indexFigures(changed);
        changed.statements.forEach((statement, s) => {
          for (const code of [...codes, "0000"]) {
            const figure = figures[s]!.find(code);
            const line = expectedLine(changed, s, code);
            assert.equal(figure?.line, line, `${code} in statement ${s}`);
            assert.equal(figures[s]!.has(code), line !== undefined);
            if (line)
              assert.equal(figures[s]!.cents(code), toCents(line.value), "the cents a rule adds are its figure's");
            if (figure) {
              assert.equal(
                figure.statement,
                changed.statements.find((st) => st.lines.includes(line!)),
              );
              assert.deepEqual([figure.code, figure.value, figure.cents], [code, line!.value, toCents(line!.value)]);
              assert.equal(figures[s]!.find(code), figure, "one figure, however often it is asked for");
            }
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});
