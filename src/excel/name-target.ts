/** What an existing workbook name refers to, read from its formula ("='Secured Amounts'!$D$5"). */
export type NameTarget =
  | { readonly kind: "sheet"; readonly sheet: string }
  /** A name whose sheet was deleted: Excel keeps it as "=#REF!$D$5", pointing nowhere. */
  | { readonly kind: "broken" }
  /** A constant, a formula, several areas or another workbook: not something an import may touch. */
  | { readonly kind: "other" };

const QUOTED = /^='((?:[^']|'')+)'!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;
const BARE = /^=([^'!=,\s()"]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;

export function nameTarget(formula: string): NameTarget {
  const text = formula.trim();
  if (text.includes("#REF!")) return { kind: "broken" };
  const quoted = QUOTED.exec(text);
  if (quoted) return { kind: "sheet", sheet: quoted[1]!.replace(/''/g, "'") };
  const bare = BARE.exec(text);
  if (bare && !bare[1]!.startsWith("[")) return { kind: "sheet", sheet: bare[1]! };
  return { kind: "other" };
}
