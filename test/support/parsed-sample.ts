import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parseFilings } from "../../src/core/parse";
import type { Filing } from "../../src/core/model";
import { SAMPLE_FIXTURE } from "./citigroup-sample-filing";

/** The sample text as the real parser reads it: the input of the end-to-end workbook tests. */
export function parsedSampleFiling(): Filing {
  const { filings, diagnostics } = parseFilings(readFileSync(SAMPLE_FIXTURE, "utf8"));
  assert.deepEqual(diagnostics, [], "the sample parses without a diagnostic");
  assert.equal(filings.length, 1);
  return filings[0]!;
}
