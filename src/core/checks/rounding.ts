import type { Figure } from "./figures";
import { formatMoney, toCents } from "./money";

/**
 * Figures rounded to a unit (printed in thousands, or rounded to thousands) tie as XBRL calculation
 * 1.1 says: each printed x stands for [x − u/2, x + u/2], so a total and its n parts are consistent
 * when |total − Σparts| ≤ (n + 1)·u/2. A difference inside that interval is an observation, not an error.
 */

/** The rounding a total and its parts may differ by, in cents; 0 when the statement's figures are exact. */
export function roundingAllowanceCents(target: Figure, parts: number): number {
  const unit = target.statement.rounding;
  return unit && unit > 0 ? ((parts + 1) * toCents(unit)) / 2 : 0;
}

/** What a finding inside the rounding adds to its sentence. */
export function withinRounding(unit: number, allowanceCents: number, parts: number): string {
  return (
    `; the figures are rounded to ${formatMoney(unit)}, and a total of ${parts} rounded figures may differ ` +
    `from their sum by up to ${formatMoney(allowanceCents / 100)}, so this is within rounding`
  );
}
