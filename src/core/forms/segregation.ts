import type { StatementFormInput } from "./schema";

/**
 * Segregation Statement — CEAct 4d(2), as printed in the 2013 sample. Line 5 prints no letters; its
 * gross and "Less:" rows are 5.A and 5.B here so that every figure has its own line id.
 * 7132 = 7032 and 7133 = 7033 in the sample is an observation, not a printed rule: no rule here.
 */
export const segregation2013: StatementFormInput = {
  kind: "segregation",
  version: "segregation-2013",
  prefix: "SEG",
  titles: [
    "Daily Segregation - Segregation Statement",
    "Statement of Segregation Requirements and Funds in Segregation for Customers Trading on U.S. Commodity Exchanges",
    "Segregation Statement",
  ],
  // No markers: every code it prints is printed by the later layout too, so none tells the two apart;
  // a statement with none of the later layout's markers stays 2013 (ties go to the first version).
  markers: [],
  sections: [
    {
      id: "requirements",
      headings: ["Segregation Requirements (Section 4d(2) of the CEAct)", "Segregation Requirements"],
      lines: [
        { line: "1", label: "Net ledger balance", code: null },
        { line: "1.A", label: "Cash", code: "7010" },
        { line: "1.B", label: "Securities (at market)", code: "7020" },
        {
          line: "2",
          label: "Net unrealized profit (loss) in open futures contracts traded on a contract market",
          code: "7030",
        },
        { line: "3", label: "Exchange traded options", code: null },
        {
          line: "3.A",
          label: "Add market value of open option contracts purchased on a contract market",
          code: "7032",
        },
        {
          line: "3.B",
          label: "Deduct market value of open option contracts granted (sold) on a contract market",
          code: "7033",
        },
        { line: "4", label: "Net equity (deficit) (add lines 1, 2 and 3)", code: "7040" },
        { line: "5", label: "Accounts liquidating to a deficit and accounts with debit balances", code: "7050" },
        {
          line: "5.A",
          label: "Accounts liquidating to a deficit and accounts with debit balances - gross amount",
          code: "7045",
        },
        { line: "5.B", label: "Less: amount offset by customer securities", code: "7047" },
        { line: "6", label: "Amount required to be segregated (add lines 4 and 5)", code: "7060" },
      ],
    },
    {
      id: "funds",
      headings: ["Funds in Segregated Accounts"],
      lines: [
        { line: "7", label: "Deposited in segregated funds bank accounts", code: null },
        { line: "7.A", label: "Cash", code: "7070" },
        { line: "7.B", label: "Securities representing investments of customers' funds (at market)", code: "7080" },
        {
          line: "7.C",
          label: "Securities held for particular customers or option customers in lieu of cash (at market)",
          code: "7090",
        },
        {
          line: "8",
          label: "Margins on deposit with derivatives clearing organizations of contract markets",
          code: null,
        },
        { line: "8.A", label: "Cash", code: "7100" },
        { line: "8.B", label: "Securities representing investments of customers' funds (at market)", code: "7110" },
        {
          line: "8.C",
          label: "Securities held for particular customers or option customers in lieu of cash (at market)",
          code: "7120",
        },
        {
          line: "9",
          label: "Net settlement from (to) derivatives clearing organizations of contract markets",
          code: "7130",
        },
        { line: "10", label: "Exchange traded options", code: null },
        { line: "10.A", label: "Value of open long option contracts", code: "7132" },
        { line: "10.B", label: "Value of open short option contracts", code: "7133" },
        { line: "11", label: "Net equities with other FCMs", code: null },
        { line: "11.A", label: "Net liquidating equity", code: "7140" },
        { line: "11.B", label: "Securities representing investments of customers' funds (at market)", code: "7150" },
        {
          line: "11.C",
          label: "Securities held for particular customers or option customers in lieu of cash (at market)",
          code: "7160",
        },
        { line: "12", label: "Segregated funds on hand", code: "7170" },
        { line: "13", label: "Total amount in segregation (add lines 7 through 12)", code: "7180" },
        { line: "14", label: "Excess (deficiency) funds in segregation (subtract line 6 from line 13)", code: "7190" },
      ],
    },
  ],
  rules: [
    {
      id: "SEG-7040",
      kind: "sum",
      total: "7040",
      parts: ["7010", "7020", "7030", "7032", "7033"],
      printed: "add lines 1, 2 and 3",
    },
    { id: "SEG-7050", kind: "sum", total: "7050", parts: ["7045", "7047"] },
    { id: "SEG-7060", kind: "sum", total: "7060", parts: ["7040", "7050"], printed: "add lines 4 and 5" },
    {
      id: "SEG-7180",
      kind: "sum",
      total: "7180",
      parts: ["7070", "7080", "7090", "7100", "7110", "7120", "7130", "7132", "7133", "7140", "7150", "7160", "7170"],
      printed: "add lines 7 through 12",
    },
    {
      id: "SEG-7190",
      kind: "difference",
      total: "7190",
      minuend: "7180",
      subtrahend: "7060",
      printed: "subtract line 6 from line 13",
    },
    { id: "SEG-7190-deficiency", kind: "non-negative", code: "7190" },
  ],
};
