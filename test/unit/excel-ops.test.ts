import assert from "node:assert/strict";
import type { PlanCell } from "../../src/core/plan";
import { blockAddress, columnLetters } from "../../src/excel/a1";
import { CELL_INPUT_MAX, needsQuotePrefix, textInput } from "../../src/excel/cell-input";
import { columnWidthBlocks, columnWidthPoints } from "../../src/excel/column-widths";
import { featuresOf } from "../../src/excel/import-types";
import { importOps } from "../../src/excel/import-ops";
import { nameTarget } from "../../src/excel/workbook-state";
import { recoveryOps, undoneSentence } from "../../src/excel/recovery-ops";
import { decideReplace } from "../../src/excel/replace-decision";
import { decodeMarker, encodeMarker, filingKey } from "../../src/excel/sheet-marker";
import { sheetGrid } from "../../src/excel/sheet-grid";
import { styleBlocks } from "../../src/excel/style-blocks";
import { tinyPlan } from "../support/tiny-plan";
import { samplePlan } from "../support/excel-plans";

const marker = { key: "k", nonce: "abc123", label: "Firm, 2013-06-18" };
const tieout = (key = "k", nonce = "old") => ({ key, nonce, label: "earlier" });

describe("Office.js writer, pure parts: addresses, text, blocks", () => {
  it("spells columns and blocks as Excel does", () => {
    assert.deepEqual([0, 25, 26, 701, 702].map(columnLetters), ["A", "Z", "AA", "ZZ", "AAA"]);
    assert.equal(blockAddress(0, 0, 1, 1), "A1");
    assert.equal(blockAddress(2, 1, 5, 3), "B3:D7");
  });

  it("quote-prefixes exactly the texts Excel could read as something else", () => {
    for (const t of [
      "=A1",
      "+1",
      "-1",
      "@x",
      "'",
      "\tx",
      "\rx",
      " x",
      "7360",
      "5.E",
      "2013-06-18",
      "(100)",
      "$5",
      "#N/A",
      "TRUE",
      "false",
      "May 5",
      "Jun-2013",
    ])
      assert.equal(needsQuotePrefix(t), true, JSON.stringify(t));
    for (const t of ["", "Line", "Amount to be set aside", "Secured Amounts", "Mayor 5", "Trueness", "Émile"])
      assert.equal(needsQuotePrefix(t), false, JSON.stringify(t));
    assert.equal(textInput("'quoted"), "''quoted", "a text's own apostrophe survives Excel eating the prefix");
  });

  it("keeps every text cell's input within Excel's 32,767 characters, the quote prefix counted", () => {
    const page = "Line 1 of a pasted page 5,598,505,864 [7010] ".repeat(800);
    for (const lead of ["", "=", "-", "7010 ", "June 18 ", "'"])
      for (const length of [32765, 32766, 32767, 32768, 40000]) {
        const text = (lead + page).slice(0, length);
        const input = textInput(text);
        assert.ok(input.length <= CELL_INPUT_MAX, `${JSON.stringify(lead)} × ${length}: ${input.length}`);
        assert.equal(input.startsWith("'"), needsQuotePrefix(text), `${JSON.stringify(lead)} × ${length}`);
        const body = input.startsWith("'") ? input.slice(1) : input;
        if (body === text) continue;
        assert.ok(body.endsWith("…") && text.startsWith(body.slice(0, -1)), "cut, and says so");
      }
    const emoji = `=${"😀".repeat(20000)}`;
    const cut = textInput(emoji);
    assert.ok(cut.length <= CELL_INPUT_MAX && !/[\uD800-\uDBFF]…$/.test(cut), "no half of a surrogate pair");
  });

  it("turns a sheet plan into one padded grid of formulas and one of number formats", () => {
    const sheet = tinyPlan().sheets[1]!;
    const grid = sheetGrid({ ...sheet, rows: [...sheet.rows, [null]] }, tinyPlan().styles);
    assert.equal(grid.address, `A1:C${sheet.rows.length + 1}`);
    assert.deepEqual(grid.formulas[1], ["'7500", 286214407, "=TINY_7500*1"]);
    assert.deepEqual(grid.formulas.at(-1), ["", "", ""]);
    assert.deepEqual(grid.numberFormats[1], [
      "@",
      tinyPlan().styles.money.numberFormat,
      tinyPlan().styles.money.numberFormat,
    ]);
    assert.deepEqual(sheetGrid(tinyPlan().sheets[0]!, tinyPlan().styles).hyperlinks, [
      { address: "A2", reference: "'Tiny Sheet'!B2", text: "Tiny Sheet!B2" },
    ]);
    assert.equal(sheetGrid({ ...sheet, rows: [] }, tinyPlan().styles).address, null);
  });

  it("finds rectangles of one style: runs along rows, stacked when repeated", () => {
    const s = (style: "label" | "money"): PlanCell => ({ kind: "text", text: "x", style });
    const rows: PlanCell[][] = [
      [s("label"), s("money"), s("money")],
      [s("label"), s("money"), s("money")],
      [null, s("money"), s("label")],
    ];
    assert.deepEqual(styleBlocks(rows), [
      { style: "label", address: "A1:A2", rows: 2 },
      { style: "money", address: "B1:C2", rows: 2 },
      { style: "money", address: "B3", rows: 1 },
      { style: "label", address: "C3", rows: 1 },
    ]);
  });

  it("converts widths in characters to points, one block per run of equal widths", () => {
    assert.equal(columnWidthPoints(8.43), 48.01);
    assert.deepEqual(columnWidthBlocks([7, 18, 18, 9, 0]), [
      { address: "A:A", points: columnWidthPoints(7) },
      { address: "B:C", points: columnWidthPoints(18) },
      { address: "D:D", points: columnWidthPoints(9) },
    ]);
  });

  it("reads what a name refers to from its formula", () => {
    assert.deepEqual(nameTarget("='Secured Amounts'!$D$5"), { kind: "sheet", sheet: "Secured Amounts" });
    assert.deepEqual(nameTarget("='Bob''s'!$A$1:$B$2"), { kind: "sheet", sheet: "Bob's" });
    assert.deepEqual(nameTarget("=Summary!$B$3"), { kind: "sheet", sheet: "Summary" });
    assert.deepEqual(nameTarget("=#REF!$D$5"), { kind: "broken" });
    for (const f of ["=0.5", '="text"', "=Sheet1!$A$1,Sheet2!$A$1", "=[Book2]Sheet1!$A$1", "=SUM(Sheet1!A1:A3)"])
      assert.deepEqual(nameTarget(f), { kind: "other" }, f);
  });

  it("keeps markers within Excel's 255 characters and ignores values it did not write", () => {
    const long = encodeMarker({ ...marker, label: "\u0001".repeat(400) });
    assert.ok(long.length <= 255);
    assert.equal(decodeMarker(long)?.nonce, "abc123");
    const named = encodeMarker({ ...marker, label: "\u0001".repeat(400), sheet: "Secured Amounts 'Ü' (10)" });
    assert.ok(named.length <= 255);
    assert.equal(decodeMarker(named)?.sheet, "Secured Amounts 'Ü' (10)", "the sheet's import name is kept whole");
    assert.equal(decodeMarker("not json"), null);
    assert.equal(decodeMarker('{"x":1}'), null);
    assert.equal(filingKey("a|b"), filingKey("a|b"));
    assert.notEqual(filingKey("a|b"), filingKey("a|c"));
  });
});

