import type { ScheduleWordings, ScheduleWordingsInput } from "./validate";

/**
 * How the statements read when printed without codes: the audited supplementary schedules of an
 * FCM's annual report (Form 1-FR-FCM / X-17A-5). Their titles vary from firm to firm ("Segregated
 * Requirements", "U.S Commodity Exchanges", a schedule number in front), so a title is known by the
 * words it must hold; their lines say the form's labels in shorter or older words, kept here beside
 * the catalog and checked against it by their test (forms/validate.ts), like the catalog itself.
 */

export const scheduleWordingSources: readonly ScheduleWordingsInput[] = [
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

/** The wordings with the schema's defaults filled in; their test holds this to the schema's parse. */
export const scheduleWordings: readonly ScheduleWordings[] = scheduleWordingSources.map((w) => ({
  ...w,
  notWords: w.notWords ?? [],
  wordings: w.wordings ?? [],
}));
