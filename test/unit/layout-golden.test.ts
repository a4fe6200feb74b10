import assert from "node:assert/strict";
import { join } from "node:path";
import { checkFiling } from "../../src/core/checks";
import { layoutWorkbook } from "../../src/core/layout";
import type { Filing } from "../../src/core/model";
import { assertGolden } from "../support/golden";
import { citigroupSampleFiling } from "../support/citigroup-sample-filing";
import { parsedSampleFiling } from "../support/parsed-sample";

const GOLDEN = join(__dirname, "..", "fixtures", "golden", "sample.plan.json");

describe("layout: golden plan of the sample", () => {
  const planOf = (filing: Filing) =>
    layoutWorkbook({
      filings: [filing],
      findings: [checkFiling(filing)],
      sourceName: "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt",
      tolerance: 0,
    });

  it("matches test/fixtures/golden/sample.plan.json, one cell per line (regenerate with UPDATE_GOLDEN=1)", () => {
    assertGolden(GOLDEN, planOf(parsedSampleFiling()));
  });

  it("is the same whether the filing comes from the parser or from the table of the sample's figures", () => {
    // The sheet follows the form's order, not the order figures happen to be read in.
    assert.deepEqual(planOf(parsedSampleFiling()), planOf(citigroupSampleFiling()));
  });
});
