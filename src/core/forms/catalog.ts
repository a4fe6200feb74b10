import { statementFormSchema, type Rule, type StatementForm, type StatementFormInput } from "./schema";
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
const sources: readonly StatementFormInput[] = [
  securedAmounts2013,
  segregation2013,
  clearedSwaps2013,
  securedAmountsLater,
  segregationLater,
  clearedSwapsLater,
];

export type CatalogIssue = { readonly version: string; readonly path: string; readonly message: string };

export type CatalogLoad =
  | { readonly success: true; readonly forms: readonly StatementForm[] }
  | { readonly success: false; readonly issues: readonly CatalogIssue[] };

/**
 * Validates catalog data: the zod schema, then what a schema cannot say (codes unique within a
 * version, every rule naming codes the version prints).
 */
export function loadCatalog(inputs: readonly StatementFormInput[] = sources): CatalogLoad {
  const forms: StatementForm[] = [];
  const issues: CatalogIssue[] = [];
  for (const input of inputs) {
    const parsed = statementFormSchema.safeParse(input);
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        issues.push({ version: String(input.version), path: i.path.join("."), message: i.message });
      continue;
    }
    issues.push(...consistencyIssues(parsed.data));
    forms.push(parsed.data);
  }
  return issues.length ? { success: false, issues } : { success: true, forms };
}

function consistencyIssues(form: StatementForm): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const codes = new Set<string>();
  for (const line of form.sections.flatMap((s) => s.lines)) {
    if (line.code === null) continue;
    if (codes.has(line.code))
      issues.push({ version: form.version, path: `lines.${line.code}`, message: `code ${line.code} printed twice` });
    codes.add(line.code);
  }
  form.rules.forEach((rule, i) => {
    for (const code of ruleCodes(rule))
      if (!codes.has(code))
        issues.push({
          version: form.version,
          path: `rules.${i}`,
          message: `rule ${rule.id} names ${code}, which the statement does not print`,
        });
  });
  return issues;
}

/** The flagged code of a rule, then the codes it reads. */
export function ruleTarget(rule: Rule): string {
  return rule.kind === "tie" || rule.kind === "non-negative" ? rule.code : rule.total;
}

export function ruleInputs(rule: Rule): readonly string[] {
  switch (rule.kind) {
    case "sum":
    case "greater-of":
      return rule.parts;
    case "difference":
      return [rule.minuend, rule.subtrahend];
    case "tie":
      return [rule.equals];
    case "non-negative":
      return [];
  }
}

export function ruleCodes(rule: Rule): readonly string[] {
  return [ruleTarget(rule), ...ruleInputs(rule)];
}

const loaded = loadCatalog();
if (!loaded.success)
  // A broken catalog is a programming error in this repo's own data, caught by the catalog test.
  throw new Error(
    `forms catalog is invalid: ${loaded.issues.map((i) => `${i.version} ${i.path}: ${i.message}`).join("; ")}`,
  );

/** The validated catalog: every layout a statement may be read as (see `sources` for the order). */
export const catalog: readonly StatementForm[] = loaded.forms;

export function formByVersion(version: string): StatementForm | undefined {
  return catalog.find((f) => f.version === version);
}
