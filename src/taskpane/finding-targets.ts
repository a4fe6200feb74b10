import { codeName } from "../core";
import type { Finding } from "../core";
import type { WorkbookPlan } from "../core";

/**
 * The workbook name of a finding's figure in the plan (SEC_7740; SEC_7740_2 for the second filing):
 * the pane selects the cell through it, which still works after the user renames the sheet. null for
 * a figure the filing does not print (it has no cell).
 */
export function findingName(plan: WorkbookPlan, finding: Finding, filingIndex: number): string | null {
  const match = plan.names.find((n) => {
    const prefix = n.name.split("_")[0] ?? "";
    return n.name === codeName(prefix, finding.code, filingIndex);
  });
  return match?.name ?? null;
}
