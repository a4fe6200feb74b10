import { catalog, formByVersion } from "../forms";
import type { Statement } from "../model";

/**
 * Workbook names for reported figures. Scheme:
 * - the first filing in a workbook: `<PREFIX>_<code>` (SEC_7740, SEG_7010, SWP_8720);
 * - the n-th filing (n ≥ 2): `<PREFIX>_<code>_<n>` (SEC_7740_2), so several filings in one
 *   workbook never share a name and the first filing's formulas read as the form prints them;
 * - the prefix comes from the statement's catalog version, else from a catalog form of the same
 *   kind, else `UNK`;
 * - a figure without a code gets no name; a code printed twice in one statement names only its
 *   first figure (the one the checks read).
 * Every name has an underscore after three letters, so Excel can never read it as a cell (SEC7740
 * would be column SEC, row 7740) nor as an R1C1 reference.
 */

export const TOLERANCE_NAME = "Tolerance";

export function statementPrefix(statement: Statement): string {
  const byVersion = statement.version ? formByVersion(statement.version) : undefined;
  return byVersion?.prefix ?? catalog.find((f) => f.kind === statement.kind)?.prefix ?? "UNK";
}

/** 0-based filing index → name; see the scheme above. */
export function codeName(prefix: string, code: string, filingIndex: number): string {
  return filingIndex === 0 ? `${prefix}_${code}` : `${prefix}_${code}_${filingIndex + 1}`;
}

const nameCharacters = /^[A-Za-z_][A-Za-z0-9_.]{0,254}$/;
const a1 = /^\$?[A-Za-z]{1,3}\$?\d+$/;
const r1c1 = /^([Rr](\d*|\[-?\d+\])?)?([Cc](\d*|\[-?\d+\])?)?$/;

/**
 * Whether Excel (and LibreOffice, HyperFormula) accept `name` as a defined name: letters, digits,
 * `_` and `.`, starting with a letter or `_`, at most 255 characters, and not readable as an A1 or
 * R1C1 reference.
 */
export function isSafeDefinedName(name: string): boolean {
  if (!nameCharacters.test(name)) return false;
  // Neither reference form has a `_` or a `.`: every name of the scheme above is safe once its characters are.
  if (name.includes("_") || name.includes(".")) return true;
  return !a1.test(name) && !r1c1.test(name);
}
