import { originText, statementRules } from "../derive";
import { ruleInputs, ruleTarget, type Rule } from "../forms";
import type { Filing, Finding, Statement } from "../model";
import { evaluators, type Evaluator, type Resolved, type Verdict } from "./evaluators";
import { indexFigures, type Figure, type FigureIndex } from "./figures";
import { lineOrder, lineRef, type LineRef } from "./line-refs";
import { notEvaluated } from "./messages";
import { fromCents, toleranceCents } from "./money";

export interface CheckOptions {
  /** Dollars a figure may differ from its arithmetic before it is flagged (default 0); a difference equal to it passes. */
  readonly tolerance?: number;
}

/**
 * Checks every rule of every statement of a filing against the *reported* figures of its direct
 * components, so one wrong figure flags the one total that contains it and nothing downstream.
 * Findings come in statement order, then in the form's line order.
 *
 * @example
 * const findings = checkFiling(filing, { tolerance: 1 });
 * const broken = findings.filter((f) => f.severity === "error");
 */
export function checkFiling(filing: Filing, options: CheckOptions = {}): readonly Finding[] {
  const figures = indexFigures(filing);
  const tolerance = toleranceCents(options.tolerance);
  return filing.statements.flatMap((statement) => checkStatement(statement, figures, tolerance));
}

function checkStatement(statement: Statement, figures: FigureIndex, tolerance: number): Finding[] {
  const applicable = statementRules(statement);
  if (!applicable) return [];
  const { form, rules } = applicable;
  const ref = (code: string): LineRef => lineRef(code, figures.find(code, statement), form, statement);
  const ordered = rules
    .map((rule, index) => ({ rule, index, order: lineOrder(form, ruleTarget(rule)) }))
    .sort((a, b) => a.order - b.order || a.index - b.index);
  const findings: Finding[] = [];
  for (const { rule } of ordered) {
    const finding = checkRule(rule, statement, figures, tolerance, ref);
    if (finding) findings.push(finding);
  }
  return findings;
}

function checkRule(
  rule: Rule,
  statement: Statement,
  figures: FigureIndex,
  tolerance: number,
  ref: (code: string) => LineRef,
): Finding | null {
  const targetCode = ruleTarget(rule);
  const target = figures.find(targetCode, statement);
  const found = ruleInputs(rule).map((code) => ({ code, figure: figures.find(code, statement) }));
  const inputs = found.flatMap((f) => (f.figure ? [f.figure] : []));
  const missing = [...(target ? [] : [targetCode]), ...found.filter((f) => !f.figure).map((f) => f.code)];
  // A statement printed without codes prints only some of its form's lines: a total it never printed is not asked for.
  if (!target && statement.lines.some((l) => l.codeSource === "matched")) return null;
  if (!target || missing.length > 0) return unevaluated(rule, statement, target, missing, ref);
  const verdict = evaluate(rule, { target, inputs, toleranceCents: tolerance, ref });
  if (!verdict) return null;
  return {
    severity: verdict.severity,
    rule: rule.id,
    kind: rule.kind,
    code: targetCode,
    statement: target.statement.kind,
    reported: target.value,
    expected: fromCents(verdict.expectedCents),
    difference: fromCents(target.cents - verdict.expectedCents),
    // A rule read from the filing's own text says where it came from.
    message: verdict.message + originText(rule),
    components: ruleInputs(rule),
    sourceLine: target.line.sourceLine,
  };
}

function evaluate(rule: Rule, resolved: Omit<Resolved<Rule>, "rule">): Verdict | null {
  // TypeScript cannot correlate `rule.kind` with the registry entry's parameter; the registry's
  // mapped type is what guarantees each kind gets its own evaluator.
  const evaluator = evaluators[rule.kind] as Evaluator<Rule>;
  return evaluator({ ...resolved, rule });
}

/** Nothing is silently unchecked: a rule missing a figure says so, as `info`. */
function unevaluated(
  rule: Rule,
  statement: Statement,
  target: Figure | undefined,
  missing: readonly string[],
  ref: (code: string) => LineRef,
): Finding {
  const code = ruleTarget(rule);
  return {
    severity: "info",
    rule: rule.id,
    kind: rule.kind,
    code,
    statement: target?.statement.kind ?? statement.kind,
    reported: target?.value ?? 0,
    expected: null,
    difference: null,
    message: notEvaluated(ref(code), rule.kind, missing.map(ref)),
    components: ruleInputs(rule),
    sourceLine: target?.line.sourceLine ?? statement.sourceLine,
    missing,
  };
}
