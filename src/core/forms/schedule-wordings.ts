import { z } from "zod";
import { catalog } from "./catalog";

/**
 * How the statements read when printed without codes: the audited supplementary schedules of an
 * FCM's annual report (Form 1-FR-FCM / X-17A-5). Their titles vary from firm to firm ("Segregated
 * Requirements", "U.S Commodity Exchanges", a schedule number in front), so a title is known by the
 * words it must hold; their lines say the form's labels in shorter or older words, kept here beside
 * the catalog and checked against it at load like the catalog itself.
 */

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
type ScheduleWordingsInput = z.input<typeof scheduleWordingsSchema>;

const sources: readonly ScheduleWordingsInput[] = [
  {
    kind: "segregation",
    titleWords: [["statement"], ["segregat"], ["requirement"], ["commodityexchange", "4d2"]],
    notWords: ["clearedswap", "securedamount", "307", "sequest"],
    wordings: [
      { code: "7032", printed: ["Market value of open option contracts purchased on a contract market"] },
      { code: "7033", printed: ["Market value of open option contracts granted (sold) on a contract market"] },
      { code: "7040", printed: ["Net equity"] },
      {
        code: "7050",
        printed: ["Accounts liquidating to a deficit and accounts with debit balances with no open trades"],
      },
      { code: "7180", printed: ["Total amount in segregation", "Total funds in segregation"] },
      { code: "7190", printed: ["Excess funds in segregation", "Excess (deficiency) funds in segregation"] },
    ],
  },
  {
    kind: "secured-amounts",
    titleWords: [["statement"], ["securedamount"], ["307", "foreignfutures"]],
    notWords: ["clearedswap"],
    wordings: [
      { code: "7345", printed: ["Net equity"] },
      { code: "7520", printed: ["Other banks qualified under Regulation 30.7"] },
      { code: "7560", printed: ["In safekeeping with other banks qualified under Regulation 30.7"] },
      { code: "7355", printed: ["Amount required to be set aside as the secured amount"] },
      {
        code: "7360",
        printed: ["Greater of amount required to be set aside pursuant to foreign jurisdiction or line 6"],
      },
      { code: "7770", printed: ["Total funds in separate section 30.7 accounts", "Total funds in separate accounts"] },
      { code: "7380", printed: ["Excess funds in separate section 30.7 accounts", "Excess (deficiency) set aside"] },
    ],
  },
  {
    kind: "cleared-swaps",
    titleWords: [["statement"], ["clearedswap"], ["segregat"], ["requirement"]],
    notWords: ["securedamount", "307"],
    wordings: [
      { code: "8550", printed: ["Net equity"] },
      { code: "8720", printed: ["Total amount in cleared swaps customer segregation"] },
      { code: "8730", printed: ["Excess funds in cleared swaps customer segregation"] },
    ],
  },
];

export type WordingsIssue = { readonly kind: string; readonly message: string };

/** Validates the wordings: the schema, then that every code is one the catalog prints for that kind. */
export function loadScheduleWordings(inputs: readonly ScheduleWordingsInput[] = sources):
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

const loaded = loadScheduleWordings();
if (!loaded.success)
  // Broken wordings are a programming error in this repo's own data, caught by their test.
  throw new Error(`schedule wordings are invalid: ${loaded.issues.map((i) => `${i.kind}: ${i.message}`).join("; ")}`);

export const scheduleWordings: readonly ScheduleWordings[] = loaded.wordings;
