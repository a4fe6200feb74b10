import type { CoverPage, ResidualTarget, TargetChoice, TargetStatement } from "../parse/cover-page";
import type { PlanCell } from "../plan";
import { row } from "./summary-tables";

/** The Cover Page's fields and residual-interest targets as the Summary shows them, under the filing's own fields. */

/** Named as the statement sheets name them, so a target reads against its sheet. */
export const TARGET_STATEMENT_LABEL: Readonly<Record<TargetStatement, string>> = {
  segregation: "Segregation",
  "secured-amounts": "Secured Amounts",
  "cleared-swaps": "Cleared Swaps",
};

/** The form's wording of each choice. */
export const TARGET_CHOICE_LABEL: Readonly<Record<TargetChoice, string>> = {
  "minimum-dollar": "Minimum dollar amount",
  "minimum-percentage": "Minimum percentage",
  "dollar-range": "Dollar amount range",
  "percentage-range": "Percentage range",
};

export function isPercentageChoice(choice: TargetChoice): boolean {
  return choice === "minimum-percentage" || choice === "percentage-range";
}

const NOT_GIVEN = "(not given)";
const text = (t: string, style: "field" | "heading" | "note" = "field"): PlanCell => ({ kind: "text", text: t, style });

/**
 * A percentage lands as Excel's fraction (1.5 → 0.015, shown 1.5%) so that a formula multiplying by
 * it is right; rounded to 15 digits so 1.1 does not land as 0.011000000000000001.
 */
function figure(value: number, choice: TargetChoice): PlanCell {
  return isPercentageChoice(choice)
    ? { kind: "number", value: Number((value / 100).toPrecision(15)), style: "percent" }
    : { kind: "number", value, style: "money" };
}

function targetRow(target: ResidualTarget): PlanCell[] {
  const statement = text(TARGET_STATEMENT_LABEL[target.statement]);
  if (target.choice === null) return row(statement, text("None filled in", "note"));
  const choice = target.choice;
  return row(statement, text(TARGET_CHOICE_LABEL[choice]), ...target.values.slice(0, 2).map((v) => figure(v, choice)));
}

/** Firm and contact as printed (text cells: the filing's words are data), then one row per target. */
export function coverRows(cover: CoverPage): PlanCell[][] {
  const rows: PlanCell[][] = [
    row(text("Cover Page"), text(`As printed from text line ${cover.sourceLine}`, "note")),
    row(text("Name of company"), text(cover.firm ?? NOT_GIVEN)),
    row(text("Contact"), text(cover.contactName ?? NOT_GIVEN)),
    row(text("Contact phone"), text(cover.contactPhone ?? NOT_GIVEN)),
    row(text("Contact email"), text(cover.contactEmail ?? NOT_GIVEN)),
  ];
  if (!cover.targets.length) return [...rows, row(text("Residual interest targets"), text("None read", "note"))];
  return [
    ...rows,
    row(...["Residual interest target", "Chosen as", "Figure", "Up to"].map((h) => text(h, "heading"))),
    ...cover.targets.map(targetRow),
  ];
}
