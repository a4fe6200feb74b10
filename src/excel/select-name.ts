import { excelErrorInfo, type ExcelErrorInfo } from "./excel-error";

/**
 * Selects the cell a workbook name refers to (a finding's figure, `SEC_7740`), in one round trip.
 * Following the name rather than a sheet and address still lands on the figure after the user has
 * renamed the sheet. `ItemNotFound` means the filing has not been imported into this workbook.
 */
export async function selectName(
  context: Excel.RequestContext,
  name: string,
): Promise<{ ok: true } | { ok: false; error: ExcelErrorInfo }> {
  try {
    const range = context.workbook.names.getItem(name).getRange();
    range.worksheet.activate();
    range.select();
    await context.sync();
    return { ok: true };
  } catch (error) {
    return { ok: false, error: excelErrorInfo(error) };
  }
}
