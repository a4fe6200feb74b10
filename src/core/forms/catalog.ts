import type { Rule, StatementForm, StatementFormInput } from "./schema";
import { clearedSwaps2013 } from "./cleared-swaps";
import { securedAmounts2013 } from "./secured-amounts";
import { segregation2013 } from "./segregation";
import { clearedSwapsLater } from "./cleared-swaps-later";
import { securedAmountsLater } from "./secured-amounts-later";
import { segregationLater } from "./segregation-later";

/**
 * Every statement layout Tieout knows, in filing order within each year: the 2013 versions, confirmed
 * line by line against a filing (the 2013 sample), then the later layouts (FORMS.md), mostly
 * unconfirmed. 2013 comes first so that a statement whose markers fit both is read as 2013.
 */
export const catalogSources: readonly StatementFormInput[] = [
  securedAmounts2013,
  segregation2013,
  clearedSwaps2013,
  securedAmountsLater,
  segregationLater,
  clearedSwapsLater,
];

/**
 * The catalog as the checks read it: the data with the schema's defaults filled in. Built without zod,
 * so that reading a filing never loads the validator: the catalog test holds this to
 * `statementFormSchema.parse` for every layout, and `loadCatalog` (validate.ts) checks data from elsewhere.
 */
export function withDefaults(input: StatementFormInput): StatementForm {
  return {
    ...input,
    markers: input.markers ?? [],
    sections: input.sections.map((section) => ({
      ...section,
      headings: section.headings ?? [],
      lines: section.lines.map((line) => ({
        ...line,
        uncoded: line.uncoded ?? false,
        confirmed: line.confirmed ?? true,
      })),
    })),
    rules: input.rules.map((rule) => {
      const confirmed = rule.confirmed ?? true;
      if (rule.kind === "tie") return { ...rule, confirmed, severity: rule.severity ?? "error" };
      if (rule.kind === "non-negative") return { ...rule, confirmed, meaning: rule.meaning ?? "deficiency" };
      return { ...rule, confirmed };
    }),
  };
}

/** The flagged code of a rule, then the codes it reads. */
export function ruleTarget(rule: Rule): string {
  return rule.kind === "tie" || rule.kind === "non-negative" ? rule.code : rule.total;
}

/**
 * The codes a rule reads, in order. Every check of every filing asks for them, so a rule that names
 * its inputs one by one (a difference, a tie) has their list made once and kept with the rule; the
 * list is shared, as a sum's own `parts` always was, and no caller changes it.
 */
export function ruleInputs(rule: Rule): readonly string[] {
  switch (rule.kind) {
    case "sum":
    case "greater-of":
      return rule.parts;
    case "non-negative":
      return NO_INPUTS;
    case "difference":
    case "tie": {
      let inputs = namedInputs.get(rule);
      if (!inputs) namedInputs.set(rule, (inputs = listInputs(rule)));
      return inputs;
    }
  }
}

function listInputs(rule: Extract<Rule, { kind: "difference" | "tie" }>): readonly string[] {
  return rule.kind === "difference" ? [rule.minuend, rule.subtrahend] : [rule.equals];
}

const NO_INPUTS: readonly string[] = Object.freeze([]);
const namedInputs = new WeakMap<Rule, readonly string[]>();

export function ruleCodes(rule: Rule): readonly string[] {
  return [ruleTarget(rule), ...ruleInputs(rule)];
}

/** Every layout a statement may be read as (see `catalogSources` for the order); validated by the catalog test. */
export const catalog: readonly StatementForm[] = catalogSources.map(withDefaults);

export function formByVersion(version: string): StatementForm | undefined {
  return catalog.find((f) => f.version === version);
}
