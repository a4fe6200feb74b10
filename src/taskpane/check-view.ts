import { assurance, checkFiling, isUnchecked, isUnread } from "../core";
import { parseInput } from "../core";
import { layoutWorkbook, type LayoutInput } from "../core";
import type { Diagnostic, Filing, Finding, Severity } from "../core";
import type { WorkbookPlan } from "../core";
import { amendmentViews, type AmendmentView } from "./change-view";
import { workbookFileName } from "./download-xlsx";
import { importIdentity, summarizeFiling, type FilingSummary, findingName, numberedLabel } from "./pane-model";
import { accountingMessage } from "./pane-messages";

export interface FindingRow {
  readonly severity: Severity;
  readonly code: string;
  readonly rule: string;
  /** The core's sentence, its negative figures written "(100)". */
  readonly message: string;
  /** Input line of the figure. */
  readonly line: number;
  /** The workbook name of its cell; null when the figure is missing. */
  readonly name: string | null;
  /** "Filing 2, Secured Amounts": which filing and statement the figure is in. */
  readonly where: string;
}

/** Findings of one statement of one filing, in the order the checks gave them. */
export interface StatementFindings {
  readonly title: string;
  readonly findings: readonly FindingRow[];
}

/** A filing with findings: numbered as in the filing list ("2. Firm · 2013-06-18"). */
export interface FilingFindings {
  readonly label: string;
  readonly statements: readonly StatementFindings[];
}

export interface DiagnosticRow {
  readonly severity: Severity;
  readonly code: string;
  /** 0 = about the input as a whole. */
  readonly line: number;
  readonly message: string;
  /** The input line as it was, markup included: shown as text, never as HTML. */
  readonly text: string;
}

export interface CheckView {
  readonly tone: "ok" | "warning" | "error";
  readonly headline: string;
  readonly filings: readonly FilingSummary[];
  /** Every finding, filing by filing and statement by statement. */
  readonly findings: readonly FindingRow[];
  /** The same findings grouped; filings without any are left out (`clean` counts them). */
  readonly groups: readonly FilingFindings[];
  readonly clean: number;
  /** What each amendment changed against its initial filing, where both were checked together. */
  readonly amendments: readonly AmendmentView[];
  readonly diagnostics: readonly DiagnosticRow[];
  /** The workbook to import or download; null when no filing was read. */
  readonly plan: WorkbookPlan | null;
  readonly identity: { readonly key: string; readonly label: string } | null;
  readonly sourceName: string;
  /** `firm-enddate[-amendment].xlsx`. */
  readonly fileName: string;
}

export interface PaneInput {
  /** Pasted text, or a file's text as the input gate read it. */
  readonly text: string;
  /** The file it came from; "pasted text" when typed or pasted. */
  readonly sourceName: string;
}

/** One filing checked: which, of how many, and its label. */
export interface CheckStep {
  readonly done: number;
  readonly total: number;
  readonly label: string;
}

const count = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/**
 * Parse + checks + layout for the pane, as data the DOM code only renders, yielding after each filing
 * is checked so the pane can show how far it has got. Never throws: unreadable input is a view with
 * its reason as the headline.
 */
export function* checkSteps(input: PaneInput, tolerance: number): Generator<CheckStep, CheckView, void> {
  const parsed = parseInput(input.text);
  const diagnostics = parsed.diagnostics.map(diagnosticRow);
  const { filings } = parsed;
  if (filings.length === 0) {
    const whole = parsed.diagnostics.find((d) => d.line === 0) ?? parsed.diagnostics[0];
    return emptyView(whole?.message ?? "No filing was found in this text.", diagnostics, input.sourceName);
  }
  const findings: (readonly Finding[])[] = [];
  for (const [i, filing] of filings.entries()) {
    findings.push(checkFiling(filing, { tolerance }));
    yield { done: i + 1, total: filings.length, label: numberedLabel(filing, i) };
  }
  const layout: LayoutInput = {
    filings,
    findings,
    sourceName: input.sourceName,
    tolerance,
    diagnostics: parsed.diagnostics,
  };
  const plan = layoutWorkbook(layout);
  const groups = filings.map((filing, i) => groupOf(filing, i, findings[i]!, plan));
  const rows = groups.flatMap((g) => g.statements.flatMap((s) => s.findings));
  return {
    ...verdict(filings, findings, parsed.diagnostics),
    filings: filings.map(summarizeFiling),
    findings: rows,
    groups: groups.filter((g) => g.statements.length > 0),
    clean: groups.filter((g) => g.statements.length === 0).length,
    amendments: amendmentViews(filings),
    diagnostics,
    plan,
    identity: importIdentity(filings),
    sourceName: input.sourceName,
    fileName: workbookFileName(filings),
  };
}

