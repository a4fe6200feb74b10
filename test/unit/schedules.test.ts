import assert from "node:assert/strict";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkFiling } from "../../src/core/checks";
import { formByVersion } from "../../src/core/forms";
import { summaryPages } from "../../src/core/forms/nfa-summary-lines";
import { scheduleWordings, scheduleWordingSources } from "../../src/core/forms/schedule-wordings";
import { loadScheduleWordings } from "../../src/core/forms/validate";
import { layoutWorkbook } from "../../src/core/layout";
import type { Filing, Finding, ReportedLine } from "../../src/core/model";
import { parseFilings } from "../../src/core/parse";
import type { PlanCell } from "../../src/core/plan";
import { writeXlsx } from "../../src/xlsx";
import { root, runCli } from "../support/run-cli";
import { loadIntoHyperFormula, readXlsx } from "../support/xlsx-hyperformula";

const fixturePath = (name: string) => path.join(root, "test", "fixtures", "schedules", name);
const fixture = (name: string) => readFileSync(fixturePath(name), "utf8");
const values = (filing: Filing) =>
  Object.fromEntries(filing.statements.flatMap((s) => s.lines).map((l) => [l.code ?? `?${l.label}`, l.value]));
const flags = (findings: readonly Finding[]) => findings.filter((f) => f.severity !== "info");
const only = (text: string) => {
  const { filings, diagnostics } = parseFilings(text);
  assert.equal(filings.length, 1, JSON.stringify(diagnostics));
  return { filing: filings[0]!, diagnostics };
};

/** The segregation schedule as printed, in dollars: the codes its lines stand for. */
const SEGREGATION = {
  "7010": 777646000,
  "7020": 383968000,
  "7030": 16522000,
  "7032": 374283000,
  "7033": -390508000,
  "7040": 1161911000,
  "7050": 952000,
  "7060": 1162863000,
  "7070": 120000000,
  "7080": 200000000,
  "7090": 150000000,
  "7100": 300000000,
  "7110": 250000000,
  "7120": 233968000,
  "7130": -5000000,
  "7132": 374283000,
  "7133": -390508000,
  "7140": 10000000,
  "7150": 0,
  "7160": 0,
  "7170": 0,
  "7180": 1242743000,
  "7190": 79880000,
};

