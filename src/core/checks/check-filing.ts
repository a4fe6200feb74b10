import { originText, statementRules, unsettledLines, unusedInstructions, type UnsettledLine } from "../derive";
import { ruleInputs, ruleTarget, type Rule } from "../forms";
import type { Filing, Finding, Statement, UnreadFigure } from "../model";
import { evaluators, type Evaluator, type RuleContext } from "./evaluators";
import { indexFigures, type Figure, type StatementFigures } from "./figures";
import { lineOrder, lineRef, type LineRef } from "./line-refs";
import {
  conflictingFigure,
  instructionNotChecked,
  notEvaluated,
  unreadFigure,
  unsettledLineNotChecked,
} from "./messages";
import { fromCents, toleranceCents } from "./money";

export interface CheckOptions {
  /**
   * Dollars a figure may differ from its arithmetic before it is flagged (default 0); a difference equal to it passes.
   */
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
  const statements = filing.statements;
  const figures = indexFigures(filing);
  const tolerance = toleranceCents(options.tolerance);
  const unread = unreadCodes(statements);
  const findings: Finding[] = [];
  // Counted loops here and per statement: a check runs a few times per filing, too few for the engine to
  // optimise away what a for-of or a callback allocates.
  for (let i = 0; i < statements.length; i++) checkStatement(statements[i]!, figures[i]!, tolerance, unread, findings);
  return findings;
}

/** Codes printed with a figure that could not be read: a rule that needs one is not merely incomplete. */
function unreadCodes(statements: readonly Statement[]): ReadonlySet<string> {
  let codes: Set<string> | undefined;
  for (let i = 0; i < statements.length; i++) {
    // Most statements have no unread figures, and no list of them to walk.
    const figures = statements[i]!.unread;
    if (figures)
      for (const figure of figures)
        if (figure.reason === "unreadable" && figure.code) (codes ??= new Set()).add(figure.code);
  }
  return codes ?? NO_CODES;
}

const NO_CODES: ReadonlySet<string> = new Set();

/**
 * A statement's findings, added to the filing's: every printed figure not read, then every rule, in
 * the form's line order; a finding that two rules give alike (the catalog's and the text's) is
 * reported once.
 */
function checkStatement(
  statement: Statement,
  figures: StatementFigures,
  tolerance: number,
  unread: ReadonlySet<string>,
  into: Finding[],
): void {
  const applicable = statementRules(statement);
  const form = applicable?.form;
  const rules = applicable?.rules ?? [];
  const ref = (code: string): LineRef =>
    form ? lineRef(code, figures.find(code), form, statement) : bareRef(code, statement);
  const context: RuleContext = { figures, toleranceCents: tolerance, ref };
  const items: { readonly order: number; readonly finding: Finding }[] = [];
  const add = (code: string, finding: Finding | null): void => {
    if (finding) items.push({ order: form ? lineOrder(form, code) : 0, finding });
  };
  if (statement.unread) for (const figure of statement.unread) add(figure.code ?? "", unreadFinding(figure, statement));
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    add(ruleTarget(rule), checkRule(rule, statement, context, unread));
  }
  // A statement checked by its own text alone: a total whose printed instruction gave no rule is
  // unchecked, and so is a line whose total is not known.
  if (statement.version === null) {
    const unused = unusedInstructions(statement);
    if (unused.length > 0) {
      // (A floor under an excess line checks its sign, not its arithmetic.)
      const checked = new Set(rules.flatMap((r) => (r.kind === "non-negative" ? [] : [ruleTarget(r)])));
      for (const instruction of unused)
        if (!checked.has(instruction.code)) add(instruction.code, instructionUnchecked(instruction, statement, ref));
    }
    for (const line of unsettledLines(statement)) add(line.code, lineUnchecked(line, statement));
  }
  // Most statements of most filings tie out: nothing to order or to tell apart.
  if (items.length === 0) return;
  // The sort is stable: findings on one line keep the order they were made in.
  items.sort((a, b) => a.order - b.order);
  const said = new Set<string>();
  for (const { finding } of items) {
    const key = [finding.severity, finding.kind, finding.code, finding.expected, [...finding.components].sort()].join(
      "|",
    );
    if (said.has(key)) continue;
    said.add(key);
    into.push(finding);
  }
}

