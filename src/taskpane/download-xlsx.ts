import type { Filing, WorkbookPlan } from "../core";

/** "Citigroup Global Markets Inc." → "citigroup-global-markets-inc": letters and digits, dashes between. */
function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/**
 * The download's name, from what the filings say rather than where the text came from:
 * `firm-enddate[-amendment].xlsx` for one filing; `firm-first-to-last.xlsx` for one firm's days;
 * `filings-first-to-last.xlsx` for several firms. What a filing does not print is left out, and
 * "tieout.xlsx" is the name when nothing is left.
 *
 * @example workbookFileName([sample]) // "citigroup-global-markets-inc-2013-06-18-amendment.xlsx"
 */
export function workbookFileName(filings: readonly Filing[]): string {
  const firms = [...new Set(filings.map((f) => slug(f.firm ?? "")).filter(Boolean))];
  const dates = filings
    .map((f) => f.endDate)
    .filter((d): d is string => d !== null)
    .sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  const days = first && last && first !== last ? `${first}-to-${last}` : (first ?? "");
  const who = firms.length === 1 ? firms[0]! : filings.length > 1 ? "filings" : "";
  const amended = filings.length === 1 && filings[0]!.amendment ? "amendment" : "";
  const name = [who, days, amended].filter(Boolean).join("-");
  return `${name || "tieout"}.xlsx`;
}

/**
 * Writes the plan as .xlsx and hands it to the browser as a download under `fileName`. ExcelJS is
 * imported here, on first use, so it is a separate chunk that Excel users never load.
 */
export async function downloadXlsx(plan: WorkbookPlan, fileName: string): Promise<void> {
  const { writeXlsx } = await import(/* webpackChunkName: "xlsx-writer" */ "../xlsx");
  const bytes = await writeXlsx(plan);
  // A copy into a plain ArrayBuffer: Blob does not take views of a SharedArrayBuffer.
  const blob = new Blob([new Uint8Array(bytes)], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
