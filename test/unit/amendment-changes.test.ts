import assert from "node:assert/strict";
import fc from "fast-check";
import {
  amendmentChanges,
  checkFiling,
  layoutWorkbook,
  parseInput,
  type AmendmentChanges,
  type Filing,
  type PlanCell,
  type WorkbookPlan,
} from "../../src/core";
import { plant } from "../support/filing-variants";
import {
  AMENDED_CODES,
  AMENDED_DAY,
  AMENDMENT_DELTA,
  asInitial,
  generatedMonth,
  MONTH_DAYS,
} from "../support/generated-month";
import { sampleText } from "../support/sample-text";

const INITIAL = asInitial(sampleText);

function filingsOf(...texts: string[]): readonly Filing[] {
  const { filings } = parseInput(texts.join("\n\n"));
  assert.equal(filings.length, texts.length, "one filing per text");
  return filings;
}

function planOf(filings: readonly Filing[]): WorkbookPlan {
  return layoutWorkbook({ filings, findings: filings.map((f) => checkFiling(f)), sourceName: "x.txt", tolerance: 0 });
}

const figureOf = (filing: Filing, code: string): number =>
  filing.statements.flatMap((s) => s.lines).find((l) => l.code === code)!.value;

/** The Changes sheet's rows below its headings, as plain values: cached results for formulas. */
function changesRows(plan: WorkbookPlan): (string | number | boolean | null)[][] {
  const sheet = plan.sheets.find((s) => s.name === "Changes");
  assert.ok(sheet, "a Changes sheet");
  const value = (c: PlanCell): string | number | boolean | null => {
    if (c === null) return null;
    if (c.kind === "formula") return c.result ?? null;
    if (c.kind === "number") return c.value;
    return c.text;
  };
  return sheet.rows.slice(2).map((r) => r.map(value));
}

/** What the Changes sheet must hold for the core's list: one row per changed code, in its order. */
function expectedRows(pairs: readonly AmendmentChanges[]): (string | number | null)[][] {
  return pairs.flatMap((p) =>
    p.changes.map((c) => {
      const side = (f: typeof c.original): string | number =>
        f.kind === "figure" ? f.value : f.kind === "not-read" ? `(not read: ${f.raw})` : "(not printed)";
      return [
        p.firm,
        p.endDate,
        null, // the statement's sheet: checked apart, by link
        Number(c.code),
        c.label,
        side(c.original),
        side(c.amended),
        c.difference ?? "",
      ];
    }),
  );
}

