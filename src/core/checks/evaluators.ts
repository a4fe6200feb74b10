import type { Rule } from "../forms";
import type { Severity } from "../model";
import type { Figure } from "./figures";
import type { LineRef } from "./line-refs";
import {
  deficiency,
  differenceMismatch,
  greaterOfMismatch,
  sumMismatch,
  targetShortfall,
  tieMismatch,
} from "./messages";
import { fromCents } from "./money";
import { roundingAllowanceCents, withinRounding } from "./rounding";

/**
 * One evaluator per kind of rule, and the registry that maps a kind to its evaluator. Each gets a
 * rule whose figures were all found and says, in cents, whether the arithmetic holds; the sentence
 * comes from ./messages.
 */

export type RuleOf<K extends Rule["kind"]> = Extract<Rule, { kind: K }>;

/**
 * What every rule of a statement is evaluated with. It is made once per statement: each rule's own
 * part (the rule, its target, its inputs) is passed on its own, so a rule that holds makes no object.
 */
export interface RuleContext {
  readonly toleranceCents: number;
  /** How messages name any code. */
  readonly ref: (code: string) => LineRef;
}

/** What an evaluator says about a rule that does not hold; `expectedCents` is what the arithmetic gives. */
export interface Verdict {
  readonly severity: Severity;
  readonly expectedCents: number;
  readonly message: string;
}

/**
 * Evaluates one kind of rule whose figures were all found: `target` is the figure the rule flags
 * (`ruleTarget`), `inputs` the figures of `ruleInputs(rule)` in that order. Null when it holds.
 * Pure: no I/O, no throwing.
 */
export type Evaluator<R extends Rule> = (
  rule: R,
  target: Figure,
  inputs: readonly Figure[],
  context: RuleContext,
) => Verdict | null;

/** One evaluator per rule kind; a new kind in the schema is a type error here until it has one. */
export type EvaluatorRegistry = { readonly [K in Rule["kind"]]: Evaluator<RuleOf<K>> };

/** Arithmetic is broken only beyond the tolerance: a difference equal to it passes. */
export function beyondTolerance(reportedCents: number, expectedCents: number, toleranceCents: number): boolean {
  return Math.abs(reportedCents - expectedCents) > toleranceCents;
}

/** total = Σ parts; each part carries its own sign, so a "Less:" line is simply added. */
export const evaluateSum: Evaluator<RuleOf<"sum">> = (rule, target, inputs, { toleranceCents, ref }) => {
  let expected = 0;
  for (let i = 0; i < inputs.length; i++) expected += inputs[i]!.cents;
  if (!beyondTolerance(target.cents, expected, toleranceCents)) return null;
  const message = sumMismatch(
    ref(target.code),
    inputs.map((p) => ref(p.code)),
    rule.printed,
    fromCents(target.cents),
    fromCents(expected),
    fromCents(target.cents - expected),
  );
  return roundedVerdict(target, inputs.length, expected, message);
};

/** total = minuend − subtrahend ("subtract line 6 from line 13"). */
export const evaluateDifference: Evaluator<RuleOf<"difference">> = (_rule, target, inputs, { toleranceCents, ref }) => {
  const minuend = inputs[0];
  const subtrahend = inputs[1];
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
  return roundedVerdict(target, 2, expected, message);
};

/**
 * A sum or difference of rounded figures that misses by no more than their rounding is `info` and
 * says what rounding was allowed; anything beyond it, or any miss among exact figures, is an error.
 */
function roundedVerdict(target: Figure, parts: number, expectedCents: number, message: string): Verdict {
  const allowance = roundingAllowanceCents(target, parts);
  if (allowance > 0 && Math.abs(target.cents - expectedCents) <= allowance)
    return {
      severity: "info",
      expectedCents,
      message: message + withinRounding(target.statement.rounding!, allowance, parts),
    };
  return { severity: "error", expectedCents, message };
}

/** total = MAX(parts): "Greater of amount required … or line 6". */
export const evaluateGreaterOf: Evaluator<RuleOf<"greater-of">> = (_rule, target, inputs, { toleranceCents, ref }) => {
  if (inputs.length === 0) return null;
  let expected = -Infinity;
  for (let i = 0; i < inputs.length; i++) expected = Math.max(expected, inputs[i]!.cents);
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

/** A figure carried from another line (or statement) must equal it; an observation carries `info`. */
export const evaluateTie: Evaluator<RuleOf<"tie">> = (rule, target, inputs, { toleranceCents, ref }) => {
  const other = inputs[0];
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

/**
 * An excess line below zero is a deficiency (or a shortfall against the management target): a
 * warning, not broken arithmetic. The tolerance does not apply: it forgives rounding in arithmetic,
 * and a deficiency of any size is something the accountant must see.
 */
export const evaluateNonNegative: Evaluator<RuleOf<"non-negative">> = (rule, target, _inputs, { ref }) => {
  if (target.cents >= 0) return null;
  const reported = fromCents(target.cents);
  const message =
    rule.meaning === "target-shortfall"
      ? targetShortfall(ref(target.code), reported)
      : deficiency(ref(target.code), reported);
  return { severity: "warning", expectedCents: 0, message };
};

/** Rule kind → evaluator. New kinds (e.g. derived or target rules) slot in here. */
export const evaluators: EvaluatorRegistry = {
  sum: evaluateSum,
  difference: evaluateDifference,
  tie: evaluateTie,
  "non-negative": evaluateNonNegative,
  "greater-of": evaluateGreaterOf,
};
