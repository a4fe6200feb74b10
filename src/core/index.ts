/**
 * The core's one front door. Adapters (Office.js writer, .xlsx writer), the task pane and the CLI
 * import from here only; what is not re-exported here is the core's own business.
 *
 * @example
 * const { filings, diagnostics } = parseInput(text, { fileName: "filing.txt" });
 * const findings = filings.map((f) => checkFiling(f, { tolerance: 0 }));
 * const plan = layoutWorkbook({ filings, findings, diagnostics, sourceName: "filing.txt", tolerance: 0 });
 */
export type * from "./model";
export type * from "./plan";
export type { CoverPage, ResidualTarget, TargetChoice, TargetStatement } from "./parse/cover-page";
export * from "./input";
export {
  assurance,
  checkFiling,
  formatMoney,
  isUnchecked,
  isUnread,
  readTolerance,
  type Assurance,
  type CheckOptions,
  type ToleranceRead,
} from "./checks";
export { statementRules } from "./derive";
export * from "./layout";
export { columnLetters } from "./layout/address";
