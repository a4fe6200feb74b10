import { differenceMismatch } from "../messages";
import { fromCents } from "../money";
import { beyondTolerance, type Evaluator, type RuleOf } from "./types";

/** total = minuend − subtrahend ("subtract line 6 from line 13"). */
export const evaluateDifference: Evaluator<RuleOf<"difference">> = ({ target, inputs, toleranceCents, ref }) => {
  const [minuend, subtrahend] = inputs;
  if (!minuend || !subtrahend) return null;
  const expected = minuend.cents - subtrahend.cents;
  if (!beyondTolerance(target.cents, expected, toleranceCents)) return null;
  const message = differenceMismatch(
    ref(target.code),
    ref(minuend.code),
    ref(subtrahend.code),
    fromCents(target.cents),
    fromCents(expected),
    fromCents(target.cents - expected),
  );
  return { severity: "error", expectedCents: expected, message };
};
