import { formByVersion, type Rule, type StatementForm } from "../forms";
import type { Statement } from "../model";

/** The rules that apply to one statement, and the form they come from. */
export interface StatementRules {
  readonly form: StatementForm;
  readonly rules: readonly Rule[];
}

/**
 * Today the catalog form named by the statement's version; a statement the catalog does not know has
 * no rules. This is the one place to add rules derived from a statement's printed instructions.
 */
export function statementRules(statement: Statement): StatementRules | undefined {
  const form = statement.version === null ? undefined : formByVersion(statement.version);
  return form && { form, rules: form.rules };
}
