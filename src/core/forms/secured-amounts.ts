import type { StatementFormInput } from "./schema";

/**
 * Secured Amounts — Reg. 30.7 (foreign futures and foreign options), as printed in the 2013 sample:
 * a three-line summary, then the funds deposited in separate 30.7 accounts.
 */
export const securedAmounts2013: StatementFormInput = {
  kind: "secured-amounts",
  version: "secured-amounts-2013",
  prefix: "SEC",
  titles: [
    "Daily Segregation - Secured Amounts",
    "Foreign Futures and Foreign Options Secured Amounts",
    "Secured Amounts",
  ],
  markers: ["7370"],
  sections: [
    {
      id: "summary",
      headings: ["Foreign Futures and Foreign Options Secured Amounts - Summary"],
      lines: [
        { line: "1", label: "Amount to be set aside in separate section 30.7 accounts", code: "7360" },
        { line: "2", label: "Total funds in separate section 30.7 accounts", code: "7370" },
        { line: "3", label: "Excess (deficiency) - (subtract line 1 from line 2)", code: "7380" },
      ],
    },
    {
      id: "funds-deposited",
      headings: ["Funds Deposited in Separate Regulation 30.7 Accounts"],
      lines: [
        { line: "1", label: "Cash in banks", code: "7530" },
        { line: "1.A", label: "Banks located in the United States", code: "7500" },
        { line: "1.B", label: "Other banks designated by the Commission", code: "7520" },
        { line: "2", label: "Securities", code: "7570" },
        { line: "2.A", label: "In safekeeping with banks located in the United States", code: "7540" },
        { line: "2.B", label: "In safekeeping with other banks designated by the Commission", code: "7560" },
        { line: "3", label: "Equities with registered futures commission merchants", code: "7620" },
        { line: "3.A", label: "Cash", code: "7580" },
        { line: "3.B", label: "Securities", code: "7590" },
        { line: "3.C", label: "Unrealized gain (loss) on open futures contracts", code: "7600" },
        { line: "3.D", label: "Value of long option contracts", code: "7610" },
        { line: "3.E", label: "Value of short option contracts", code: "7615" },
        { line: "4", label: "Amounts held by clearing organizations of foreign boards of trade", code: "7680" },
        { line: "4.A", label: "Cash", code: "7640" },
        { line: "4.B", label: "Securities", code: "7650" },
        { line: "4.C", label: "Amount due to (from) clearing organization - daily variation", code: "7660" },
        { line: "4.D", label: "Value of long option contracts", code: "7670" },
        { line: "4.E", label: "Value of short option contracts", code: "7675" },
        { line: "5", label: "Amounts held by members of foreign boards of trade", code: "7740" },
        { line: "5.A", label: "Cash", code: "7700" },
        { line: "5.B", label: "Securities", code: "7710" },
        { line: "5.C", label: "Unrealized gain (loss) on open futures contracts", code: "7720" },
        { line: "5.D", label: "Value of long option contracts", code: "7730" },
        { line: "5.E", label: "Value of short option contracts", code: "7735" },
        { line: "6", label: "Amounts with other depositories designated by a foreign board of trade", code: "7760" },
        { line: "7", label: "Segregated funds on hand", code: "7765" },
        { line: "8", label: "Total funds in separate section 30.7 accounts", code: "7770" },
      ],
    },
  ],
  rules: [
    { id: "SEC-7530", kind: "sum", total: "7530", parts: ["7500", "7520"] },
    { id: "SEC-7570", kind: "sum", total: "7570", parts: ["7540", "7560"] },
    { id: "SEC-7620", kind: "sum", total: "7620", parts: ["7580", "7590", "7600", "7610", "7615"] },
    { id: "SEC-7680", kind: "sum", total: "7680", parts: ["7640", "7650", "7660", "7670", "7675"] },
    { id: "SEC-7740", kind: "sum", total: "7740", parts: ["7700", "7710", "7720", "7730", "7735"] },
    {
      id: "SEC-7770",
      kind: "sum",
      total: "7770",
      parts: ["7530", "7570", "7620", "7680", "7740", "7760", "7765"],
    },
    { id: "SEC-7370", kind: "tie", code: "7370", equals: "7770" },
    {
      id: "SEC-7380",
      kind: "difference",
      total: "7380",
      minuend: "7370",
      subtrahend: "7360",
      printed: "subtract line 1 from line 2",
    },
    { id: "SEC-7380-deficiency", kind: "non-negative", code: "7380" },
  ],
};
