import type { Filing, Finding } from "../model";
import { statementRules } from "../derive";

/**
 * The one rule for trust: a result is clean — exit status 0, "every total ties" — only when every
 * figure the text prints was read and every rule was checked. A figure printed and not read (or a
 * code printed with two figures) is an `error` finding, so it fails; a copy the text cut short, or a
 * total no rule could check, is unchecked: not a failure, never clean.
 */
export type Assurance =
  | { readonly kind: "clean" }
  | { readonly kind: "unchecked"; readonly unchecked: number; readonly incomplete: number }
  | { readonly kind: "failed"; readonly errors: number };

export interface CheckedFiling {
  readonly filing: Filing;
  readonly findings: readonly Finding[];
}

/** A finding that says a rule could not be evaluated (a figure it needs is absent or not read). */
export const isUnchecked = (finding: Finding): boolean => finding.missing !== undefined;

/** A printed figure not read, or printed twice with different figures. */
export const isUnread = (finding: Finding): boolean =>
  finding.kind === "unread-figure" || finding.kind === "conflicting-figure";

export function assurance(checked: readonly CheckedFiling[]): Assurance {
  const findings = checked.flatMap((c) => c.findings);
  const errors = findings.filter((f) => f.severity === "error").length;
  if (errors > 0) return { kind: "failed", errors };
  const unchecked = findings.filter(isUnchecked).length;
  // A statement with no rule at all (a layout Tieout does not know that prints no arithmetic) is unchecked too.
  const bare = checked.flatMap((c) => c.filing.statements).filter((s) => !statementRules(s)?.rules.length).length;
  const incomplete = checked.filter((c) => !c.filing.complete).length;
  if (unchecked + bare + incomplete > 0) return { kind: "unchecked", unchecked: unchecked + bare, incomplete };
  return { kind: "clean" };
}
