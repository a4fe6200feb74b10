export { checkFiling, type CheckOptions } from "./check-filing";
export {
  evaluators,
  type Evaluator,
  type EvaluatorRegistry,
  type RuleContext,
  type RuleOf,
  type Verdict,
} from "./evaluators";
export { formatMoney, readTolerance, type ToleranceRead } from "./money";
export { assurance, isUnchecked, isUnread, type Assurance, type CheckedFiling } from "./trust";
