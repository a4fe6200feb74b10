import type { Rule } from "../forms";
import type { Severity } from "../model";
import type { Figure, StatementFigures } from "./figures";
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
 * What every rule of a statement is evaluated with, made once per statement. A rule's arithmetic reads
 * the cents of the codes it names, so a rule that holds makes no object; a figure itself is asked for
 * only when a verdict needs it.
 */
export interface RuleContext {
  /** The statement's figures; every code the rule names (`ruleTarget`, `ruleInputs`) is printed. */
  readonly figures: StatementFigures;
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

/** Evaluates one kind of rule whose figures were all found; null when it holds. Pure: no I/O, no throwing. */
export type Evaluator<R extends Rule> = (rule: R, context: RuleContext) => Verdict | null;

/** One evaluator per rule kind; a new kind in the schema is a type error here until it has one. */
export type EvaluatorRegistry = { readonly [K in Rule["kind"]]: Evaluator<RuleOf<K>> };

/** Arithmetic is broken only beyond the tolerance: a difference equal to it passes. */
export function beyondTolerance(reportedCents: number, expectedCents: number, toleranceCents: number): boolean {
  return Math.abs(reportedCents - expectedCents) > toleranceCents;
}

/** total = Σ parts; each part carries its own sign, so a "Less:" line is simply added. */
export const evaluateSum: Evaluator<RuleOf<"sum">> = (rule, { figures, toleranceCents, ref }) => {
  const reported = figures.cents(rule.total);
  let expected = 0;
  for (let i = 0; i < rule.parts.length; i++) expected += figures.cents(rule.parts[i]!);
  if (!beyondTolerance(reported, expected, toleranceCents)) return null;
  const message = sumMismatch(
    ref(rule.total),
    rule.parts.map(ref),
    rule.printed,
    fromCents(reported),
    fromCents(expected),
    fromCents(reported - expected),
  );
  return roundedVerdict(figures.find(rule.total)!, rule.parts.length, expected, message);
};

/** total = minuend − subtrahend ("subtract line 6 from line 13"). */
export const evaluateDifference: Evaluator<RuleOf<"difference">> = (rule, { figures, toleranceCents, ref }) => {
  const reported = figures.cents(rule.total);
  const expected = figures.cents(rule.minuend) - figures.cents(rule.subtrahend);
  if (!beyondTolerance(reported, expected, toleranceCents)) return null;
  const message = differenceMismatch(
    ref(rule.total),
    ref(rule.minuend),
    ref(rule.subtrahend),
    fromCents(reported),
    fromCents(expected),
    fromCents(reported - expected),
  );
  return roundedVerdict(figures.find(rule.total)!, 2, expected, message);
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
export const evaluateGreaterOf: Evaluator<RuleOf<"greater-of">> = (rule, { figures, toleranceCents, ref }) => {
  if (rule.parts.length === 0) return null;
  const reported = figures.cents(rule.total);
  let expected = -Infinity;
  for (let i = 0; i < rule.parts.length; i++) expected = Math.max(expected, figures.cents(rule.parts[i]!));
  if (!beyondTolerance(reported, expected, toleranceCents)) return null;
  const message = greaterOfMismatch(
    ref(rule.total),
    rule.parts.map(ref),
    fromCents(reported),
    fromCents(expected),
    fromCents(reported - expected),
  );
  return { severity: "error", expectedCents: expected, message };
};

/** A figure carried from another line (or statement) must equal it; an observation carries `info`. */
export const evaluateTie: Evaluator<RuleOf<"tie">> = (rule, { figures, toleranceCents, ref }) => {
  const reported = figures.cents(rule.code);
  const other = figures.cents(rule.equals);
  if (!beyondTolerance(reported, other, toleranceCents)) return null;
  const message = tieMismatch(
    ref(rule.code),
    ref(rule.equals),
    fromCents(reported),
    fromCents(other),
    fromCents(reported - other),
  );
  return { severity: rule.severity, expectedCents: other, message };
};

/**
 * An excess line below zero is a deficiency (or a shortfall against the management target): a
 * warning, not broken arithmetic. The tolerance does not apply: it forgives rounding in arithmetic,
 * and a deficiency of any size is something the accountant must see.
 */
export const evaluateNonNegative: Evaluator<RuleOf<"non-negative">> = (rule, { figures, ref }) => {
  const cents = figures.cents(rule.code);
  if (cents >= 0) return null;
  const reported = fromCents(cents);
  const message =
    rule.meaning === "target-shortfall"
      ? targetShortfall(ref(rule.code), reported)
      : deficiency(ref(rule.code), reported);
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