/**
 * checkSteps run to its end at once.
 *
 * @example checkPaneInput({ text, sourceName: "seg.txt" }, 0).findings
 */
export function checkPaneInput(input: PaneInput, tolerance: number): CheckView {
  const steps = checkSteps(input, tolerance);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

function groupOf(filing: Filing, index: number, findings: readonly Finding[], plan: WorkbookPlan): FilingFindings {
  const titleOf = (f: Finding): string =>
    filing.statements.find((s) => s.kind === f.statement)?.title ?? "Statement not named";
  const titles = [...new Set(findings.map(titleOf))];
  return {
    label: numberedLabel(filing, index),
    statements: titles.map((title) => ({
      title,
      findings: findings
        .filter((f) => titleOf(f) === title)
        .map((f): FindingRow => ({
          severity: f.severity,
          code: f.code,
          rule: f.rule,
          message: accountingMessage(f.message, [f.reported, f.expected, f.difference]),
          line: f.sourceLine,
          name: findingName(plan, f, index),
          where: `Filing ${index + 1}, ${title}`,
        })),
    })),
  };
}

function emptyView(headline: string, diagnostics: readonly DiagnosticRow[], sourceName: string): CheckView {
  return {
    tone: "error",
    headline,
    filings: [],
    findings: [],
    groups: [],
    clean: 0,
    amendments: [],
    diagnostics,
    plan: null,
    identity: null,
    sourceName,
    fileName: "tieout.xlsx",
  };
}

function diagnosticRow(d: Diagnostic): DiagnosticRow {
  return { severity: d.severity, code: d.code, line: d.line, message: d.message, text: d.text };
}

/**
 * The headline follows the one rule for trust: "ties" only when every printed figure was read and
 * every total checked; a figure not read, or a total left unchecked, is said before anything else.
 */
function verdict(
  filings: readonly Filing[],
  findings: readonly (readonly Finding[])[],
  diagnostics: readonly Diagnostic[],
): Pick<CheckView, "tone" | "headline"> {
  const statements = filings.reduce((n, f) => n + f.statements.length, 0);
  const read = `Read ${count(filings.length, "filing")} with ${count(statements, "statement")}`;
  const all = findings.flat();
  const errors = all.filter((f) => f.severity === "error");
  const notRead = errors.filter(isUnread).length;
  const broken = errors.filter((f) => !isUnread(f) && !isUnchecked(f)).length;
  const unchecked = all.filter(isUnchecked).length;
  const warnings = all.filter((f) => f.severity === "warning").length;
  const problems = diagnostics.filter((d) => d.severity !== "info").length;
  const unread = problems ? `; ${count(problems, "line")} could not be read as expected (see Diagnostics)` : "";
  const said = [
    ...(notRead ? [`${count(notRead, "printed figure")} could not be read`] : []),
    ...(broken ? [`${count(broken, "figure")} ${broken === 1 ? "does" : "do"} not tie`] : []),
    ...(unchecked ? [`${count(unchecked, "total")} could not be checked`] : []),
    ...(warnings ? [count(warnings, "warning")] : []),
  ];
  const trust = assurance(filings.map((filing, i) => ({ filing, findings: findings[i] ?? [] })));
  if (trust.kind === "failed") return { tone: "error", headline: `${read}: ${said.join(", ")}${unread}.` };
  if (trust.kind === "unchecked") {
    const parts = [...(said.length ? [said.join(", ")] : []), ...(trust.incomplete ? ["the copy is incomplete"] : [])];
    const what = parts.length ? parts.join("; ") : "not every statement could be checked";
    return { tone: "warning", headline: `${read}: ${what}${unread}.` };
  }
  if (warnings)
    return { tone: "warning", headline: `${read}: every total ties, ${count(warnings, "warning")}${unread}.` };
  return { tone: problems ? "warning" : "ok", headline: `${read}: every printed total ties${unread}.` };
}

/** A file the input gate refused (empty, too large, binary): its reason as the view, nothing else. */
export function refusalView(diagnostic: Diagnostic, sourceName: string): CheckView {
  return emptyView(diagnostic.message, [diagnosticRow(diagnostic)], sourceName);
}
