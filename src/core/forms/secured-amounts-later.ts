import type { CatalogLine, StatementFormInput } from "./schema";
import { securedAmounts2013 } from "./secured-amounts";

/**
 * Secured Amounts — Reg. 30.7, the later layout (FORMS.md): the 2013 three-line summary becomes a
 * computation ending in a greater-of line, and an excess over a management target follows the funds.
 * Only 7305 and 7315 are seen in a public filing (P); everything else is `confirmed: false`, so a
 * filing's own printed instruction wins over these rules when they disagree. 7360 is in both
 * versions with different meanings: the version is told by 7305/7345/7355, never by 7360.
 */
const funds2013 = securedAmounts2013.sections[1]!;

const unconfirmed = (line: string, label: string, code: string): CatalogLine => ({
  line,
  label,
  code,
  uncoded: false,
  confirmed: false,
});

export const securedAmountsLater: StatementFormInput = {
  kind: "secured-amounts",
  version: "secured-amounts-later",
  prefix: "SEC",
  titles: securedAmounts2013.titles,
  markers: ["7305", "7345", "7355"],
  sections: [
    {
      id: "summary",
      headings: ["Foreign Futures and Foreign Options Secured Amounts - Computation"],
      lines: [
        {
          line: "",
          label:
            "Amount required to be set aside pursuant to law, rule or regulation of a foreign government " +
            "or a rule of a self-regulatory organization authorized thereunder",
          code: "7305",
        },
        {
          line: "1",
          label: "Net ledger balance - Foreign futures and foreign option trading - All customers",
          code: null,
          confirmed: false,
        },
        { line: "1.A", label: "Cash", code: "7315" },
        unconfirmed("1.B", "Securities (at market)", "7317"),
        unconfirmed(
          "2",
          "Net unrealized profit (loss) in open futures contracts traded on a foreign board of trade",
          "7325",
        ),
        { line: "3", label: "Exchange traded options", code: null, confirmed: false },
        unconfirmed("3.A", "Market value of open option contracts purchased on a foreign board of trade", "7335"),
        unconfirmed("3.B", "Market value of open contracts granted (sold) on a foreign board of trade", "7337"),
        unconfirmed("4", "Net equity (deficit) (add lines 1, 2 and 3)", "7345"),
        unconfirmed("5", "Account liquidating to a deficit and account with a debit balances", "7354"),
        unconfirmed("5.A", "Account liquidating to a deficit and account with a debit balances - gross amount", "7351"),
        unconfirmed("5.B", "Less: amount offset by customer owned securities", "7352"),
        unconfirmed(
          "6",
          "Amount required to be set aside as the secured amount - Net Liquidating Equity Method (add lines 4 and 5)",
          "7355",
        ),
        unconfirmed(
          "7",
          "Greater of amount required to be set aside pursuant to foreign jurisdiction (above) or line 6",
          "7360",
        ),
      ],
    },
    {
      ...funds2013,
      lines: [
        ...funds2013.lines,
        unconfirmed(
          "9",
          "Excess (deficiency) set aside for secured amount (subtract line 7 Secured Statement Page 1 from line 8)",
          "7380",
        ),
        unconfirmed("10", "Management target amount for excess funds in separate section 30.7 accounts", "7780"),
        unconfirmed("11", "Excess (deficiency) funds in separate 30.7 accounts over (under) management target", "7785"),
      ],
    },
  ],
  rules: [
    {
      id: "SEC-7345",
      kind: "sum",
      total: "7345",
      parts: ["7315", "7317", "7325", "7335", "7337"],
      printed: "add lines 1, 2 and 3",
      confirmed: false,
    },
    { id: "SEC-7354", kind: "sum", total: "7354", parts: ["7351", "7352"], confirmed: false },
    {
      id: "SEC-7355",
      kind: "sum",
      total: "7355",
      parts: ["7345", "7354"],
      printed: "add lines 4 and 5",
      confirmed: false,
    },
    {
      id: "SEC-7360",
      kind: "greater-of",
      total: "7360",
      parts: ["7305", "7355"],
      printed: "Greater of amount required to be set aside pursuant to foreign jurisdiction (above) or line 6",
      confirmed: false,
    },
    // The funds' subtotals and total are as printed in 2013 (S).
    ...securedAmounts2013.rules.filter((r) => r.kind === "sum"),
    {
      id: "SEC-7380",
      kind: "difference",
      total: "7380",
      minuend: "7770",
      subtrahend: "7360",
      printed: "subtract line 7 from line 8",
      confirmed: false,
    },
    { id: "SEC-7380-deficiency", kind: "non-negative", code: "7380", confirmed: false },
    { id: "SEC-7785", kind: "difference", total: "7785", minuend: "7380", subtrahend: "7780", confirmed: false },
    { id: "SEC-7785-shortfall", kind: "non-negative", code: "7785", meaning: "target-shortfall", confirmed: false },
  ],
};
