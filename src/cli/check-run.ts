import { assurance, checkFiling } from "../core";
import type { Diagnostic, Filing, Finding } from "../core";
import { parseInput } from "../core";
import type { ExitCode } from "./env";
import { STDIN_NAME, type Input } from "./io";

export interface CheckedFiling {
  /** The input it was read from (a file name, or "(stdin)"). */
  readonly source: string;
  readonly filing: Filing;
  readonly findings: readonly Finding[];
}

export interface SourcedDiagnostic extends Diagnostic {
  readonly source: string;
}

/** An input in which no filing could be found, and why. */
export interface Unreadable {
  readonly source: string;
  readonly reason: string;
}

export interface CheckRun {
  readonly filings: readonly CheckedFiling[];
  readonly diagnostics: readonly SourcedDiagnostic[];
  readonly unreadable: readonly Unreadable[];
  /** How many inputs were given: reports name sources only when there are several. */
  readonly inputs: number;
  readonly tolerance: number;
}

/** Why an input gave no filing: the parser's word on the input as a whole, when it has one. */
function reasonFor(diagnostics: readonly Diagnostic[]): string {
  const whole =
    diagnostics.find((d) => d.line === 0 && d.severity === "error") ?? diagnostics.find((d) => d.line === 0);
  return whole?.message ?? "no filing found";
}

/** Parses and checks each input; the filings of several inputs are concatenated in argument order. */
export function checkInputs(inputs: readonly Input[], tolerance: number): CheckRun {
  const filings: CheckedFiling[] = [];
  const diagnostics: SourcedDiagnostic[] = [];
  const unreadable: Unreadable[] = [];
  for (const input of inputs) {
    // The file name is only a hint (".htm" → a web page); the gate trusts the content over it.
    const parsed = parseInput(input.content, input.name === STDIN_NAME ? {} : { fileName: input.name });
    for (const filing of parsed.filings)
      filings.push({ source: input.name, filing, findings: checkFiling(filing, { tolerance }) });
    diagnostics.push(...parsed.diagnostics.map((d) => ({ ...d, source: input.name })));
    if (parsed.filings.length === 0) unreadable.push({ source: input.name, reason: reasonFor(parsed.diagnostics) });
  }
  return { filings, diagnostics, unreadable, inputs: inputs.length, tolerance };
}

/**
 * 2 when any input gave no filing (a run that checked less than it was asked to must not pass),
 * else 1 when any finding is an error (a figure that does not tie, or a printed figure not read),
 * else 3 when something was left unchecked (a copy cut short, a total no rule could check), else 0:
 * 0 only when every printed figure was read and every rule checked.
 */
export function exitCodeOf(run: CheckRun): ExitCode {
  if (run.unreadable.length > 0 || run.filings.length === 0) return 2;
  const verdict = assurance(run.filings);
  return verdict.kind === "failed" ? 1 : verdict.kind === "unchecked" ? 3 : 0;
}

/** The one line for stderr when the exit code is 2. */
export function unreadableReason(run: CheckRun): string | undefined {
  const [first, ...rest] = run.unreadable;
  if (!first) return run.filings.length === 0 ? "no filing found" : undefined;
  const more = rest.length > 0 ? ` (and ${rest.length} more input${rest.length > 1 ? "s" : ""} without a filing)` : "";
  return `${first.source}: ${first.reason}${more}`;
}