describe("Office.js writer, pure parts: what an import may replace, and how it is undone", () => {
  const plan = tinyPlan();
  const features = featuresOf(() => true);

  it("replaces its own filing's sheets, stops at a user's, and asks before another filing's", () => {
    const state = (sheets: { name: string; marker: ReturnType<typeof tieout> | null }[]) => ({ sheets, names: [] });
    const own = decideReplace(
      plan,
      state([
        { name: "Tiny Sheet", marker: tieout() },
        { name: "Renamed", marker: tieout() },
      ]),
      marker,
      "same-filing",
    );
    assert.equal(own.kind, "go");
    // The sheet the plan writes again is rewritten in place; the one of a name it no longer has goes.
    assert.deepEqual(own.kind === "go" && own.reused.map((r) => r.name), ["Tiny Sheet"]);
    assert.deepEqual(own.kind === "go" && own.replaced.map((r) => r.name), ["Renamed"]);
    const aside = own.kind === "go" ? [...own.replaced.map((r) => r.backup), ...own.reused.map((r) => r.copy)] : [];
    assert.ok(aside.every((name) => name.length <= 31 && name.includes("abc123")) && new Set(aside).size === 2);
    assert.deepEqual(decideReplace(plan, state([{ name: "TINY SHEET", marker: null }]), marker, "any-import"), {
      kind: "conflict",
      conflicts: [{ kind: "sheet", sheet: "TINY SHEET" }],
    });
    const other = decideReplace(plan, state([{ name: "Tiny Sheet", marker: tieout("other") }]), marker, "same-filing");
    assert.equal(other.kind === "conflict" && other.conflicts[0]!.kind, "other-import");
    const any = decideReplace(plan, state([{ name: "Tiny Sheet", marker: tieout("other") }]), marker, "any-import");
    assert.deepEqual(any.kind === "go" && any.reused.map((r) => r.name), ["Tiny Sheet"]);
  });

  it("orders the batch so that nothing of the user's is lost until everything is written", () => {
    const ops = importOps({
      plan,
      features,
      marker,
      replaced: [{ name: "Tiny Sheet", backup: "Tieout old abc123 1" }],
      reused: [],
      namesToDelete: [{ name: "Tolerance", formula: "='Tiny Summary'!$C$1", comment: "" }],
    });
    const kinds = ops.map((o) => o.op);
    const first = (k: string) => kinds.indexOf(k as never);
    const last = (k: string) => kinds.lastIndexOf(k as never);
    assert.ok(last("rename-sheet") < first("delete-name") && last("delete-name") < first("add-sheet"));
    assert.ok(last("add-name") < first("formulas"), "names exist before the formulas that use them");
    assert.ok(
      kinds.filter((k) => k === "number-formats").length === 2 && first("number-formats") < first("formulas"),
      "Text formats before values",
    );
    assert.ok(first("delete-sheet") > last("hyperlink") && kinds.at(-1) === "activate", "the replaced sheets go last");
    assert.equal(kinds.filter((k) => k === "formulas").length, plan.sheets.length, "one grid write per sheet");
  });

  it("undoes a partial first import: deletes what it added, keeps what was there", () => {
    const before = {
      sheets: [{ name: "Data", marker: null }],
      names: [{ name: "Mine", formula: "=Data!$A$1", comment: "" }],
    };
    const after = {
      sheets: [...before.sheets, { name: "Tiny Summary", marker: null }, { name: "Tiny Sheet", marker }],
      names: [...before.names, { name: "Tolerance", formula: "='Tiny Summary'!$C$1", comment: "" }],
    };
    const r = recoveryOps({ plan, nonce: "abc123", replaced: [], reused: [], namesToDelete: [], before, after });
    assert.equal(r.direction, "back");
    assert.deepEqual(r.ops, [
      { op: "delete-name", name: "Tolerance" },
      { op: "delete-sheet", sheet: "Tiny Summary" },
      { op: "delete-sheet", sheet: "Tiny Sheet" },
    ]);
    assert.deepEqual(r.restores, []);
    assert.equal(
      undoneSentence(r),
      "The import was undone by what Excel showed after the error: Tieout found the import's sheets by their " +
        "marker, deleted the 2 sheets it had added and put back the names it had changed; " +
        "sheets without its marker were left as they were.",
    );
  });
});

