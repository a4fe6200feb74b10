import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ImportResult } from "../../src/excel";
import { checkPaneInput, checkSteps } from "../../src/taskpane/check-view";
import { workbookFileName } from "../../src/taskpane/download-xlsx";
import { themeOf } from "../../src/taskpane/office-host";
import { accountingMessage, accountingMoney, findingClickHelp } from "../../src/taskpane/pane-messages";
import { columnsOf } from "../../src/taskpane/reveal-line";
import { parsedSampleFiling } from "../support/parsed-sample";
import {
  filingLabel,
  importIdentity,
  findingName,
  importMessage,
  lineRange,
  readToleranceField,
} from "../../src/taskpane/pane-model";
import { flaggedSampleFiling, planOf } from "../support/excel-plans";
import { amendmentOf, asInitial } from "../support/generated-month";

const SAMPLE = readFileSync(
  join(__dirname, "..", "..", "assets", "samples", "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"),
  "utf8",
);
const FLAGGED = SAMPLE.replace("<u>607,099,712</u></b> [7740]", "<u>607,099,812</u></b> [7740]");
/** Two days pasted one after the other: the sample as printed, then the next day with [7740] 100 too high. */
const TWO_DAYS = `${SAMPLE}\n\n${FLAGGED.replace(/End Date:6\/18\/2013/g, "End Date:6/19/2013")}`;

