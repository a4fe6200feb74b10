import { greaterOfMismatch } from "../messages";
import { fromCents } from "../money";
import { beyondTolerance, type Evaluator, type RuleOf } from "./types";

/** total = MAX(parts): "Greater of amount required … or line 6". */
export const evaluateGreaterOf: Evaluator<RuleOf<"greater-of">> = ({ target, inputs, toleranceCents, ref }) => {
  if (inputs.length === 0) return null;
  const expected = Math.max(...inputs.map((p) => p.cents));
  if (!beyondTolerance(target.cents, expected, toleranceCents)) return null;
  const message = greaterOfMismatch(
    ref(target.code),
    inputs.map((p) => ref(p.code)),
    fromCents(target.cents),
    fromCents(expected),
    fromCents(target.cents - expected),
  );
  return { severity: "error", expectedCents: expected, message };
};
