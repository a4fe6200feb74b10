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
