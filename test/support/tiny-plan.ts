import type { PlanCell, WorkbookPlan } from "../../src/core/plan";
import { flagStyles, planStyles } from "../../src/core/layout/styles";

/** Texts Excel would read as something else if typed: each must land as the text it is. */
export const HOSTILE_TEXTS = [
  "=1+1",
  "+1",
  "-1",
  "@SUM(A1)",
  "\tTab",
  "\rCR",
  "'quoted",
  "7360",
  "2013-06-18",
  "TRUE",
  "May 5",
  "(100)",
  '=HYPERLINK("http://x","y")',
];

const text = (t: string, style?: "label" | "code" | "heading"): PlanCell => ({
  kind: "text",
  text: t,
  ...(style ? { style } : {}),
});

/**
 * A hand-built two-sheet plan with one of each thing a plan can hold: texts that look like formulas,
 * numbers and dates, a number, a formula over a name, a link, a note, a conditional format, a frozen
 * row, column widths and two names.
 */
export function tinyPlan(): WorkbookPlan {
  const hostile = HOSTILE_TEXTS.map((t): PlanCell[] => [text(t, "label"), null, null]);
  return {
    font: { name: "Calibri", size: 11 },
    sheets: [
      {
        name: "Tiny Summary",
        role: "summary",
        rows: [
          [text("Tiny", "heading"), text("Tolerance", "heading"), { kind: "number", value: 0, style: "input" }],
          [{ kind: "link", text: "Tiny Sheet!B2", sheet: "Tiny Sheet", address: "B2", style: "link" }, null, null],
        ],
        columnWidths: [20, 12, 12],
        frozenRows: 0,
        notes: [],
        conditionalFormats: [],
      },
      {
        name: "Tiny Sheet",
        role: "statement",
        rows: [
          [text("Code", "heading"), text("Reported", "heading"), text("Calculated", "heading")],
          [
            text("7500", "code"),
            { kind: "number", value: 286214407, style: "money" },
            { kind: "formula", formula: "=TINY_7500*1", style: "money", result: 286214407 },
          ],
          [
            text("7520", "code"),
            { kind: "number", value: -5, style: "money-total" },
            { kind: "formula", formula: "=ROUND(B3-C2,2)", style: "money-cents", result: 0 },
          ],
          ...hostile,
        ],
        columnWidths: [7, 18, 18],
        frozenRows: 1,
        notes: [{ address: "B3", text: "Line 1.B [7520] is -5: a note." }],
        conditionalFormats: [{ range: "B2:B3", formula: "=ABS($C2)>Tolerance", style: "error" }],
      },
    ],
    names: [
      { name: "Tolerance", sheet: "Tiny Summary", address: "$C$1", comment: "Dollars" },
      { name: "TINY_7500", sheet: "Tiny Sheet", address: "$B$2" },
    ],
    styles: planStyles,
    flagStyles,
  };
}
