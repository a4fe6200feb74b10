import { formByVersion, ruleInputs, ruleTarget, type Rule, type StatementForm } from "../forms";
import type { Statement } from "../model";
import { deriveRules } from "./derive-rules";

/**
 * Which rules check a statement, and where each came from. The checks and the workbook layout both
 * ask here, so a flag in the report and a formula on the sheet always follow the same arithmetic.
 */

/** The rules that apply to one statement, and the form they come from. */
export interface StatementRules {
  readonly form: StatementForm;
  readonly rules: readonly Rule[];
}

/**
 * The catalog form named by the statement's version, with its rules; where an unconfirmed catalog
 * rule disagrees with the statement's printed instruction, the printed one. A statement the catalog
 * does not know is checked by the rules read from its own text alone.
 */
export function statementRules(statement: Statement): StatementRules | undefined {
  const form = statement.version === null ? undefined : formByVersion(statement.version);
  const derived = deriveRules(statement);
  if (form) return selectedRules(form, derived);
  if (!derived.length) return undefined;
  // A statement is readonly data: its stand-in form is built once, however often it is checked or laid out.
  let own = ownForms.get(statement);
  if (!own) ownForms.set(statement, (own = { form: derivedForm(statement, derived), rules: derived }));
  return own;
}

/**
 * Statements of one layout share their derived rules (one array), so the catalog's rules are chosen
 * against them once per layout and form, not again for every filing and every check of it.
 */
function selectedRules(form: StatementForm, derived: readonly Rule[]): StatementRules {
  let byForm = selections.get(derived);
  if (!byForm) selections.set(derived, (byForm = new Map()));
  let selected = byForm.get(form);
  if (!selected) byForm.set(form, (selected = { form, rules: selectRules(form.rules, derived) }));
  return selected;
}

const selections = new WeakMap<readonly Rule[], Map<StatementForm, StatementRules>>();
const ownForms = new WeakMap<Statement, StatementRules>();

/**
 * Which rules check a statement: the catalog's for a known version, the derived ones on their own
 * otherwise. A catalog rule that FORMS.md does not confirm never overrides what the filing's own
 * printed instruction says: when the two disagree the printed one is used, and its origin names the
 * catalog rule it replaced so a finding can say so. Catalog rules keep their ids and order, so a
 * filing whose text agrees with the catalog is checked exactly as the catalog says.
 */
export function selectRules(catalogRules: readonly Rule[] | undefined, derived: readonly Rule[]): readonly Rule[] {
  if (!catalogRules) return derived;
  return catalogRules.map((rule) => {
    if (rule.confirmed || rule.kind === "tie" || rule.kind === "non-negative") return rule;
    const printed = derived.find(
      (d) => d.origin?.kind === "printed" && d.kind !== "non-negative" && ruleTarget(d) === ruleTarget(rule),
    );
    if (!printed || sameArithmetic(rule, printed)) return rule;
    return { ...printed, origin: { ...printed.origin!, replaces: rule.id } };
  });
}

/** Same kind, same target, same inputs as sets (a difference's operands in order). */
export function sameArithmetic(a: Rule, b: Rule): boolean {
  if (a.kind !== b.kind || ruleTarget(a) !== ruleTarget(b)) return false;
  const [x, y] = [ruleInputs(a), ruleInputs(b)];
  if (a.kind === "difference") return x.join() === y.join();
  return x.length === y.length && new Set([...x, ...y]).size === new Set(x).size;
}

/**
 * A stand-in catalog form for a statement the catalog does not know, built from its printed lines,
 * so that checks order findings and name lines exactly as for a catalogued statement. Its `kind`
 * only steers how a message names a figure of another statement; an unknown statement is given
 * the segregation kind there because the schema has no "unknown" form.
 */
export function derivedForm(statement: Statement, rules: readonly Rule[]): StatementForm {
  const lines = statement.lines.flatMap((l) =>
    l.code === null ? [] : [{ line: l.line, label: l.label, code: l.code, uncoded: false, confirmed: false }],
  );
  return {
    kind: statement.kind === "unknown" ? "segregation" : statement.kind,
    version: "derived",
    prefix: "DRV",
    titles: [statement.title],
    markers: [],
    sections: [{ id: "derived", headings: [], lines }],
    rules: [...rules],
  };
}

/**
 * What a finding adds about a derived rule: where its arithmetic was read, quoting the instruction
 * ("printed instruction on line 13: \"add lines 7 through 12\""), so the accountant can see that the
 * check follows the filing's own words and not the catalog. Empty for catalog rules.
 */
export function originText(rule: Rule): string {
  const origin = rule.origin;
  if (!origin) return "";
  const where = origin.line ? `line ${origin.line}` : "an unnumbered line";
  const said =
    origin.kind === "printed"
      ? `printed instruction on ${where}: "${origin.text ?? ""}"`
      : origin.kind === "structure"
        ? `sub-lines of ${where}, whose subtotal is printed after them`
        : `label of ${where}: "${origin.text ?? ""}"`;
  const replaced = origin.replaces
    ? `; it differs from the unconfirmed catalog rule ${origin.replaces}, which is not used`
    : "";
  // "the" is said once, here: "rule from the printed instruction …", "rule from the label of …".
  return ` (rule from the ${said}${replaced})`;
}
