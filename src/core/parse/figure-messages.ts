/** What the parser says when a printed figure cannot be read, or cannot be paired with its code. */

const quoted = (items: readonly string[]): string => items.map((i) => `"${i}"`).join(", ");

/** "37.229": one period before exactly three digits. */
export function periodOrDecimalReason(shown: string, digits: string): string {
  return (
    `"${shown}" could be ${digits.replace(".", ",")} (a period between ` +
    `thousands) or ${digits} (a decimal point); print it with commas`
  );
}

/** A row whose figures stand both before and after its codes, so that each pairing is a guess. */
export function unpairedReason(figures: readonly string[], codes: readonly string[]): string {
  const list = codes.map((c) => `[${c}]`).join(", ");
  const what = figures.length > 0 ? `the figures ${quoted(figures)}` : "no figure";
  return (
    `${what} and the codes ${list} on this row pair more than one ` +
    `way (figure before code, or code before figure); none is read`
  );
}
