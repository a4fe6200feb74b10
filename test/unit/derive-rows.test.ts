import assert from "node:assert/strict";
import { deriveRules, lineFigures, readInstruction, statementRows } from "../../src/core/derive";
import { ruleTarget, type Rule } from "../../src/core/forms";
import type { ReportedLine, Statement } from "../../src/core/model";

/** [line id, label, code, input line, subtotal mark?] → a statement as a parser would hand it over, without the catalog. */
type Spec = readonly [string, string, string | null, number, true?];

function statement(specs: readonly Spec[]): Statement {
  const lines: ReportedLine[] = specs.map(([line, label, code, sourceLine, subtotal]) => ({
    line,
    section: null,
    label,
    code,
    value: 0,
    sourceLine,
    raw: "0",
    ...(subtotal ? { subtotal } : {}),
  }));
  return {
    kind: "unknown",
    title: "A statement",
    version: null,
    complete: true,
    missing: [],
    lines,
    notes: [],
    sourceLine: 1,
  };
}

/** "total = a + b (origin kind)" for each arithmetic rule, in the order derived. */
function described(rules: readonly Rule[]): string[] {
  return rules.flatMap((r) => {
    const how = r.origin ? ` (${r.origin.kind})` : "";
    if (r.kind === "sum") return [`${r.total} = ${r.parts.join(" + ")}${how}`];
    if (r.kind === "difference") return [`${r.total} = ${r.minuend} - ${r.subtrahend}${how}`];
    if (r.kind === "greater-of") return [`${r.total} = MAX(${r.parts.join(", ")})${how}`];
    if (r.kind === "non-negative") return [`${r.code} >= 0 ${r.meaning}`];
    return [];
  });
}

describe("statement rows: subtotals, groups and what 'line N' means", () => {
  it("a bare-numbered figure after its last sub-line's own figure, on that row, is the line's subtotal", () => {
    const rows = statementRows(
      statement([
        ["1.A", "Banks in the US", "1500", 10],
        ["1.B", "Other banks", "1520", 11],
        ["1", "Cash in banks", "1530", 11],
      ]),
    );
    assert.deepEqual(
      rows.map((r) => [r.code, r.number, r.subtotal]),
      [
        ["1500", 1, false],
        ["1520", 1, false],
        ["1530", 1, true],
      ],
    );
    assert.deepEqual(
      lineFigures(rows, 1, 0).map((r) => r.code),
      ["1530"],
    );
  });

  it("sub-lines run together on one input line (PDF-to-text) are not subtotals of each other", () => {
    const rows = statementRows(
      statement([
        ["1.A", "Cash", "2315", 23],
        ["1.B", "Securities", "2317", 23],
        ["5", "Gross amount", "2351", 29],
        ["5", "Less: offset", "2352", 30],
        ["5", "Accounts liquidating", "2354", 30],
      ]),
    );
    assert.deepEqual(
      rows.filter((r) => r.subtotal).map((r) => r.code),
      ["2354"],
    );
    assert.deepEqual(
      lineFigures(rows, 1, 0).map((r) => r.code),
      ["2315", "2317"],
    );
  });

  it("trusts the parser's subtotal mark over input-line positions when the statement carries one", () => {
    const rows = statementRows(
      statement([
        ["5", "Gross amount", "3351", 29],
        ["5", "Less: offset", "3352", 29],
        ["5", "Accounts liquidating", "3354", 30, true],
      ]),
    );
    assert.deepEqual(
      rows.filter((r) => r.subtotal).map((r) => r.code),
      ["3354"],
    );
  });

  it("a line without a printed subtotal means all of its sub-lines", () => {
    const rows = statementRows(
      statement([
        ["7.A", "Cash", "4070", 1],
        ["7.B", "Securities", "4080", 2],
        ["7.C", "In lieu of cash", "4090", 3],
      ]),
    );
    assert.deepEqual(
      lineFigures(rows, 7, 0).map((r) => r.code),
      ["4070", "4080", "4090"],
    );
    assert.deepEqual(lineFigures(rows, 8, 0), []);
  });

  it("numbering that starts again opens a group; 'line N' is looked up in its own group first, then earlier ones", () => {
    const rows = statementRows(
      statement([
        ["1", "Amount to be set aside", "5360", 1],
        ["2", "Total funds", "5370", 2],
        ["3", "Excess (deficiency) - (subtract line 1 from line 2)", "5380", 3],
        ["1", "Cash", "5530", 4],
        ["6", "Requirement from page 1?", "5999", 5],
      ]),
    );
    assert.deepEqual(
      rows.map((r) => r.group),
      [0, 0, 0, 1, 1],
    );
    assert.deepEqual(
      lineFigures(rows, 1, 1).map((r) => r.code),
      ["5530"],
    );
    assert.deepEqual(
      lineFigures(rows, 2, 1).map((r) => r.code),
      ["5370"],
    );
    assert.deepEqual(
      described(
        deriveRules(statement(rows.map((r) => [r.line.line, r.line.label, r.code, r.line.sourceLine] as const))),
      ).slice(0, 1),
      ["5380 = 5370 - 5360 (printed)"],
    );
  });
});