describe("statements printed without codes: audited schedules", () => {
  it("reads the segregation schedule's firm, date and every line to its form code, each marked as matched", () => {
    const { filing, diagnostics } = only(fixture("segregation-dollars.txt"));
    assert.deepEqual([filing.firm, filing.endDate], ["Example Futures LLC", "2016-06-30"]);
    assert.deepEqual(
      filing.statements.map((s) => [s.kind, s.version]),
      [["segregation", "segregation-2013"]],
    );
    assert.deepEqual(values(filing), SEGREGATION);
    assert.ok(filing.statements[0]!.lines.every((l) => l.codeSource === "matched"));
    assert.deepEqual(diagnostics, []);
  });

  it("reads a net line printed without its gross and offset as the form's net line", () => {
    const { filing } = only(fixture("segregation-dollars.txt"));
    const net = filing.statements[0]!.lines.find((l) => l.label.startsWith("Accounts liquidating"))!;
    assert.deepEqual([net.line, net.code], ["5", "7050"]);
  });

  it("finds nothing wrong in a schedule whose arithmetic ties", () => {
    for (const name of ["segregation-dollars.txt", "secured-amounts-dollars.txt", "cleared-swaps-thousands.txt"])
      assert.deepEqual(flags(checkFiling(only(fixture(name)).filing)), [], name);
  });

  it("flags a planted error on the total that contains it and nothing else", () => {
    const findings = flags(checkFiling(only(fixture("segregation-planted-error.txt")).filing));
    assert.deepEqual(
      findings.map((f) => [f.severity, f.code, f.difference]),
      [["error", "7180", -100000]],
    );
  });

  it("reads the same schedule in thousands, with a two-line title and a schedule number, scaled to dollars", () => {
    const { filing, diagnostics } = only(fixture("segregation-thousands.txt"));
    assert.deepEqual([filing.firm, filing.endDate], ["EXAMPLE FUTURES LLC", "2024-12-31"]);
    const statement = filing.statements[0]!;
    assert.deepEqual([statement.scale, statement.rounding], [1000, 1000]);
    // 7030 is printed 16,523 (thousands) where the dollar copy has 16,522,000: rounding.
    assert.deepEqual(values(filing), { ...SEGREGATION, "7030": 16523000 });
    assert.deepEqual(diagnostics, []);
  });

  it("takes a total of rounded figures within their rounding as info that says the rounding allowed", () => {
    const findings = checkFiling(only(fixture("segregation-thousands.txt")).filing);
    assert.deepEqual(flags(findings), []);
    const rounded = findings.find((f) => f.code === "7040")!;
    assert.equal(rounded.severity, "info");
    assert.equal(rounded.difference, -1000);
    assert.match(rounded.message, /rounded to 1,000.*5 rounded figures.*up to 3,000/);
  });

  it("flags a total of rounded figures that misses by more than their rounding", () => {
    // (5 parts + 1) × 1,000 / 2 = 3,000 allowed; 4,000 is beyond it.
    const text = fixture("segregation-thousands.txt").replace("contract market   16,523", "contract market   16,526");
    const findings = flags(checkFiling(only(text).filing));
    assert.deepEqual(
      findings.map((f) => [f.severity, f.code, f.difference]),
      [["error", "7040", -4000]],
    );
  });

  it("reads the secured-amounts schedule as the later layout, subtotals printed beside their last part", () => {
    const { filing, diagnostics } = only(fixture("secured-amounts-dollars.txt"));
    const statement = filing.statements[0]!;
    assert.deepEqual([statement.kind, statement.version], ["secured-amounts", "secured-amounts-later"]);
    const v = values(filing);
    assert.deepEqual(
      [
        "7305",
        "7345",
        "7355",
        "7360",
        "7520",
        "7530",
        "7560",
        "7570",
        "7620",
        "7680",
        "7740",
        "7770",
        "7380",
        "7785",
      ].map((c) => v[c]),
      [
        0, 55430192, 55442267, 55442267, 3150500, 23150500, 0, 4100450, 1758300, 10291633, 17046582, 56347465, 905198,
        405198,
      ],
    );
    assert.equal(statement.rounding, undefined, "figures to the dollar are exact");
    assert.ok(statement.lines.every((l) => l.code !== null));
    assert.deepEqual(diagnostics, []);
  });

  it("reads the cleared-swaps schedule in $000 as the later layout, the funds' cash apart from the ledger's", () => {
    const { filing, diagnostics } = only(fixture("cleared-swaps-thousands.txt"));
    const statement = filing.statements[0]!;
    assert.deepEqual(
      [statement.kind, statement.version, statement.scale],
      ["cleared-swaps", "cleared-swaps-later", 1000],
    );
    const v = values(filing);
    assert.deepEqual(
      ["8500", "8600", "8630", "8550", "8590", "8720", "8730", "8770"].map((c) => v[c]),
      [95210000, 20000000, 45000000, 110918000, 110963000, 118840000, 7877000, 2877000],
    );
    assert.deepEqual(diagnostics, []);
  });

  it("reads only the first column of a schedule printed beside the prior year, and takes no second figure for a subtotal", () => {
    // The prior year's column: every amount again, 10% lower, printed to its right.
    const text = fixture("secured-amounts-dollars.txt").replace(
      /^(.*[a-z)] (?:\$ )?)(\(?[\d,]+\)?|-)(?: (?:\$ )?(?:\(?[\d,]+\)?|-))?$/gm,
      (_, label: string, amount: string) =>
        `${label}${amount} ${amount === "-" ? "-" : amount.replace(/\d[\d,]*/, (d) => String(Math.round(Number(d.replace(/,/g, "")) * 0.9)))}`,
    );
    const { filing, diagnostics } = only(text);
    const v = values(filing);
    assert.deepEqual(
      ["7500", "7520", "7615", "7345", "7770"].map((c) => v[c]),
      [20000000, 3150500, -4000, 55430192, 56347465],
    );
    for (const subtotal of ["7530", "7570", "7620", "7680", "7740"]) assert.equal(v[subtotal], undefined, subtotal);
    assert.ok(diagnostics.length > 0 && diagnostics.every((d) => d.code === "unmatched-line"));
  });

  it("reads schedules printed one after another as one filing of several statements", () => {
    const text = [fixture("segregation-thousands.txt"), fixture("cleared-swaps-thousands.txt")].join("\n\n");
    const { filings } = parseFilings(text);
    // The two carry different firm spellings: two filings, each with its own statement.
    assert.deepEqual(
      filings.map((f) => f.statements.map((s) => s.kind)),
      [["segregation"], ["cleared-swaps"]],
    );
    const same = [fixture("secured-amounts-dollars.txt"), fixture("cleared-swaps-thousands.txt")].join("\n");
    assert.deepEqual(
      parseFilings(same).filings.map((f) => f.statements.map((s) => s.kind)),
      [["secured-amounts", "cleared-swaps"]],
    );
  });

  it("reads a label wrapped onto the line of its figure, and printed line numbers", () => {
    const text = fixture("segregation-dollars.txt")
      .replace(
        "Net unrealized profit (loss) in open futures contracts traded on a contract market 16,522,000",
        "2. Net unrealized profit (loss) in open futures contracts\ntraded on a contract market 16,522,000",
      )
      .replace("Segregated funds on hand -", "12. Segregated funds on hand -");
    const { filing, diagnostics } = only(text);
    assert.deepEqual(values(filing), SEGREGATION);
    assert.deepEqual(diagnostics, []);
  });

  it("keeps a line that matches nothing as an uncoded line, says so, and guesses no code for it", () => {
    const text = fixture("segregation-dollars.txt").replace(
      "Net equities with other FCMs",
      "Revenue from advisory services 1,234,000\nNet equities with other FCMs",
    );
    const { filing, diagnostics } = only(text);
    const kept = filing.statements[0]!.lines.find((l) => l.label.startsWith("Revenue")) as ReportedLine;
    assert.deepEqual([kept.code, kept.value, kept.codeSource], [null, 1234000, undefined]);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.line]),
      [["unmatched-line", kept.sourceLine]],
    );
    assert.deepEqual(values(filing), { ...SEGREGATION, "?Revenue from advisory services": 1234000 });
    assert.deepEqual(flags(checkFiling(filing)), []);
  });

  it("never puts a figure on another line's code, whichever lines a schedule leaves out", () => {
    const lines = fixture("segregation-dollars.txt").split("\n");
    const figureLines = lines.flatMap((l, i) => (/\d[\d,]*\)?$|\s-$/.test(l) && i > 3 ? [i] : []));
    fc.assert(
      fc.property(fc.subarray(figureLines), (dropped) => {
        const text = lines.filter((_, i) => !dropped.includes(i)).join("\n");
        const { filings } = parseFilings(text);
        for (const line of filings.flatMap((f) => f.statements.flatMap((st) => st.lines)))
          if (line.code !== null)
            assert.equal(line.value, SEGREGATION[line.code as keyof typeof SEGREGATION], line.code);
      }),
      { numRuns: 200 },
    );
  });

  it("reads no figures from a page that mentions a title only in prose", () => {
    const prose = [
      "Notes to the financial statements",
      "The Statement of Segregation Requirements and Funds in Segregation for Customers Trading on U.S. Commodity",
      "Exchanges is presented as Schedule 4. Net capital was 12,500,000 at December 31, 2024.",
      "See the accompanying Statement of Secured Amounts pursuant to CFTC Regulation 30.7.",
    ].join("\n");
    const { filings, diagnostics } = parseFilings(prose);
    assert.deepEqual(filings, []);
    assert.ok(diagnostics.some((d) => d.code === "no-filing"));
  });

  it("reads no figures from a title above amounts that are not the statement's lines", () => {
    const unrelated = [
      "Example Futures LLC",
      "Statement of Segregation Requirements and Funds in Segregation for Customers Trading on U.S. Commodity Exchanges",
      "December 31, 2024",
      "Revenue 12,000,000",
      "Salaries and benefits (4,000,000)",
      "Occupancy 800,000",
    ].join("\n");
    const { filings, diagnostics } = parseFilings(unrelated);
    assert.deepEqual(filings, []);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.line]),
      [
        ["empty-schedule", 2],
        ["unmatched-line", 4],
        ["unmatched-line", 5],
        ["unmatched-line", 6],
      ],
    );
    assert.ok(
      diagnostics.every((d) => !/kept/.test(d.message)),
      "nothing is kept where nothing was read",
    );
  });

  it("reads hostile long lines under a title in time linear in their length", function () {
    // A hang guard, not a timing assert: a quadratic pattern takes minutes on these.
    this.timeout(10000);
    const title =
      "Statement of Segregation Requirements and Funds in Segregation for Customers Trading on U.S. Commodity Exchanges";
    for (const text of [
      `${title}\n${"(add ".repeat(80000)} 1,000`,
      `${"janjan".repeat(80000)}\n${title}\nCash 1,000`,
      `${title}\nCash${" $".repeat(200000)} 1,000`,
      `FCM Customer Segregated Funds Report\na${"1a".repeat(200000)}%`,
    ])
      assert.ok(Array.isArray(parseFilings(text).filings));
  });

  it("leaves a text with bracketed codes to the coded reader", () => {
    const text = `${fixture("segregation-dollars.txt")}\nCash 5 [7010]`;
    assert.ok(parseFilings(text).filings.every((f) => f.statements.every((s) => s.lines.every((l) => !l.codeSource))));
  });

  it("validates the wordings against the catalog", () => {
    const bad = loadScheduleWordings([
      { kind: "segregation", titleWords: [["statement"]], wordings: [{ code: "7305", printed: ["x"] }] },
    ]);
    assert.equal(bad.success, false);
    const loaded = loadScheduleWordings(scheduleWordingSources);
    assert.ok(loaded.success);
    // The reader uses the data without loading zod: its defaults must be exactly the schema's.
    assert.deepEqual(scheduleWordings, loaded.wordings);
  });
});

