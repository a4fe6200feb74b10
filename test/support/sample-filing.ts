import type { Filing, ReportedLine } from "../../src/core/model";
import { citigroupSampleFiling } from "./citigroup-sample-filing";

/**
 * The sample filing (citigroup-2013-06-18, amendment) built by hand, so the checks can be tested
 * without the parser: `values` replaces figures by code, `omit` leaves codes out (a truncated or
 * incomplete statement). The figures themselves are citigroup-sample-filing.ts's one table, here
 * in the order the text prints them (a subtotal after the sub-line on its row), as the parser reads.
 */
export function sampleFiling(values: Readonly<Record<string, number>> = {}, omit: readonly string[] = []): Filing {
  const filing = citigroupSampleFiling();
  return {
    ...filing,
    statements: filing.statements.map((s) => ({
      ...s,
      lines: [...s.lines].sort(printOrder).flatMap((l) => {
        if (l.code !== null && omit.includes(l.code)) return [];
        if (l.code === null || !(l.code in values)) return [l];
        const value = values[l.code]!;
        return [{ ...l, value, raw: value.toLocaleString("en-US") }];
      }),
    })),
  };
}

/** By input line; on a shared row the subtotal ("1", after "1.B") comes last. */
function printOrder(a: ReportedLine, b: ReportedLine): number {
  return a.sourceLine - b.sourceLine || Number(!a.line.includes(".")) - Number(!b.line.includes("."));
}
