/**
 * Money arithmetic in whole cents. Filings print whole dollars, but a pasted figure may carry cents,
 * and summing binary fractions of dollars drifts; integers of cents do not (exact below 2^53 cents,
 * about 90 trillion dollars).
 */

/** Dollars → whole cents, rounded half up; never -0. */
export function toCents(dollars: number): number {
  return Math.round(dollars * 100) || 0;
}

export function fromCents(cents: number): number {
  return cents / 100;
}

/** A tolerance as typed (a CLI argument, the pane's field): dollars, or why it is not a tolerance. */
export type ToleranceRead = { readonly ok: true; readonly dollars: number } | { readonly ok: false };

/**
 * The one reading of a typed tolerance, shared by the CLI and the pane. Accepts what an accountant
 * types: "0", "1,000", "$5", "0.50", ".5"; blank means 0, the strictest. Refuses a negative, an
 * exponent, a word or anything else: a tolerance that is not plainly an amount is not guessed at.
 */
export function readTolerance(text: string): ToleranceRead {
  const plain = text.trim().replace(/^\$/, "").replace(/,/g, "");
  if (plain === "") return { ok: true, dollars: 0 };
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(plain)) return { ok: false };
  const dollars = Number(plain);
  return Number.isFinite(dollars) ? { ok: true, dollars } : { ok: false };
}

/** A tolerance in dollars as whole cents; anything not a finite non-negative number counts as 0. */
export function toleranceCents(tolerance: number | undefined): number {
  return tolerance !== undefined && Number.isFinite(tolerance) && tolerance > 0 ? toCents(tolerance) : 0;
}

/**
 * Dollars as an accountant reads them on the form: thousands separators, a leading minus, cents only
 * when there are some. Does not depend on the host's locale.
 *
 * @example formatMoney(-5749086) // "-5,749,086"
 */
export function formatMoney(dollars: number): string {
  const cents = toCents(dollars);
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const rest = abs % 100;
  return (cents < 0 ? "-" : "") + whole + (rest ? `.${String(rest).padStart(2, "0")}` : "");
}
