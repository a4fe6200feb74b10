import { tieMismatch } from "../messages";
import { fromCents } from "../money";
import { beyondTolerance, type Evaluator, type RuleOf } from "./types";

/** A figure carried from another line (or statement) must equal it; an observation carries `info`. */
export const evaluateTie: Evaluator<RuleOf<"tie">> = ({ rule, target, inputs, toleranceCents, ref }) => {
  const [other] = inputs;
  if (!other || !beyondTolerance(target.cents, other.cents, toleranceCents)) return null;
  const message = tieMismatch(
    ref(target.code),
    ref(other.code),
    fromCents(target.cents),
    fromCents(other.cents),
    fromCents(target.cents - other.cents),
  );
  return { severity: rule.severity, expectedCents: other.cents, message };
};
