import type { Filing } from "../core";
import { filingKey } from "../excel";

/** What makes two imports "the same filing": firm, form, dates and amendment, for every filing imported together. */
export function importIdentity(filings: readonly Filing[]): { key: string; label: string } {
  const key = filingKey(
    filings.map((f) => [f.firm, f.form, f.endDate, f.submitDate, f.amendment ? "amended" : ""].join("|")).join("\n"),
  );
  return { key, label: filingLabel(filings) };
}

/** "Citigroup Global Markets Inc., Daily Seg - FOCUS II, 2013-06-18 (amendment)", "… and 9 more filings". */
export function filingLabel(filings: readonly Filing[]): string {
  const [first] = filings;
  if (!first) return "no filing";
  const parts = [first.firm ?? "firm not printed", first.form, first.endDate].filter((p): p is string => Boolean(p));
  const one = `${parts.join(", ")}${first.amendment ? " (amendment)" : ""}`;
  return filings.length > 1 ? `${one} and ${filings.length - 1} more filing${filings.length > 2 ? "s" : ""}` : one;
}
