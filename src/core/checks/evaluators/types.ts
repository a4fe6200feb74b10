import type { Rule } from "../../forms";
import type { Severity } from "../../model";
import type { Figure } from "../figures";
import type { LineRef } from "../line-refs";

export type RuleOf<K extends Rule["kind"]> = Extract<Rule, { kind: K }>;

/** A rule whose figures were all found: what an evaluator gets. */
export interface Resolved<R extends Rule> {
  readonly rule: R;
  /** The figure the rule flags (`ruleTarget`). */
  readonly target: Figure;
  /** The figures of `ruleInputs(rule)`, in that order. */
  readonly inputs: readonly Figure[];
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

/** Evaluates one kind of rule; null when it holds. Pure: no I/O, no throwing. */
export type Evaluator<R extends Rule> = (resolved: Resolved<R>) => Verdict | null;

/** One evaluator per rule kind; a new kind in the schema is a type error here until it has one. */
export type EvaluatorRegistry = { readonly [K in Rule["kind"]]: Evaluator<RuleOf<K>> };

/** Arithmetic is broken only beyond the tolerance: a difference equal to it passes. */
export function beyondTolerance(reportedCents: number, expectedCents: number, toleranceCents: number): boolean {
  return Math.abs(reportedCents - expectedCents) > toleranceCents;
}