describe("what an amendment changed: one list for the Changes sheet and the pane", () => {
  it("lists exactly the codes the month's amendment moved, each by its amount, against the day it amends", () => {
    const { texts, amended } = generatedMonth();
    const filings = filingsOf(...texts, amended);
    const pairs = amendmentChanges(filings);
    assert.equal(pairs.length, 1);
    const [pair] = pairs;
    const original = filings[AMENDED_DAY]!;
    assert.deepEqual(
      { original: pair!.original, amended: pair!.amended, firm: pair!.firm, endDate: pair!.endDate },
      { original: AMENDED_DAY, amended: MONTH_DAYS, firm: original.firm, endDate: original.endDate },
    );
    assert.deepEqual(
      pair!.changes.map((c) => [c.statement, c.code, c.difference]),
      AMENDED_CODES.map((code) => ["segregation", code, AMENDMENT_DELTA]),
    );
    for (const c of pair!.changes) {
      assert.deepEqual(c.original, { kind: "figure", value: figureOf(original, c.code) });
      assert.deepEqual(c.amended, { kind: "figure", value: figureOf(original, c.code) + AMENDMENT_DELTA });
      const line = original.statements[c.originalStatement]!.lines.find((l) => l.code === c.code)!;
      assert.equal(c.label, line.label);
      assert.equal(c.title, filings[MONTH_DAYS]!.statements[c.amendedStatement]!.title);
    }
  });

  it("the month's Changes sheet holds the same rows as the list, each linked to the amended statement's sheet", () => {
    const { texts, amended } = generatedMonth();
    const filings = filingsOf(...texts, amended);
    const plan = planOf(filings);
    const pairs = amendmentChanges(filings);
    const rows = changesRows(plan);
    assert.deepEqual(
      rows.map((r) => [...r.slice(0, 2), null, ...r.slice(3)]),
      expectedRows(pairs),
    );
    const amendedSegregation = plan.sheets.filter((s) => s.role === "statement").slice(-3)[1]!.name;
    const sheet = plan.sheets.find((s) => s.name === "Changes")!;
    assert.deepEqual(
      sheet.rows.slice(2).map((r) => (r[2]?.kind === "link" ? r[2].sheet : null)),
      AMENDED_CODES.map(() => amendedSegregation),
    );
  });

  it("any set of figures moved in an amendment: the list is exactly those codes and amounts, and so is the sheet", () => {
    const initial = filingsOf(INITIAL)[0]!;
    const codes = initial.statements.flatMap((s) => s.lines.flatMap((l) => (l.code ? [l.code] : [])));
    const moves = fc.uniqueArray(
      fc.record({
        code: fc.constantFrom(...codes),
        delta: fc.integer({ min: -5_000_000, max: 5_000_000 }).filter((d) => d !== 0),
      }),
      { selector: (m) => m.code, minLength: 0, maxLength: 6 },
    );
    fc.assert(
      fc.property(moves, (planted) => {
        const amended = planted.reduce((t, m) => plant(t, m.code, m.delta), sampleText);
        const filings = filingsOf(INITIAL, amended);
        const [pair] = amendmentChanges(filings);
        const listed = pair!.changes.map((c) => [c.code, c.difference]);
        const order = (xs: (string | number | null)[][]) =>
          [...xs].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
        assert.deepEqual(order(listed), order(planted.map((m) => [m.code, m.delta])));
        const plan = planOf(filings);
        const rows = changesRows(plan);
        if (planted.length === 0)
          assert.deepEqual(rows, [
            [initial.firm, initial.endDate, "The amendment changed no figure.", null, null, null, null, null],
          ]);
        else
          assert.deepEqual(
            rows.map((r) => [...r.slice(0, 2), null, ...r.slice(3)]),
            expectedRows([pair!]),
          );
      }),
      { numRuns: 25 },
    );
  });

  it("pairs an amendment only with the initial filing of its firm, form and end date", () => {
    const otherDay = INITIAL.replace(/End Date:6\/18\/2013/g, "End Date:6/17/2013");
    const otherFirm = INITIAL.replace(/Firm Name:Citigroup Global Markets Inc\./g, "Firm Name:Another FCM LLC");
    const moved = plant(sampleText, "7010", 100);
    assert.deepEqual(amendmentChanges(filingsOf(moved)), [], "an amendment alone");
    assert.deepEqual(amendmentChanges(filingsOf(otherDay, moved)), [], "the initial filing of another day");
    assert.deepEqual(amendmentChanges(filingsOf(otherFirm, moved)), [], "another firm's");
    assert.deepEqual(amendmentChanges(filingsOf(INITIAL, otherDay)), [], "two initial filings");
    const pairs = amendmentChanges(filingsOf(otherDay, moved, INITIAL));
    assert.deepEqual(
      pairs.map((p) => [p.original, p.amended, p.changes.map((c) => c.code)]),
      [[2, 1, ["7010"]]],
      "the amendment before its initial filing in the text",
    );
  });

  it("a figure the amendment prints but that cannot be read is listed as not read, with no difference", () => {
    const amended = sampleText.replace(/<u>[-\d,]+<\/u><\/b> \[7070\]/, "<u>N/A</u></b> [7070]");
    const filings = filingsOf(INITIAL, amended);
    const [pair] = amendmentChanges(filings);
    assert.deepEqual(
      pair!.changes.map((c) => [c.code, c.original.kind, c.amended, c.difference]),
      [["7070", "figure", { kind: "not-read", raw: "N/A" }, null]],
    );
    const rows = changesRows(planOf(filings));
    assert.deepEqual(rows[0]!.slice(3), [
      7070,
      pair!.changes[0]!.label,
      figureOf(filings[0]!, "7070"),
      "(not read: N/A)",
      "",
    ]);
  });

  it("a statement the amendment no longer prints: each of its codes listed as not printed, linked to the original's sheet", () => {
    const lines = sampleText.split("\n");
    const sequestration = lines.findIndex((l) => l.includes("Daily Segregation - Sequestration Statement"));
    // Cut where that statement's page starts: its page header, the last status line before its title.
    const header =
      sequestration - [...lines.slice(0, sequestration)].reverse().findIndex((l) => l === "**AMENDMENT**") - 1;
    const amended = lines.slice(0, header).join("\n");
    const filings = filingsOf(INITIAL, amended);
    assert.equal(filings[1]!.statements.length, 2);
    const [pair] = amendmentChanges(filings);
    const dropped = filings[0]!.statements[2]!;
    assert.deepEqual(
      pair!.changes.map((c) => [c.statement, c.code, c.originalStatement, c.amendedStatement, c.amended.kind]),
      dropped.lines.flatMap((l) => (l.code ? [["cleared-swaps", l.code, 2, -1, "not-printed"]] : [])),
    );
    const plan = planOf(filings);
    const sheet = plan.sheets.find((s) => s.name === "Changes")!;
    const links = new Set(sheet.rows.slice(2).map((r) => (r[2]?.kind === "link" ? r[2].sheet : null)));
    const originals = plan.sheets.filter((s) => s.role === "statement").slice(0, 3);
    assert.deepEqual([...links], [originals[2]!.name]);
  });
});
