import type { Rule } from "../forms";

/**
 * What a finding adds about a derived rule: where its arithmetic was read, quoting the instruction
 * ("printed instruction on line 13: \"add lines 7 through 12\""), so the accountant can see that the
 * check follows the filing's own words and not the catalog. Empty for catalog rules.
 */
export function originText(rule: Rule): string {
  const origin = rule.origin;
  if (!origin) return "";
  const where = origin.line ? `line ${origin.line}` : "an unnumbered line";
  const said =
    origin.kind === "printed"
      ? `printed instruction on ${where}: "${origin.text ?? ""}"`
      : origin.kind === "structure"
        ? `sub-lines of ${where}, whose subtotal is printed after them`
        : `label of ${where}: "${origin.text ?? ""}"`;
  const replaced = origin.replaces
    ? `; it differs from the unconfirmed catalog rule ${origin.replaces}, which is not used`
    : "";
  // "the" is said once, here: "rule from the printed instruction …", "rule from the label of …".
  return ` (rule from the ${said}${replaced})`;
}