describe("rules derived from a statement's own text", () => {
  const segregation = statement([
    ["1.A", "Cash", "6010", 1],
    ["1.B", "Securities (at market)", "6020", 2],
    ["2", "Net unrealized profit (loss)", "6030", 3],
    ["3", "Options", "6032", 3],
    ["4", "Net equity (deficit) (add lines 1, 2 and 3)", "6040", 4],
    ["5", "Gross amount", "6045", 5],
    ["5", "Less: offset", "6047", 6],
    ["5", "Accounts liquidating to a deficit", "6050", 6],
    ["6", "Amount required (add lines 4 and 5)", "6060", 7],
    ["7.A", "Cash", "6070", 8],
    ["7.B", "Securities", "6080", 9],
    ["8", "Funds on hand", "6170", 10],
    ["9", "Total amount (add lines 7 through 8)", "6180", 11],
    ["10", "Excess (deficiency) (subtract line 6 from line 9)", "6190", 12],
    ["11", "Management target amount for excess funds", "6194", 13],
    ["12", "Excess (deficiency) funds over (under) management target amount excess", "6198", 14],
  ]);

  it("reads every instruction, the A–E subtotal, the target line and the floors", () => {
    assert.deepEqual(described(deriveRules(segregation)), [
      "6040 = 6010 + 6020 + 6030 + 6032 (printed)",
      "6060 = 6040 + 6050 (printed)",
      "6180 = 6070 + 6080 + 6170 (printed)",
      "6190 = 6180 - 6060 (printed)",
      "6050 = 6045 + 6047 (structure)",
      "6198 = 6190 - 6194 (label)",
      "6190 >= 0 deficiency",
      "6198 >= 0 target-shortfall",
    ]);
  });

  it("skips an instruction naming a line the text does not print, or the total itself", () => {
    const odd = statement([
      ["1", "Cash", "7010", 1],
      ["2", "Total (add lines 1 and 2)", "7020", 2],
      ["3", "Total (add lines 1 and 9)", "7030", 3],
      ["4", "Excess (subtract line 4 from line 1)", "7040", 4],
    ]);
    assert.deepEqual(arithmeticTargets(deriveRules(odd)), []);
  });

  it("resolves 'Greater of <words> or line N' by the words of an unnumbered line's label", () => {
    const secured = statement([
      ["", "Amount required to be set aside pursuant to law, rule or regulation of a foreign government", "8305", 1],
      ["1", "Net ledger balance", "8315", 2],
      ["2", "Amount required as the secured amount (add lines 1 and 1)", "8355", 3],
      [
        "3",
        "Greater of amount required to be set aside pursuant to foreign jurisdiction (above) or line 2.",
        "8360",
        4,
      ],
    ]);
    assert.deepEqual(
      described(deriveRules(secured)).filter((r) => r.startsWith("8360")),
      ["8360 = MAX(8305, 8355) (printed)"],
    );
  });

  it("reads each phrase the forms print, and nothing from a range that runs backwards", () => {
    const numbers = (label: string) => {
      const i = readInstruction(label);
      return i?.kind === "add" ? i.lines.map((l) => l.number) : i;
    };
    assert.deepEqual(numbers("Total (add lines 7 thru 9)"), [7, 8, 9]);
    assert.deepEqual(numbers("Total (add lines 7\u20139)"), [7, 8, 9]);
    assert.deepEqual(numbers("Total (add lines 1, 2, and 3)"), [1, 2, 3]);
    assert.equal(readInstruction("Total (add lines 12 through 7)"), null);
    assert.equal(readInstruction("Segregated funds on hand"), null);
  });
});

const arithmeticTargets = (rules: readonly Rule[]) => rules.filter((r) => r.kind !== "non-negative").map(ruleTarget);