describe("statements printed without codes: NFA's summary pages", () => {
  const text = fixture("nfa-summary-pages.txt");

  it("reads the firm, NFA ID and date, and the three named figures of each page to their lines' codes", () => {
    const { filing, diagnostics } = only(text);
    assert.deepEqual([filing.firm, filing.nfaId, filing.endDate], ["Example Futures LLC", "0123456", "2016-06-30"]);
    assert.deepEqual(
      filing.statements.map((s) => s.kind),
      ["segregation", "secured-amounts", "cleared-swaps"],
    );
    assert.deepEqual(values(filing), {
      "7180": 8786416478,
      "7060": 8101230115,
      "7190": 685186363,
      "7370": 1204556010,
      "7360": 1100000000,
      "7380": 104556010,
      "8720": 2450000000,
      "8590": 2300000000,
      "8730": 150000000,
    });
    assert.deepEqual(diagnostics, []);
  });

  it("names, for every summary figure, a code its catalog version prints", () => {
    for (const page of summaryPages) {
      const codes = formByVersion(page.version)!.sections.flatMap((sec) => sec.lines.map((l) => l.code));
      for (const line of page.lines) assert.ok(codes.includes(line.code), `${page.version} ${line.code}`);
    }
  });

  it("keeps each percentage as context, never as a figure", () => {
    const { filing } = only(text);
    assert.ok(filing.statements.every((s) => s.notes.length === 1 && /%$/.test(s.notes[0]!.text)));
  });

  it("checks the excess: none is flagged when it ties, and a wrong one is flagged on itself alone", () => {
    assert.deepEqual(flags(checkFiling(only(text).filing)), []);
    const wrong = text.replace("$685,186,363", "$685,186,463");
    assert.deepEqual(
      flags(checkFiling(only(wrong).filing)).map((f) => [f.severity, f.code, f.difference]),
      [["error", "7190", 100]],
    );
    const deficient = text.replace("$150,000,000", "$(150,000,000)").replace("$2,450,000,000", "$2,150,000,000");
    assert.deepEqual(
      flags(checkFiling(only(deficient).filing)).map((f) => [f.severity, f.code]),
      [["warning", "8730"]],
    );
  });

  it("asks nothing of a total the pages never print: each rule left unchecked is on a printed figure", () => {
    const { filing } = only(text);
    const printed = new Set(Object.keys(values(filing)));
    const unchecked = checkFiling(filing).filter((f) => f.missing !== undefined);
    assert.ok(unchecked.length > 0, "the pages print totals whose parts they leave out");
    assert.deepEqual(
      unchecked.filter((f) => !printed.has(f.code)).map((f) => f.code),
      [],
    );
  });

  it("reads no figures from a summary page whose amounts are not its named lines", () => {
    const page = ["FCM Customer Segregated Funds Report", "Example Futures LLC", "Net capital$12,000,000"].join("\n");
    const { filings, diagnostics } = parseFilings(page);
    assert.deepEqual(filings, []);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ["empty-schedule", "unmatched-line"],
    );
    assert.ok(
      diagnostics.every((d) => !/kept/.test(d.message)),
      "nothing is kept where nothing was read",
    );
  });
});

