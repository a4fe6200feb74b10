import type { WorkbookPlan } from "../core";
import {
  excelErrorInfo,
  importPlan,
  selectName,
  type ApiSupport,
  type ImportResult,
  type ImportStep,
  type ReplaceMode,
} from "../excel";

/** Excel.run around the writer: a failure to even start a batch becomes a result like any other. */
export async function importIntoExcel(
  plan: WorkbookPlan,
  identity: { key: string; label: string },
  supports: ApiSupport,
  replace: ReplaceMode,
  onProgress: (step: ImportStep) => void,
): Promise<ImportResult> {
  try {
    return await Excel.run((context) => importPlan(context, plan, { ...identity, supports, replace, onProgress }));
  } catch (error) {
    const info = excelErrorInfo(error);
    return {
      ok: false,
      reason: "failed",
      message: `Excel could not start the import (${info.code}): ${info.message}`,
      error: info,
      restored: true,
      leftovers: [],
      syncs: 0,
    };
  }
}

/** Selects a finding's cell through its workbook name; the reason when it cannot. */
export async function selectInExcel(name: string): Promise<string | null> {
  try {
    const result = await Excel.run((context) => selectName(context, name));
    if (result.ok) return null;
    return result.error.code === "ItemNotFound"
      ? "Import the filing first: its cells are not in this workbook."
      : `Excel could not select the cell (${result.error.code}).`;
  } catch (error) {
    return `Excel could not select the cell (${excelErrorInfo(error).code}).`;
  }
}
