import { formatMoney, statementRules } from "../core";
import type { CoverPage, ResidualTarget } from "../core";
import { isPercentageChoice, TARGET_STATEMENT_LABEL } from "../core";
import type { Filing, Finding, Severity, Statement } from "../core";
import type { CheckedFiling, CheckRun, SourcedDiagnostic } from "./check-run";

/**
 * The short human report of `check`: per filing its header, statements and findings; then
 * diagnostics and a verdict.
 */
export function reportText(run: CheckRun): string {
  const several = run.inputs > 1;
  const blocks = run.filings.map((f) => filingBlock(f, several));
  if (run.diagnostics.length > 0) blocks.push(diagnosticsBlock(run.diagnostics, several));
  blocks.push(verdict(run));
  return `${blocks.join("\n\n")}\n`;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function filingBlock({ source, filing, findings }: CheckedFiling, several: boolean): string {
  const cover = filing.cover ? [coverTargets(filing.cover)] : [];
  return [
    ...header(filing, several ? source : undefined),
    ...cover,
    ...statements(filing.statements),
    ...findingLines(findings, filing.complete),
  ].join("\n");
}

/**
 * "Targets (Cover Page): Segregation minimum $60,000 · Secured Amounts 1.5% to 3% · …": what the
 * management-target lines compare with.
 */
function coverTargets(cover: CoverPage): string {
  const list = cover.targets.map((t) => `${TARGET_STATEMENT_LABEL[t.statement]} ${targetFigures(t)}`);
  return `  Targets (Cover Page): ${list.length ? list.join(" · ") : "none read"}`;
}

function targetFigures({ choice, values }: ResidualTarget): string {
  if (choice === null) return "none filled in";
  const shown = values.map((v) => (isPercentageChoice(choice) ? `${v}%` : `$${formatMoney(v)}`));
  return choice === "minimum-dollar" || choice === "minimum-percentage" ? `minimum ${shown[0]}` : shown.join(" to ");
}

function header(f: Filing, source: string | undefined): string[] {
  const form = `${f.form ?? "(form not given)"}${f.amendment ? ", amendment" : ""}`;
  const title = `${f.firm ?? "(firm not given)"} — ${form}`;
  const dates = [`end date ${f.endDate ?? "not given"}`, `submitted ${f.submitDate ?? "not given"}`];
  if (source !== undefined) dates.push(`from ${source}`);
  if (!f.complete) dates.push("INCOMPLETE");
  return [title, `  ${dates.join(" · ")}`];
}

function statements(list: readonly Statement[]): string[] {
  if (list.length === 0) return ["  No statements"];
  const width = Math.max(...list.map((s) => s.title.length));
  const rows = list.map((s) => {
    const count = plural(s.lines.length, "figure");
    const gaps = s.complete
      ? ""
      : `  incomplete: ${s.missing.length ? s.missing.map((c) => `[${c}]`).join(", ") : "lines"} missing`;
    const unknown = s.version === null ? `  (layout not in the catalog: ${unknownChecks(s)})` : "";
    return `    ${s.title.padEnd(width)}  ${count.padStart(11)}${gaps}${unknown}`;
  });
  return ["  Statements", ...rows];
}

/** What checks a statement whose layout Tieout was never taught: the arithmetic it prints, if any. */
function unknownChecks(statement: Statement): string {
  const rules = statementRules(statement)?.rules.length ?? 0;
  return rules === 0
    ? "no printed arithmetic, not checked"
    : `checked by ${plural(rules, "rule")} read from its printed text`;
}

const order: readonly Severity[] = ["error", "warning", "info"];
const severityWords: Readonly<Record<Severity, readonly [string, string]>> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["info", "info"],
};

function counts(findings: readonly Finding[]): string {
  return order
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => plural(n, ...severityWords[s]))
    .join(", ");
}

function findingLines(findings: readonly Finding[], complete: boolean): string[] {
  // "Every total ties" is said only of a copy whose every printed figure was read and checked.
  if (findings.length === 0)
    return [complete ? "  Findings: none, every total ties" : "  Findings: none, but the copy is incomplete"];
  const rows = findings.map(
    (f) => `    ${f.severity.padEnd(7)}  [${f.code}]  ${f.message}  (text line ${f.sourceLine})`,
  );
  return [`  Findings: ${counts(findings)}`, ...rows];
}

function diagnosticsBlock(diagnostics: readonly SourcedDiagnostic[], several: boolean): string {
  const rows = diagnostics.map((d) => {
    const where = `${several ? `${d.source}:` : ""}${d.line > 0 ? `line ${d.line}` : "input"}`;
    const text = d.text.trim() ? `\n      | ${d.text.trim()}` : "";
    return `  ${d.severity.padEnd(7)}  ${where} (${d.code}): ${d.message}${text}`;
  });
  return ["Diagnostics", ...rows].join("\n");
}

function verdict(run: CheckRun): string {
  const all = run.filings.flatMap((f) => f.findings);
  const tolerance = `tolerance ${formatMoney(run.tolerance)}`;
  if (run.filings.length === 0) return `No filing could be read (${tolerance}).`;
  const what = counts(all) || "no findings";
  const unread = run.unreadable.length > 0 ? `; ${plural(run.unreadable.length, "input")} without a filing` : "";
  return `Checked ${plural(run.filings.length, "filing")}: ${what}${unread} (${tolerance}).`;
}
