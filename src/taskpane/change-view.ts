import { amendmentChanges, type AmendedFigure, type ChangedCode, type Filing } from "../core";
import { accountingMoney, amendmentPairLine, figureNotPrinted, figureNotRead } from "./pane-messages";

/**
 * What each amendment changed, as the pane lists it: the core's `amendmentChanges` (the list the
 * Changes sheet is made from) put in the pane's words, grouped by statement as the findings are.
 */

export interface ChangeRow {
  readonly code: string;
  readonly label: string;
  /** Figures as the workbook shows them ("1,000", "(100)"), or why there is none. */
  readonly original: string;
  readonly amended: string;
  /** Amended − original, "(100)" when negative; null when either side has no figure. */
  readonly difference: string | null;
}

export interface StatementChanges {
  readonly title: string;
  readonly changes: readonly ChangeRow[];
}

/** One INITIAL filing and the AMENDMENT that replaces it. */
export interface AmendmentView {
  /** "Citigroup Global Markets Inc. · 2013-06-18". */
  readonly label: string;
  /** "Filing 10 amended by filing 32": where both are in the list of filings. */
  readonly filings: string;
  /** Empty when the amendment changed no figure. */
  readonly statements: readonly StatementChanges[];
}

export function amendmentViews(filings: readonly Filing[]): readonly AmendmentView[] {
  return amendmentChanges(filings).map((pair) => ({
    label: `${pair.firm ?? "Firm name not printed"} · ${pair.endDate}`,
    filings: amendmentPairLine(pair.original + 1, pair.amended + 1),
    statements: byStatement(pair.changes),
  }));
}

/** The changes cut where the statement changes: the core lists them statement by statement. */
function byStatement(changes: readonly ChangedCode[]): StatementChanges[] {
  const groups: { title: string; changes: ChangeRow[] }[] = [];
  changes.forEach((change, i) => {
    const previous = changes[i - 1];
    const same =
      previous?.amendedStatement === change.amendedStatement && previous.originalStatement === change.originalStatement;
    if (!same) groups.push({ title: change.title, changes: [] });
    groups[groups.length - 1]!.changes.push(changeRow(change));
  });
  return groups;
}

function changeRow(change: ChangedCode): ChangeRow {
  return {
    code: change.code,
    label: change.label,
    original: figureText(change.original),
    amended: figureText(change.amended),
    difference: change.difference === null ? null : accountingMoney(change.difference),
  };
}

function figureText(figure: AmendedFigure): string {
  if (figure.kind === "figure") return accountingMoney(figure.value);
  return figure.kind === "not-read" ? figureNotRead(figure.raw) : figureNotPrinted;
}