describe("Office.js writer, pure parts: printing", () => {
  const plan = samplePlan();

  it("sets each sheet's page layout from the plan where the host has it, and sizes rows of wrapped text", () => {
    const ops = importOps({
      plan,
      features: featuresOf(() => true),
      marker,
      replaced: [],
      reused: [],
      namesToDelete: [],
    });
    const layouts = ops.filter((o) => o.op === "page-layout");
    assert.deepEqual(
      layouts.map((o) => o.sheet),
      plan.sheets.map((s) => s.name),
    );
    const segregation = plan.sheets.find((s) => s.name === "Segregation")!;
    assert.deepEqual(
      layouts.find((o) => o.sheet === "Segregation"),
      { op: "page-layout", sheet: "Segregation", print: segregation.print },
    );
    const heights = ops.filter((o) => o.op === "row-height" && o.sheet === "Segregation");
    assert.equal(heights.length, Object.keys(segregation.rowHeights ?? {}).length);
    assert.ok(heights.length > 0);
  });

  it("leaves page layout out on a host below ExcelApi 1.9, or whose Office.js lacks it", () => {
    const input = { plan, marker, replaced: [], reused: [], namesToDelete: [] };
    const old = importOps({ ...input, features: featuresOf((v) => v === "1.7" || v === "1.8") });
    assert.ok(!old.some((o) => o.op === "page-layout"));
    const noApi = featuresOf(() => true, { notes: true, comments: true, pageLayout: false, charts: true });
    assert.ok(!importOps({ ...input, features: noApi }).some((o) => o.op === "page-layout"));
  });
});
