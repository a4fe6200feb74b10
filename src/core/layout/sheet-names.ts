import type { Statement } from "../model";

/**
 * Worksheet names and how formulas refer to them. Excel's rules: at most 31 characters, none of
 * `: \ / ? * [ ]`, not blank, not starting or ending with an apostrophe, unique ignoring case, and
 * "History" is reserved. Every reference to a sheet goes through `quoteSheetName`, so a name with
 * spaces or dashes never breaks a formula.
 */

export const SHEET_NAME_MAX = 31;

/** The Summary sheet's name; statement sheets never take it. */
export const SUMMARY_SHEET = "Summary";

const forbidden = /[:\\/?*[\]]/g;

/**
 * A name Excel accepts, built from any text. Apostrophes are dropped altogether (not only at the
 * ends) because ExcelJS does not double them when it writes defined names.
 */
export function sanitizeSheetName(raw: string): string {
  const cleaned = raw
    .replace(forbidden, "-")
    .replace(/'/g, "")
    .replace(/[\u0000-\u001f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return cleaned.slice(0, SHEET_NAME_MAX).trim() || "Statement";
}

/** The short sheet name for a statement, from its kind and printed title. */
export function statementSheetBase(statement: Statement): string {
  switch (statement.kind) {
    case "secured-amounts":
      return "Secured Amounts";
    case "segregation":
      return "Segregation";
    case "cleared-swaps":
      // The 2013 form calls it the Sequestration Statement; later forms the Cleared Swaps statement.
      return /sequestration/i.test(statement.title) ? "Sequestration" : "Cleared Swaps";
    case "unknown":
      return sanitizeSheetName(statement.title.replace(/^daily segregation\s*-\s*/i, "")) || "Statement";
  }
}

/**
 * Hands out unique sheet names: `base` plus an optional `suffix` (the end date when several filings
 * share a workbook), cut so the whole stays within 31 characters, then " (2)", " (3)"… on a clash.
 */
export function createSheetNamer(): (base: string, suffix?: string) => string {
  // The overview sheets of a workbook of several filings are never a statement's name either.
  const taken = new Set<string>([SUMMARY_SHEET.toLowerCase(), "history", "index", "trend", "changes"]);
  return (base, suffix) => {
    const tail = suffix ? ` ${sanitizeSheetName(suffix)}` : "";
    for (let n = 1; ; n++) {
      const counter = n === 1 ? "" : ` (${n})`;
      const room = SHEET_NAME_MAX - tail.length - counter.length;
      const name = sanitizeSheetName(`${sanitizeSheetName(base).slice(0, room).trim()}${tail}${counter}`);
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  };
}

/** `'Secured Amounts'`: always quoted (valid for every name), embedded apostrophes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `'Secured Amounts'!$D$5`. */
export function sheetReference(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${address}`;
}
