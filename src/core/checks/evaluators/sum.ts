import { sumMismatch } from "../messages";
import { fromCents } from "../money";
import { beyondTolerance, type Evaluator, type RuleOf } from "./types";

/** total = Σ parts; each part carries its own sign, so a "Less:" line is simply added. */
export const evaluateSum: Evaluator<RuleOf<"sum">> = ({ rule, target, inputs, toleranceCents, ref }) => {
  const expected = inputs.reduce((total, part) => total + part.cents, 0);
  if (!beyondTolerance(target.cents, expected, toleranceCents)) return null;
  const message = sumMismatch(
    ref(target.code),
    inputs.map((p) => ref(p.code)),
    rule.printed,
    fromCents(target.cents),
    fromCents(expected),
    fromCents(target.cents - expected),
  );
  return { severity: "error", expectedCents: expected, message };
};
