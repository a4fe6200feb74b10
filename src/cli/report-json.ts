import type { Finding, ReportedLine, Statement } from "../core";
import type { CheckedFiling, CheckRun, SourcedDiagnostic } from "./check-run";

/**
 * The `check --json` contract (README, "Command line"): `{ filings: [...], diagnostics: [...] }`. Keys the contract
 * names come first, in its order; the rest are extras a consumer may ignore. `source` appears only
 * when several inputs were given.
 */
export function reportJson(run: CheckRun): string {
  const several = run.inputs > 1;
  const body = {
    filings: run.filings.map((f) => filingJson(f, several)),
    diagnostics: run.diagnostics.map((d) => diagnosticJson(d, several)),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

function filingJson({ source, filing: f, findings }: CheckedFiling, several: boolean) {
  return {
    ...(several ? { source } : {}),
    firm: f.firm,
    form: f.form,
    endDate: f.endDate,
    submitDate: f.submitDate,
    amendment: f.amendment,
    complete: f.complete,
    statements: f.statements.map(statementJson),
    findings: findings.map(findingJson),
    sourceLine: f.sourceLine,
    ...(f.nfaId ? { nfaId: f.nfaId } : {}),
  };
}

function statementJson(s: Statement) {
  return {
    kind: s.kind,
    title: s.title,
    lines: s.lines.map(lineJson),
    version: s.version,
    complete: s.complete,
    missing: s.missing,
    notes: s.notes,
    sourceLine: s.sourceLine,
    ...(s.scale ? { scale: s.scale } : {}),
    ...(s.rounding ? { rounding: s.rounding } : {}),
  };
}

function lineJson(l: ReportedLine) {
  return {
    line: l.line,
    label: l.label,
    code: l.code,
    value: l.value,
    sourceLine: l.sourceLine,
    section: l.section,
    raw: l.raw,
    ...(l.codeSource ? { codeSource: l.codeSource } : {}),
  };
}

function findingJson(f: Finding) {
  return {
    severity: f.severity,
    rule: f.rule,
    code: f.code,
    statement: f.statement,
    reported: f.reported,
    expected: f.expected,
    difference: f.difference,
    message: f.message,
    kind: f.kind,
    components: f.components,
    sourceLine: f.sourceLine,
    ...(f.missing ? { missing: f.missing } : {}),
  };
}

function diagnosticJson(d: SourcedDiagnostic, several: boolean) {
  return {
    line: d.line,
    text: d.text,
    message: d.message,
    code: d.code,
    severity: d.severity,
    ...(several ? { source: d.source } : {}),
  };
}
