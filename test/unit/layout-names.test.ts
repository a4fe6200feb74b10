import assert from "node:assert/strict";
import { codeName, isSafeDefinedName, quoteSheetName, sanitizeSheetName, sheetReference } from "../../src/core/layout";
import { createSheetNamer, statementSheetBase } from "../../src/core/layout/sheet-names";
import type { Statement } from "../../src/core/model";

const statement = (kind: Statement["kind"], title: string): Statement => ({
  kind,
  title,
  version: null,
  complete: true,
  missing: [],
  lines: [],
  notes: [],
  sourceLine: 1,
});

describe("layout: sheet names", () => {
  it("are short names of the statements", () => {
    assert.equal(
      statementSheetBase(statement("secured-amounts", "Daily Segregation - Secured Amounts")),
      "Secured Amounts",
    );
    assert.equal(
      statementSheetBase(statement("segregation", "Daily Segregation - Segregation Statement")),
      "Segregation",
    );
    assert.equal(
      statementSheetBase(statement("cleared-swaps", "Daily Segregation - Sequestration Statement")),
      "Sequestration",
    );
    assert.equal(
      statementSheetBase(statement("cleared-swaps", "Cleared Swaps Customer Requirements")),
      "Cleared Swaps",
    );
    assert.equal(statementSheetBase(statement("unknown", "Daily Segregation - Cover Page")), "Cover Page");
  });

  it("obey Excel's rules whatever the title", () => {
    for (const raw of [
      "a:b\\c/d?e*f[g]h",
      "'quoted'",
      "   ",
      "x".repeat(40),
      "It's [the] end: 'really'",
      "tab\there",
    ]) {
      const name = sanitizeSheetName(raw);
      assert.ok(name.length >= 1 && name.length <= 31, name);
      assert.doesNotMatch(name, /[:\\/?*[\]']/);
      assert.doesNotMatch(name, /^\s|\s$|[\u0000-\u001f]/);
    }
    assert.equal(sanitizeSheetName("a:b/c"), "a-b-c");
  });

  it("stay unique ignoring case, suffixed within 31 characters, and never take Summary or History", () => {
    const name = createSheetNamer();
    assert.equal(name("Secured Amounts", "2013-06-18"), "Secured Amounts 2013-06-18");
    assert.equal(name("secured amounts", "2013-06-18"), "secured amounts 2013-06-18 (2)");
    const long = name("A very long statement title that goes on", "2013-06-18");
    assert.equal(long, "A very long statemen 2013-06-18");
    assert.equal(long.length, 31);
    assert.equal(name("A very long statement title that goes on", "2013-06-18"), "A very long stat 2013-06-18 (2)");
    assert.equal(name("Summary"), "Summary (2)");
    assert.equal(name("HISTORY"), "HISTORY (2)");
  });

  it("are always quoted in references, apostrophes doubled", () => {
    assert.equal(quoteSheetName("Secured Amounts"), "'Secured Amounts'");
    assert.equal(quoteSheetName("O'Brien"), "'O''Brien'");
    assert.equal(sheetReference("Secured Amounts", "$D$5"), "'Secured Amounts'!$D$5");
  });
});

describe("layout: defined names", () => {
  it("follow <PREFIX>_<code>, with _<n> for the n-th filing of a workbook", () => {
    assert.equal(codeName("SEC", "7740", 0), "SEC_7740");
    assert.equal(codeName("SEG", "7010", 1), "SEG_7010_2");
  });

  it("are never readable as a cell reference", () => {
    for (const ok of ["SEC_7740", "SEG_7010_2", "SWP_8720", "Tolerance", "UNK_9999"])
      assert.ok(isSafeDefinedName(ok), ok);
    for (const bad of ["SEC7740", "A1", "XFD1048576", "R1C1", "R", "c", "RC", "R2C", "1ABC", "has space", "a-b", ""])
      assert.ok(!isSafeDefinedName(bad), bad);
  });
});
