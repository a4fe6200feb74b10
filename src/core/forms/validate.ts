import { catalogSources, ruleCodes } from "./catalog";
import { statementFormSchema, type StatementForm, type StatementFormInput } from "./schema";

/**
 * Validating catalog data with zod. Kept out of the catalog module and the forms index so that
 * reading a filing never loads the validator: the built-in catalog is validated by its test (and
 * here for any data from elsewhere), not at every start of the CLI or the pane.
 */

export type CatalogIssue = { readonly version: string; readonly path: string; readonly message: string };

export type CatalogLoad =
  | { readonly success: true; readonly forms: readonly StatementForm[] }
  | { readonly success: false; readonly issues: readonly CatalogIssue[] };

/**
 * Validates catalog data: the zod schema, then what a schema cannot say (codes unique within a
 * version, every rule naming codes the version prints).
 */
export function loadCatalog(inputs: readonly StatementFormInput[] = catalogSources): CatalogLoad {
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