describe("task pane view model (pure: what the pane shows)", () => {
  it("the sample: a summary of the filing, no finding, a plan to import and the filing's identity", () => {
    const view = checkPaneInput({ text: SAMPLE, sourceName: "seg.txt" }, 0);
    assert.equal(view.tone, "ok");
    assert.equal(view.headline, "Read 1 filing with 3 statements: every printed total ties.");
    assert.equal(view.filings[0]!.firm, "Citigroup Global Markets Inc.");
    assert.deepEqual(view.filings[0]!.fields.slice(0, 4), [
      ["Form", "Daily Seg - FOCUS II"],
      ["End date", "2013-06-18"],
      ["Submit date", "2013-06-19"],
      ["Amendment", "Yes"],
    ]);
    assert.deepEqual(
      view.filings[0]!.statements.map((s) => s.values),
      [30, 25, 27],
    );
    assert.equal(view.filings[0]!.values, 82);
    assert.deepEqual(view.findings, []);
    assert.deepEqual(
      view.plan?.sheets.map((s) => s.name),
      ["Summary", "Secured Amounts", "Segregation", "Sequestration"],
    );
    assert.equal(view.identity?.label, "Citigroup Global Markets Inc., Daily Seg - FOCUS II, 2013-06-18 (amendment)");
  });

  it("a wrong total: each finding with its severity, code, sentence, input line and the name of its cell", () => {
    const view = checkPaneInput({ text: FLAGGED, sourceName: "pasted text" }, 0);
    assert.equal(view.tone, "error");
    assert.match(view.headline, /: 2 figures do not tie\.$/);
    assert.deepEqual(
      view.findings.map((f) => [f.severity, f.code, f.name]),
      [
        ["error", "7740", "SEC_7740"],
        ["error", "7770", "SEC_7770"],
      ],
    );
    assert.equal(SAMPLE.split("\n")[view.findings[0]!.line - 1]!.includes("[7740]"), true);
    assert.equal(
      checkPaneInput({ text: FLAGGED, sourceName: "x" }, 100).findings.length,
      0,
      "within a $100 tolerance it ties",
    );
  });

  it("garbage: no filing, the parser's reason as the headline, nothing to import", () => {
    const view = checkPaneInput({ text: "hello\nworld 12 [34]", sourceName: "pasted text" }, 0);
    assert.equal(view.tone, "error");
    assert.match(view.headline, /^No segregation statement was found/);
    assert.equal(view.plan, null);
    assert.equal(checkPaneInput({ text: "   ", sourceName: "pasted text" }, 0).diagnostics[0]!.code, "empty-input");
  });

  it("finds a finding's cell name in the second filing of a workbook too", () => {
    const filing = flaggedSampleFiling();
    const plan = planOf([filing, { ...filing, endDate: "2013-06-19" }]);
    const finding = {
      severity: "error",
      rule: "SEC-7740",
      kind: "sum",
      code: "7740",
      statement: "secured-amounts",
      reported: 0,
      expected: 0,
      difference: 0,
      message: "",
      components: [],
      sourceLine: 1,
    } as const;
    assert.equal(findingName(plan, finding, 1), "SEC_7740_2");
    assert.equal(findingName(plan, { ...finding, code: "9999" }, 0), null);
  });

  it("the same filing keeps its identity; another day or an amendment is another filing", () => {
    const filing = flaggedSampleFiling();
    assert.equal(importIdentity([filing]).key, importIdentity([{ ...filing }]).key);
    assert.notEqual(importIdentity([filing]).key, importIdentity([{ ...filing, endDate: "2013-06-19" }]).key);
    assert.notEqual(importIdentity([filing]).key, importIdentity([{ ...filing, amendment: false }]).key);
    assert.match(filingLabel([filing, filing, filing]), / and 2 more filings$/);
  });

  it("reads a tolerance as accountants type it, and says what is wrong otherwise", () => {
    assert.deepEqual(
      ["", "0", "1,000", "$5", "0.50", ".5"].map((t) => readToleranceField(t)),
      [0, 0, 1000, 5, 0.5, 0.5].map((dollars) => ({ ok: true, dollars })),
    );
    for (const bad of ["-5", "abc", "1e3", "5 dollars", "NaN"]) assert.equal(readToleranceField(bad).ok, false, bad);
  });

  it("finds a line in CRLF, CR and LF text", () => {
    assert.deepEqual(lineRange("a\r\nbb\rccc\nd", 2), { start: 3, end: 5 });
    assert.deepEqual(lineRange("a\r\nbb\rccc\nd", 3), { start: 6, end: 9 });
    assert.deepEqual(lineRange("a\r\nbb\rccc\nd", 4), { start: 10, end: 11 });
    assert.equal(lineRange("a", 2), null);
    assert.equal(lineRange("a", 0), null);
  });

  it("names the download after the filing: firm, end date, amendment", () => {
    const filing = parsedSampleFiling();
    assert.equal(workbookFileName([filing]), "citigroup-global-markets-inc-2013-06-18-amendment.xlsx");
    assert.equal(workbookFileName([{ ...filing, amendment: false }]), "citigroup-global-markets-inc-2013-06-18.xlsx");
    assert.equal(
      workbookFileName([filing, { ...filing, endDate: "2013-06-20" }, { ...filing, endDate: "2013-06-19" }]),
      "citigroup-global-markets-inc-2013-06-18-to-2013-06-20.xlsx",
    );
    assert.equal(
      workbookFileName([filing, { ...filing, firm: "Société Générale: <b>NY</b>", endDate: "2013-06-19" }]),
      "filings-2013-06-18-to-2013-06-19.xlsx",
    );
    assert.equal(
      workbookFileName([{ ...filing, firm: "Société Générale" }]),
      "societe-generale-2013-06-18-amendment.xlsx",
    );
    assert.equal(workbookFileName([{ ...filing, firm: null, endDate: null, amendment: false }]), "tieout.xlsx");
    assert.equal(checkPaneInput({ text: FLAGGED, sourceName: "pasted text" }, 0).fileName, workbookFileName([filing]));
  });

  it("writes negatives as accountants do, only where the sentence prints that figure", () => {
    assert.equal(accountingMoney(-100), "(100)");
    assert.equal(accountingMoney(-1234567.5), "(1,234,567.50)");
    assert.equal(accountingMoney(100), "100");
    assert.equal(
      accountingMessage(
        'Line 3 [7380] of "Seg - 2" is -100 but lines 1-2 give -1,100: a difference of -1,000',
        [-100, -1100, -1000],
      ),
      'Line 3 [7380] of "Seg - 2" is (100) but lines 1-2 give (1,100): a difference of (1,000)',
    );
    assert.equal(
      accountingMessage("is -1,100 not -100.5", [-100]),
      "is -1,100 not -100.5",
      "no part of another figure",
    );
    const view = checkPaneInput({ text: FLAGGED, sourceName: "pasted text" }, 0);
    const total = view.findings.find((f) => f.code === "7770")!;
    assert.match(total.message, /a difference of \(100\)$/);
    assert.doesNotMatch(total.message, /-100/);
  });

  it("groups findings by filing, numbered with firm and end date, then by statement, and names both on each", () => {
    const view = checkPaneInput({ text: TWO_DAYS, sourceName: "pasted text" }, 0);
    assert.equal(view.filings.length, 2);
    assert.deepEqual(
      view.filings.map((f) => f.label),
      [
        "1. Citigroup Global Markets Inc. · 2013-06-18 (amendment)",
        "2. Citigroup Global Markets Inc. · 2013-06-19 (amendment)",
      ],
    );
    assert.equal(view.clean, 1, "the first day ties");
    assert.deepEqual(
      view.groups.map((g) => [g.label, g.statements.map((s) => [s.title, s.findings.map((f) => f.code)])]),
      [
        [
          "2. Citigroup Global Markets Inc. · 2013-06-19 (amendment)",
          [["Daily Segregation - Secured Amounts", ["7740", "7770"]]],
        ],
      ],
    );
    assert.equal(view.findings[0]!.where, "Filing 2, Daily Segregation - Secured Amounts");
    assert.equal(view.findings[0]!.name, "SEC_7740_2");
    assert.equal(TWO_DAYS.split("\n")[view.findings[0]!.line - 1]!.includes("607,099,812"), true);
  });

  it("lists what an amendment changed, with the Changes sheet's codes and negatives as (1,000); none without a pair", () => {
    const initial = asInitial(SAMPLE);
    const amended = amendmentOf(initial, ["7070", "7180", "7190"], -1000);
    const view = checkPaneInput({ text: `${initial}\n\n${amended}`, sourceName: "pasted text" }, 0);
    assert.equal(view.tone, "ok", "the amendment still ties");
    const lines = parsedSampleFiling().statements[1]!.lines;
    const row = (code: string) => {
      const line = lines.find((l) => l.code === code)!;
      const printed = (n: number) => n.toLocaleString("en-US");
      return {
        code,
        label: line.label,
        original: printed(line.value),
        amended: printed(line.value - 1000),
        difference: "(1,000)",
      };
    };
    assert.deepEqual(view.amendments, [
      {
        label: "Citigroup Global Markets Inc. · 2013-06-18",
        filings: "Filing 1 amended by filing 2",
        statements: [
          { title: "Daily Segregation - Segregation Statement", changes: ["7070", "7180", "7190"].map(row) },
        ],
      },
    ]);
    const sheet = view.plan!.sheets.find((s) => s.name === "Changes")!;
    assert.deepEqual(
      sheet.rows.slice(2).map((r) => (r[3]?.kind === "number" ? String(r[3].value) : null)),
      view.amendments[0]!.statements[0]!.changes.map((c) => c.code),
      "the pane and the Changes sheet list the same codes",
    );
    assert.deepEqual(checkPaneInput({ text: TWO_DAYS, sourceName: "x" }, 0).amendments, [], "two days, no initial");
    assert.deepEqual(
      checkPaneInput({ text: `${initial}\n\n${SAMPLE}`, sourceName: "x" }, 0).amendments.map((a) => a.statements),
      [[]],
      "an amendment that changes nothing is said to",
    );
  });

  it("checks filing by filing: one step each, numbered, before the view", () => {
    const steps = checkSteps({ text: TWO_DAYS, sourceName: "pasted text" }, 0);
    const seen: string[] = [];
    let next = steps.next();
    for (; !next.done; next = steps.next()) seen.push(`${next.value.done}/${next.value.total} ${next.value.label}`);
    assert.deepEqual(seen, [
      "1/2 1. Citigroup Global Markets Inc. · 2013-06-18 (amendment)",
      "2/2 2. Citigroup Global Markets Inc. · 2013-06-19 (amendment)",
    ]);
    assert.deepEqual(next.value, checkPaneInput({ text: TWO_DAYS, sourceName: "pasted text" }, 0));
  });

  it("says what a finding's click does where the pane runs", () => {
    assert.match(findingClickHelp(true, "SEC_7740", 12), /^Select SEC_7740/);
    assert.equal(findingClickHelp(false, "SEC_7740", 12), "Show input line 12 in the Filing text box");
    assert.equal(findingClickHelp(true, null, 12), "Show input line 12 in the Filing text box");
  });

  it("reads Office's theme as dark or light, and nothing from colours it cannot read", () => {
    assert.equal(themeOf({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" })?.dark, true);
    assert.equal(themeOf({ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" })?.dark, false);
    assert.equal(themeOf({ bodyBackgroundColor: "#E6E6E6", bodyForegroundColor: "#262626" })?.dark, false);
    assert.equal(themeOf({ bodyBackgroundColor: "red", bodyForegroundColor: "#000000" }), null);
    assert.equal(themeOf(undefined), null);
  });

  it("counts a line's display columns with tabs expanded", () => {
    assert.equal(columnsOf("1.\tAmount", 8), 14);
    assert.equal(columnsOf("\t\tx", 8), 17);
    assert.equal(columnsOf("abcdefgh\tx", 8), 17);
  });

  it("words an import's result, and offers Replace only for another filing's sheets", () => {
    const done: ImportResult = {
      ok: true,
      sheets: ["Summary", "Segregation"],
      replaced: ["Summary"],
      degraded: [{ feature: "notes", count: 2, message: "2 cell notes were written as comments." }],
      warnings: [],
      syncs: 2,
    };
    const ok = importMessage(done);
    assert.equal(
      ok.text,
      "Imported 2 sheets (Summary, Segregation), replacing the earlier import's sheet, in 2 round trips to Excel.",
    );
    assert.equal(ok.tone, "warning");
    assert.deepEqual(ok.details, ["2 cell notes were written as comments."]);
    const other: ImportResult = {
      ok: false,
      reason: "conflict",
      conflicts: [{ kind: "other-import", sheet: "Summary", label: "x" }],
      message: "m",
      syncs: 1,
    };
    assert.equal(importMessage(other).offerReplace, true);
    assert.equal(
      importMessage({ ...other, conflicts: [...other.conflicts, { kind: "sheet", sheet: "Data" }] } as ImportResult)
        .offerReplace,
      false,
    );
  });
});
