/** The tolerance field → dollars, or the sentence that says what is wrong with it. */
export type ToleranceRead =
  { readonly ok: true; readonly dollars: number } | { readonly ok: false; readonly message: string };

export const TOLERANCE_HELP = "Tolerance must be an amount in dollars, 0 or more (for example 0, 1 or 0.5).";

/** Accepts what an accountant types: "0", "1,000", "$5", "0.50"; blank means 0. */
export function readTolerance(field: string): ToleranceRead {
  const text = field.trim().replace(/^\$/, "").replace(/,/g, "");
  if (text === "") return { ok: true, dollars: 0 };
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(text)) return { ok: false, message: TOLERANCE_HELP };
  const dollars = Number(text);
  return Number.isFinite(dollars) ? { ok: true, dollars } : { ok: false, message: TOLERANCE_HELP };
}
