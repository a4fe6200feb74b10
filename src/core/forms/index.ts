// Types only from the schema: its zod objects stay out of every import of the forms (see validate.ts).
export type { CatalogLine, CatalogSection, Rule, RuleOrigin, StatementForm, StatementFormInput } from "./schema";
export * from "./catalog";
