export { checkFiling, type CheckOptions } from "./check-filing";
export {
  evaluators,
  type Evaluator,
  type EvaluatorRegistry,
  type Resolved,
  type RuleOf,
  type Verdict,
} from "./evaluators";
export { formatMoney } from "./money";
export { statementRules } from "./statement-rules";
export { assurance, isUnchecked, isUnread, type Assurance, type CheckedFiling } from "./trust";