describe("the workbook of an audited schedule", () => {
  const plan = (name: string) => {
    const filing = only(fixture(name)).filing;
    return layoutWorkbook({ filings: [filing], findings: [checkFiling(filing)], sourceName: name, tolerance: 0 });
  };
  const checkCells = (p: ReturnType<typeof plan>) =>
    p.sheets
      .filter((s) => s.role === "statement")
      .flatMap((s) =>
        s.rows.flatMap((row, r) =>
          row.flatMap((cell: PlanCell, c) =>
            cell?.kind === "formula" && c === 6 ? [{ sheet: s.name, address: `G${r + 1}`, code: row[2] }] : [],
          ),
        ),
      );

  it("recalculates in HyperFormula: every check OK, and the planted error's total 'Does not tie'", async () => {
    for (const [name, broken] of [
      ["segregation-dollars.txt", []],
      ["segregation-planted-error.txt", [7180]],
      ["secured-amounts-dollars.txt", []],
      ["nfa-summary-pages.txt", []],
    ] as const) {
      const p = plan(name);
      const engine = loadIntoHyperFormula(await readXlsx(await writeXlsx(p)));
      const cells = checkCells(p);
      assert.ok(cells.length >= 2, name);
      const notOk = cells
        .filter((c) => engine.value(c.sheet, c.address) !== "OK")
        .map((c) => (c.code?.kind === "number" ? c.code.value : null));
      assert.deepEqual(notOk, broken, name);
    }
  });

  it("says 'Differs' on a total within its parts' rounding and 'Does not tie' beyond it, live in HyperFormula", async () => {
    const sheetOf = (text: string) => {
      const filing = only(text).filing;
      return layoutWorkbook({ filings: [filing], findings: [checkFiling(filing)], sourceName: "t", tolerance: 0 });
    };
    const text = fixture("segregation-thousands.txt");
    for (const [variant, expected] of [
      [text, "Differs"],
      [text.replace("contract market   16,523", "contract market   16,526"), "Does not tie"],
    ] as const) {
      const p = sheetOf(variant);
      const engine = loadIntoHyperFormula(await readXlsx(await writeXlsx(p)));
      const results = checkCells(p).map((c) => [
        c.code?.kind === "number" ? c.code.value : null,
        engine.value(c.sheet, c.address),
      ]);
      assert.deepEqual(
        results.filter(([, v]) => v !== "OK"),
        [[7040, expected]],
      );
    }
  });

  it("shows a matched code set apart, with a note saying it was matched, and no row for a line never printed", () => {
    const sheet = plan("segregation-dollars.txt").sheets.find((s) => s.role === "statement")!;
    const cashRow = sheet.rows.findIndex((row) => row[2]?.kind === "number" && row[2].value === 7010);
    assert.equal(sheet.rows[cashRow]![2]!.style, "note");
    assert.ok(sheet.notes.some((n) => n.address === `C${cashRow + 1}` && /prints no codes/.test(n.text)));
    assert.ok(!sheet.rows.some((row) => row[2]?.kind === "number" && row[2].value === 7045));
  });
});

describe("the CLI on an audited schedule", () => {
  it("says in the JSON how each code was found", () => {
    const r = runCli(["check", fixturePath("segregation-planted-error.txt"), "--json"]);
    assert.equal(r.status, 1, r.stderr);
    const json = JSON.parse(r.stdout) as { filings: { statements: { lines: { codeSource?: string }[] }[] }[] };
    assert.ok(json.filings[0]!.statements[0]!.lines.every((l) => l.codeSource === "matched"));
  });
});
