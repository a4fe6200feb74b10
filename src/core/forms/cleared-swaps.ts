import type { StatementFormInput } from "./schema";

/**
 * Sequestration Statement — CEAct 4d(f), cleared OTC derivatives, as printed in the 2013 sample
 * (later filings call it the Cleared Swaps statement, with the same codes). Line 5 prints no letters;
 * its rows are 5.A and 5.B here. Line 12.A and 12.B carry figures without codes; only 12.C's [8715]
 * enters line 13, as the form's codes say.
 */
export const clearedSwaps2013: StatementFormInput = {
  kind: "cleared-swaps",
  version: "cleared-swaps-2013",
  prefix: "SWP",
  titles: [
    "Daily Segregation - Sequestration Statement",
    "Statement of Sequestration Requirements and Funds in Cleared OTC Derivatives Sequestered Accounts",
    "Sequestration Statement",
  ],
  // No markers: every code it prints is printed by the later layout too, so none tells the two apart;
  // a statement with none of the later layout's markers stays 2013 (ties go to the first version).
  markers: [],
  sections: [
    {
      id: "requirements",
      headings: ["Cleared OTC Derivatives Customer Requirements"],
      lines: [
        { line: "1", label: "Net ledger balance", code: null },
        { line: "1.A", label: "Cash", code: "8500" },
        { line: "1.B", label: "Securities (at market)", code: "8510" },
        { line: "2", label: "Net unrealized profit (loss) in open cleared OTC derivatives", code: "8520" },
        { line: "3", label: "Cleared OTC derivatives options", code: null },
        { line: "3.A", label: "Market value of open cleared OTC derivatives option contracts purchased", code: "8530" },
        {
          line: "3.B",
          label: "Market value of open cleared OTC derivatives option contracts granted (sold)",
          code: "8540",
        },
        { line: "4", label: "Net Equity (deficit) (add lines 1, 2, and 3)", code: "8550" },
        { line: "5", label: "Accounts liquidating to a deficit and accounts with debit balances", code: "8580" },
        {
          line: "5.A",
          label: "Accounts liquidating to a deficit and accounts with debit balances - gross amount",
          code: "8560",
        },
        { line: "5.B", label: "Less: amount offset by customer owned securities", code: "8570" },
        { line: "6", label: "Amount required to be segregated (add lines 4 and 5)", code: "8590" },
      ],
    },
    {
      id: "funds",
      headings: ["Funds in Cleared OTC Derivatives Customer Sequestered Accounts"],
      lines: [
        { line: "7", label: "Deposited in cleared OTC derivatives customer sequestered accounts at banks", code: null },
        { line: "7.A", label: "Cash", code: "8600" },
        { line: "7.B", label: "Securities representing investment of customers' funds (at market)", code: "8610" },
        {
          line: "7.C",
          label: "Securities held for particular customers or option customers in lieu of cash (at market)",
          code: "8620",
        },
        {
          line: "8",
          label:
            "Margins on deposit with derivatives clearing organizations " +
            "in cleared OTC derivatives customer sequestered accounts",
          code: null,
        },
        { line: "8.A", label: "Cash", code: "8630" },
        { line: "8.B", label: "Securities representing investment of customers' funds (at market)", code: "8640" },
        {
          line: "8.C",
          label: "Securities held for particular customers or option customers in lieu of cash (at market)",
          code: "8650",
        },
        { line: "9", label: "Net settlement from (to) derivatives clearing organizations", code: "8660" },
        { line: "10", label: "Cleared OTC derivatives options", code: null },
        { line: "10.A", label: "Value of open cleared OTC derivatives long option contracts", code: "8670" },
        { line: "10.B", label: "Value of open cleared OTC derivatives short option contracts", code: "8680" },
        { line: "11", label: "Net equities with other FCMs", code: null },
        { line: "11.A", label: "Net liquidating equity", code: "8690" },
        { line: "11.B", label: "Securities representing investment of customers' funds (at market)", code: "8700" },
        {
          line: "11.C",
          label: "Securities held for particular customers or option customers in lieu of cash (at market)",
          code: "8710",
        },
        { line: "12", label: "Cleared OTC derivatives customer funds on hand", code: null },
        { line: "12.A", label: "Cash", code: null, uncoded: true },
        {
          line: "12.B",
          label: "Securities representing investment of customers' funds (at market)",
          code: null,
          uncoded: true,
        },
        {
          line: "12.C",
          label: "Securities held for particular customers or option customers in lieu of cash (at market)",
          code: "8715",
        },
        { line: "13", label: "Total amount in sequestration (add lines 7 through 12)", code: "8720" },
        {
          line: "14",
          label: "Excess (deficiency) funds in sequestration (subtract line 6 from line 13)",
          code: "8730",
        },
      ],
    },
  ],
  rules: [
    {
      id: "SWP-8550",
      kind: "sum",
      total: "8550",
      parts: ["8500", "8510", "8520", "8530", "8540"],
      printed: "add lines 1, 2, and 3",
    },
    { id: "SWP-8580", kind: "sum", total: "8580", parts: ["8560", "8570"] },
    { id: "SWP-8590", kind: "sum", total: "8590", parts: ["8550", "8580"], printed: "add lines 4 and 5" },
    {
      id: "SWP-8720",
      kind: "sum",
      total: "8720",
      parts: ["8600", "8610", "8620", "8630", "8640", "8650", "8660", "8670", "8680", "8690", "8700", "8710", "8715"],
      printed: "add lines 7 through 12",
    },
    {
      id: "SWP-8730",
      kind: "difference",
      total: "8730",
      minuend: "8720",
      subtrahend: "8590",
      printed: "subtract line 6 from line 13",
    },
    { id: "SWP-8730-deficiency", kind: "non-negative", code: "8730" },
  ],
};
