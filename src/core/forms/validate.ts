import { z } from "zod";
import { catalog, catalogSources, ruleCodes } from "./catalog";
import { scheduleWordingSources } from "./schedule-wordings";
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

/** The audited schedules' titles and wordings (schedule-wordings.ts). */
const code = z.string().regex(/^\d{4}$/);

export const scheduleWordingsSchema = z.object({
  kind: z.enum(["secured-amounts", "segregation", "cleared-swaps"]),
  /**
   * Every group must occur in the title (lowercase letters and digits only, spacing folded); a group
   * is satisfied by any one of its spellings.
   */
  titleWords: z.array(z.array(z.string().regex(/^[a-z0-9]+$/)).min(1)).min(1),
  /** Words a title of another statement holds and this one never does. */
  notWords: z.array(z.string().regex(/^[a-z0-9]+$/)).default([]),
  /** Usual printed wordings of a catalog line, besides its catalog label. */
  wordings: z.array(z.object({ code, printed: z.array(z.string().min(1)).min(1) })).default([]),
});

export type ScheduleWordings = z.infer<typeof scheduleWordingsSchema>;
export type ScheduleWordingsInput = z.input<typeof scheduleWordingsSchema>;

export type WordingsIssue = { readonly kind: string; readonly message: string };

/** Validates the wordings: the schema, then that every code is one the catalog prints for that kind. */
export function loadScheduleWordings(inputs: readonly ScheduleWordingsInput[] = scheduleWordingSources):
  | { readonly success: true; readonly wordings: readonly ScheduleWordings[] }
  | {
      readonly success: false;
      readonly issues: readonly WordingsIssue[];
    } {
  const wordings: ScheduleWordings[] = [];
  const issues: WordingsIssue[] = [];
  for (const input of inputs) {
    const parsed = scheduleWordingsSchema.safeParse(input);
    if (!parsed.success) {
      issues.push(...parsed.error.issues.map((i) => ({ kind: String(input.kind), message: i.message })));
      continue;
    }
    const codes = new Set(
      catalog
        .filter((f) => f.kind === parsed.data.kind)
        .flatMap((f) => f.sections.flatMap((s) => s.lines.map((l) => l.code))),
    );
    for (const w of parsed.data.wordings)
      if (!codes.has(w.code))
        issues.push({ kind: parsed.data.kind, message: `no ${parsed.data.kind} line prints ${w.code}` });
    wordings.push(parsed.data);
  }
  return issues.length ? { success: false, issues } : { success: true, wordings };
}
