import type { WorkbookPlan } from "../core";

/** "seg-2013-06-18.htm" → "seg-2013-06-18.xlsx"; pasted text → "tieout.xlsx". */
export function xlsxFileName(sourceName: string): string {
  const base = sourceName === "pasted text" ? "tieout" : sourceName.replace(/\.[^.]*$/, "");
  return `${base.replace(/[\\/:*?"<>|]/g, "-") || "tieout"}.xlsx`;
}

/**
 * Writes the plan as .xlsx and hands it to the browser as a download. ExcelJS is imported here, on
 * first use, so it is a separate chunk that Excel users never load.
 */
export async function downloadXlsx(plan: WorkbookPlan, sourceName: string): Promise<string> {
  const { writeXlsx } = await import(/* webpackChunkName: "xlsx-writer" */ "../xlsx");
  const bytes = await writeXlsx(plan);
  // A copy into a plain ArrayBuffer: Blob does not take views of a SharedArrayBuffer.
  const blob = new Blob([new Uint8Array(bytes)], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = xlsxFileName(sourceName);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return link.download;
}
