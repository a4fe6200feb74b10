import { derivedForm, deriveRules, selectRules } from "../derive";
import { formByVersion, type Rule, type StatementForm } from "../forms";
import type { Statement } from "../model";

/** The rules that apply to one statement, and the form they come from. */
export interface StatementRules {
  readonly form: StatementForm;
  readonly rules: readonly Rule[];
}

/**
 * The catalog form named by the statement's version, with its rules; where an unconfirmed catalog
 * rule disagrees with the statement's printed instruction, the printed one (src/core/derive). A
 * statement the catalog does not know is checked by the rules read from its own text alone.
 */
export function statementRules(statement: Statement): StatementRules | undefined {
  const form = statement.version === null ? undefined : formByVersion(statement.version);
  const derived = deriveRules(statement);
  if (form) return { form, rules: selectRules(form.rules, derived) };
  return derived.length ? { form: derivedForm(statement, derived), rules: derived } : undefined;
}
