import { z } from "zod";

/**
 * The forms catalog is data: statements, their lines and their printed arithmetic. This schema is
 * the single source of the catalog's types, and every catalog file is validated against it at load.
 */

const code = z.string().regex(/^\d{4}$/, "a code is four digits");

export const catalogLineSchema = z.object({
  /** Printed line id: "1", "1.A", "12.C"; "" for a figure the form prints without a number (later Secured 7305). */
  line: z.string().regex(/^(\d{1,2}(\.[A-Z])?)?$/),
  label: z.string().min(1),
  /** null: a heading row (no figure) or an uncoded figure (see `uncoded`). */
  code: code.nullable(),
  /** An uncoded row that still carries a figure (Sequestration 12.A/12.B in 2013). */
  uncoded: z.boolean().default(false),
  /** Whether this line was seen in a real filing (FORMS.md: S or P) rather than inferred. */
  confirmed: z.boolean().default(true),
});

export const catalogSectionSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Printed headings that open this section, matched case-insensitively with spacing folded. */
  headings: z.array(z.string().min(1)).default([]),
  lines: z.array(catalogLineSchema).min(1),
});

/**
 * Where a rule derived from the statement's own text came from (absent on catalog rules): a printed
 * instruction ("add lines 7 through 12" on line 13), the A–E structure (a subtotal printed after the
 * last sub-line's figure), or a label ("Total …", "Excess (deficiency) …"). `replaces` names the
 * unconfirmed catalog rule a printed instruction overrode because the two disagree.
 */
export const ruleOriginSchema = z.object({
  kind: z.enum(["printed", "structure", "label"]),
  line: z.string(),
  text: z.string().optional(),
  replaces: z.string().optional(),
});

const ruleBase = {
  /** Stable id, used in findings and tests: "SEC-7740". */
  id: z.string().regex(/^[A-Z]+-[0-9A-Za-z-]+$/),
  /** The instruction as printed on the form, when it prints one ("add lines 4 and 5"). */
  printed: z.string().optional(),
  confirmed: z.boolean().default(true),
  origin: ruleOriginSchema.optional(),
};

export const ruleSchema = z.discriminatedUnion("kind", [
  /** total = Σ parts (values carry their own sign: a "Deduct…" line is entered negative). */
  z.object({ ...ruleBase, kind: z.literal("sum"), total: code, parts: z.array(code).min(1) }),
  /** total = minuend − subtrahend. */
  z.object({ ...ruleBase, kind: z.literal("difference"), total: code, minuend: code, subtrahend: code }),
  /** code must equal `equals` (a figure carried from another line or statement). */
  z.object({
    ...ruleBase,
    kind: z.literal("tie"),
    code,
    equals: code,
    /** `info` for an observation that is not a printed rule (7132 = 7032). */
    severity: z.enum(["error", "info"]).default("error"),
  }),
  /** A deficiency: the figure should not be below zero. */
  z.object({
    ...ruleBase,
    kind: z.literal("non-negative"),
    code,
    meaning: z.enum(["deficiency", "target-shortfall"]).default("deficiency"),
  }),
  /** total = MAX(parts). */
  z.object({ ...ruleBase, kind: z.literal("greater-of"), total: code, parts: z.array(code).min(2) }),
]);

export const statementFormSchema = z.object({
  kind: z.enum(["secured-amounts", "segregation", "cleared-swaps"]),
  /** Version id: "secured-amounts-2013". */
  version: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Workbook name prefix for this statement's codes: SEC, SEG, SWP. */
  prefix: z.string().regex(/^[A-Z]{3}$/),
  /** Printed titles that open the statement, first = the canonical one. */
  titles: z.array(z.string().min(1)).min(1),
  /** Codes whose presence identifies this version against others of the same kind. */
  markers: z.array(code).default([]),
  sections: z.array(catalogSectionSchema).min(1),
  rules: z.array(ruleSchema),
});

export type CatalogLine = z.infer<typeof catalogLineSchema>;
export type CatalogSection = z.infer<typeof catalogSectionSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type RuleOrigin = z.infer<typeof ruleOriginSchema>;
export type StatementForm = z.infer<typeof statementFormSchema>;
export type StatementFormInput = z.input<typeof statementFormSchema>;
