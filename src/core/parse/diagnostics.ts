import type { Diagnostic, DiagnosticCode, Severity } from "../model";
import type { SourceLine } from "./normalize";

export function diagnostic(code: DiagnosticCode, severity: Severity, source: SourceLine, message: string): Diagnostic {
  return { code, severity, line: source.number, text: source.raw, message };
}

/** A diagnostic about the input as a whole. */
export function inputDiagnostic(code: DiagnosticCode, message: string): Diagnostic {
  return { code, severity: "error", line: 0, text: "", message };
}
