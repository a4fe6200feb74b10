import type { Filing } from "../core";

export interface StatementSummary {
  readonly title: string;
  /** Figures read (coded and uncoded). */
  readonly values: number;
  readonly complete: boolean;
}

/** A filing's header and statements as the pane lists them. */
export interface FilingSummary {
  readonly firm: string;
  /** [label, value] in display order. */
  readonly fields: readonly (readonly [string, string])[];
  readonly statements: readonly StatementSummary[];
  readonly values: number;
}

const orNot = (value: string | null): string => value ?? "not printed";

export function summarizeFiling(filing: Filing): FilingSummary {
  const statements = filing.statements.map((s) => ({ title: s.title, values: s.lines.length, complete: s.complete }));
  return {
    firm: filing.firm ?? "Firm name not printed",
    fields: [
      ["Form", orNot(filing.form)],
      ["End date", orNot(filing.endDate)],
      ["Submit date", orNot(filing.submitDate)],
      ["Amendment", filing.amendment ? "Yes" : "No"],
      ["Complete", filing.complete ? "Yes" : "No: the text ends before some lines (see Diagnostics)"],
    ],
    statements,
    values: statements.reduce((n, s) => n + s.values, 0),
  };
}
