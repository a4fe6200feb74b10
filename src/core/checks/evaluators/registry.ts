import { evaluateDifference } from "./difference";
import { evaluateGreaterOf } from "./greater-of";
import { evaluateNonNegative } from "./non-negative";
import { evaluateSum } from "./sum";
import { evaluateTie } from "./tie";
import type { EvaluatorRegistry } from "./types";

/** Rule kind → evaluator. New kinds (e.g. derived or target rules) slot in here. */
export const evaluators: EvaluatorRegistry = {
  sum: evaluateSum,
  difference: evaluateDifference,
  tie: evaluateTie,
  "non-negative": evaluateNonNegative,
  "greater-of": evaluateGreaterOf,
};
