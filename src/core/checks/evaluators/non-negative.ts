import { deficiency, targetShortfall } from "../messages";
import { fromCents } from "../money";
import type { Evaluator, RuleOf } from "./types";

/**
 * An excess line below zero is a deficiency (or a shortfall against the management target): a
 * warning, not broken arithmetic. The tolerance does not apply: it forgives rounding in arithmetic,
 * and a deficiency of any size is something the accountant must see.
 */
export const evaluateNonNegative: Evaluator<RuleOf<"non-negative">> = ({ rule, target, ref }) => {
  if (target.cents >= 0) return null;
  const reported = fromCents(target.cents);
  const message =
    rule.meaning === "target-shortfall"
      ? targetShortfall(ref(target.code), reported)
      : deficiency(ref(target.code), reported);
  return { severity: "warning", expectedCents: 0, message };
};
