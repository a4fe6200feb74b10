import type { StatementForm } from "./schema";

/**
 * NFA's public per-firm summary pages ("FCM Customer Segregated Funds Report" and its secured and
 * cleared-swaps twins) print three figures of a statement by name: the funds, the requirement and the
 * excess. Which catalog line each name is, as data beside the forms; the test checks every code
 * against the catalog version named here.
 */
export interface SummaryPage {
  readonly kind: StatementForm["kind"];
  /** The catalog version whose lines and rules the three figures are read and checked by. */
  readonly version: string;
  /** The page title, lowercase letters and digits only, holds every one of these. */
  readonly titleWords: readonly string[];
  readonly notWords: readonly string[];
  readonly lines: readonly { readonly code: string; readonly printed: readonly string[] }[];
}

export const summaryPages: readonly SummaryPage[] = [
  {
    kind: "segregation",
    version: "segregation-2013",
    titleWords: ["fcm", "segregatedfundsreport"],
    notWords: ["clearedswap", "secured"],
    lines: [
      { code: "7180", printed: ["Total Amount in Segregation", "Total Funds in Segregation"] },
      { code: "7060", printed: ["Amount Required to be Segregated"] },
      { code: "7190", printed: ["Excess (deficiency) Funds in Segregation", "Excess Funds in Segregation"] },
    ],
  },
  {
    kind: "secured-amounts",
    version: "secured-amounts-2013",
    titleWords: ["fcm", "securedamount", "report"],
    notWords: ["clearedswap"],
    lines: [
      { code: "7370", printed: ["Total Funds in Separate Section 30.7 Accounts", "Total Funds in Separate Accounts"] },
      {
        code: "7360",
        printed: ["Amount Required to be Set Aside in Separate Section 30.7 Accounts", "Amount to be Set Aside"],
      },
      { code: "7380", printed: ["Excess (deficiency) Funds in Separate Section 30.7 Accounts"] },
    ],
  },
  {
    kind: "cleared-swaps",
    version: "cleared-swaps-2013",
    titleWords: ["fcm", "clearedswap", "report"],
    notWords: ["secured"],
    lines: [
      { code: "8720", printed: ["Total Amount in Cleared Swaps Customer Segregation"] },
      { code: "8590", printed: ["Amount Required to be Segregated for Cleared Swaps Customers"] },
      { code: "8730", printed: ["Excess (deficiency) Funds in Cleared Swaps Customer Segregation"] },
    ],
  },
];
