import { ruleInputs, ruleTarget, type Rule } from "../forms";

/** A figure a formula can read: by its workbook name when it has one, else by its same-sheet address. */
export interface FigureRef {
  readonly name: string | null;
  readonly address: string;
  /** undefined = blank (the text never gave it); a blank counts as 0, as in Excel. */
  readonly value: number | undefined;
}

export interface Calculation {
  /** e.g. `=SEC_7700+SEC_7710+SEC_7720+SEC_7730+SEC_7735`. */
  readonly formula: string;
  readonly value: number;
}

/** Rules whose total gets a Calculated formula (non-negative rules only test the figure itself). */
export type ArithmeticRule = Exclude<Rule, { kind: "non-negative" }>;

export function isArithmetic(rule: Rule): rule is ArithmeticRule {
  return rule.kind !== "non-negative";
}

/** The rules on one figure's rows: its arithmetic ones in the form's order, and its floor. */
export interface FigureRules {
  readonly arithmetic: readonly ArithmeticRule[];
  readonly floor: Extract<Rule, { kind: "non-negative" }> | undefined;
}

export const NO_RULES: FigureRules = { arithmetic: [], floor: undefined };

/** Each figure's rules by its code, gathered in one pass (not a scan of every rule for every figure). */
export function rulesByFigure(rules: readonly Rule[]): ReadonlyMap<string, FigureRules> {
  const byCode = new Map<string, { arithmetic: ArithmeticRule[]; floor: FigureRules["floor"] }>();
  for (const rule of rules) {
    const code = ruleTarget(rule);
    let own = byCode.get(code);
    if (!own) byCode.set(code, (own = { arithmetic: [], floor: undefined }));
    if (isArithmetic(rule)) own.arithmetic.push(rule);
    else own.floor ??= rule;
  }
  return byCode;
}

/**
 * The Calculated formula of a rule, over the reported figures of its direct components exactly as
 * the form prints them (sum → `+`, difference → `-`, greater-of → `MAX`, tie → the carried figure),
 * and its value on the data as read. null when a component has no row to point at.
 */
export function calculation(rule: ArithmeticRule, figures: ReadonlyMap<string, FigureRef>): Calculation | null {
  const text: string[] = [];
  const values: number[] = [];
  for (const code of ruleInputs(rule)) {
    const ref = figures.get(code);
    if (!ref) return null;
    text.push(ref.name ?? ref.address);
    values.push(ref.value ?? 0);
  }
  switch (rule.kind) {
    case "sum":
      return { formula: `=${text.join("+")}`, value: values.reduce((a, b) => a + b, 0) };
    case "difference":
      return { formula: `=${text[0]}-${text[1]}`, value: values[0]! - values[1]! };
    case "greater-of":
      return { formula: `=MAX(${text.join(",")})`, value: Math.max(...values) };
    case "tie":
      return { formula: `=${text[0]}`, value: values[0]! };
  }
}
