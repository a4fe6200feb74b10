import { ruleInputs, ruleTarget, type Rule } from "../forms";

/**
 * Which rules check a statement: the catalog's for a known version, the derived ones on their own
 * otherwise. A catalog rule that FORMS.md does not confirm never overrides what the filing's own
 * printed instruction says: when the two disagree the printed one is used, and its origin names the
 * catalog rule it replaced so a finding can say so. Catalog rules keep their ids and order, so a
 * filing whose text agrees with the catalog is checked exactly as before.
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