/** How a message names a figure of a statement with no form at all (no rule applies to it). */
function bareRef(code: string, statement: Statement): LineRef {
  const line = statement.lines.find((l) => l.code === code);
  return { code, line: line?.line ?? "", label: line?.label ?? "", elsewhere: null };
}

/** A printed figure not read is an error on its code: no clean result can rest on it. */
function unreadFinding(figure: UnreadFigure, statement: Statement): Finding {
  const conflict = figure.reason === "conflicting";
  const code = figure.code ?? figure.line;
  return {
    severity: "error",
    rule: `${conflict ? "CONFLICT" : "UNREAD"}-${code}`,
    kind: conflict ? "conflicting-figure" : "unread-figure",
    code,
    statement: statement.kind,
    reported: figure.kept?.value ?? 0,
    expected: null,
    difference: null,
    message: conflict ? conflictingFigure(figure) : unreadFigure(figure),
    components: [],
    sourceLine: figure.sourceLine,
  };
}

function instructionUnchecked(
  unused: ReturnType<typeof unusedInstructions>[number],
  statement: Statement,
  ref: (code: string) => LineRef,
): Finding {
  return {
    severity: "info",
    rule: `DRV-${unused.code}`,
    kind: unused.ruleKind,
    code: unused.code,
    statement: statement.kind,
    reported: unused.line.value,
    expected: null,
    difference: null,
    message: instructionNotChecked(ref(unused.code), unused),
    components: [],
    sourceLine: unused.line.sourceLine,
    missing: [],
  };
}

function lineUnchecked(line: UnsettledLine, statement: Statement): Finding {
  return {
    severity: "info",
    rule: `DRV-${line.code}`,
    kind: "sum",
    code: line.code,
    statement: statement.kind,
    reported: line.line.value,
    expected: null,
    difference: null,
    message: unsettledLineNotChecked(line),
    components: [],
    sourceLine: line.line.sourceLine,
    missing: [],
  };
}

function checkRule(
  rule: Rule,
  statement: Statement,
  context: RuleContext,
  unread: ReadonlySet<string>,
): Finding | null {
  const figures = context.figures;
  const targetCode = ruleTarget(rule);
  const found = figures.has(targetCode);
  // A statement printed without codes prints only some of its form's lines: a total it never printed is not asked for.
  if (!found && figures.matched) return null;
  const codes = ruleInputs(rule);
  // Made only when a figure is missing: most rules of most filings find every one.
  let missing: string[] | undefined = found ? undefined : [targetCode];
  for (let i = 0; i < codes.length; i++) if (!figures.has(codes[i]!)) (missing ??= []).push(codes[i]!);
  if (missing) return unevaluated(rule, codes, statement, figures.find(targetCode), missing, context.ref, unread);
  // TypeScript cannot correlate `rule.kind` with the registry entry's parameter; the registry's
  // mapped type is what guarantees each kind gets its own evaluator.
  const evaluator = evaluators[rule.kind] as Evaluator<Rule>;
  const verdict = evaluator(rule, context);
  if (!verdict) return null;
  const target = figures.find(targetCode)!;
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
    components: codes,
    sourceLine: target.line.sourceLine,
  };
}

/**
 * Nothing is silently unchecked: a rule missing a figure says so — as `info` when the figure is
 * absent from a partial copy, as an `error` when the text prints it and it could not be read.
 */
function unevaluated(
  rule: Rule,
  codes: readonly string[],
  statement: Statement,
  target: Figure | undefined,
  missing: readonly string[],
  ref: (code: string) => LineRef,
  unread: ReadonlySet<string>,
): Finding {
  const code = ruleTarget(rule);
  const notRead = missing.filter((m) => unread.has(m));
  return {
    severity: notRead.length ? "error" : "info",
    rule: rule.id,
    kind: rule.kind,
    code,
    statement: target?.statement.kind ?? statement.kind,
    reported: target?.value ?? 0,
    expected: null,
    difference: null,
    message: notEvaluated(ref(code), rule.kind, missing.map(ref), notRead),
    components: codes,
    sourceLine: target?.line.sourceLine ?? statement.sourceLine,
    missing,
  };
}
