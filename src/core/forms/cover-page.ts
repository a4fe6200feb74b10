/**
 * The Cover Page that later filings print before the statements: firm, contact, and for each of the
 * three statements the FCM's residual-interest target, chosen as a minimum dollar amount, a minimum
 * percentage, a dollar range or a percentage range. It carries no arithmetic; its targets explain
 * the management-target lines (7194, 7780, 8760). Read leniently: a field not found stays null.
 */

export type TargetStatement = "segregation" | "secured-amounts" | "cleared-swaps";
export type TargetChoice = "minimum-dollar" | "minimum-percentage" | "dollar-range" | "percentage-range";

export interface ResidualTarget {
  readonly statement: TargetStatement;
  /** The one choice with a non-zero figure; null when none is filled in. */
  readonly choice: TargetChoice | null;
  /** The chosen figures (one, or two for a range). */
  readonly values: readonly number[];
  readonly sourceLine: number;
}

export interface CoverPage {
  readonly firm: string | null;
  readonly contactName: string | null;
  readonly contactPhone: string | null;
  readonly contactEmail: string | null;
  readonly targets: readonly ResidualTarget[];
  readonly sourceLine: number;
}

export interface CoverLine {
  /** Markup removed. */
  readonly text: string;
  readonly number: number;
}

export function isCoverPageTitle(text: string): boolean {
  return /^\s*cover\s+page\s*$/i.test(text);
}

const FIELDS: readonly [keyof Pick<CoverPage, "firm" | "contactName" | "contactPhone" | "contactEmail">, RegExp][] = [
  ["firm", /^\s*name\s+of\s+company\s*:\s*(.*)$/i],
  ["contactName", /^\s*contact\s+name\s*:\s*(.*)$/i],
  ["contactPhone", /^\s*contact\s+phone(?:\s+number)?\s*:\s*(.*)$/i],
  ["contactEmail", /^\s*contact\s+e-?mail(?:\s+address)?\s*:\s*(.*)$/i],
];

/** Which statement a "… Residual Interest Target" heading is about, by the words it uses. */
function targetStatement(text: string): TargetStatement | null {
  if (!/residual\s+interest\s+target/i.test(text)) return null;
  if (/cleared\s+swaps/i.test(text)) return "cleared-swaps";
  if (/secured/i.test(text)) return "secured-amounts";
  if (/segregat/i.test(text)) return "segregation";
  return null;
}

function choiceOf(text: string): TargetChoice | null {
  const t = text.toLowerCase();
  if (/minimum\s+dollar/.test(t)) return "minimum-dollar";
  if (/minimum\s+percentage/.test(t)) return "minimum-percentage";
  if (/dollar\s+amount\s+range/.test(t)) return "dollar-range";
  if (/percentage\s+range/.test(t)) return "percentage-range";
  return null;
}

/** The figures after the label's last tab ("…; or\t60,000", "…and %.\t1.5\t3"). */
function figures(text: string): number[] {
  const fields = text.split("\t").slice(1).map((f) => f.trim().replace(/[$,%]/g, ""));
  return fields.filter((f) => /^-?\d+(\.\d+)?$/.test(f)).map(Number);
}

export function readCoverPage(lines: readonly CoverLine[], sourceLine: number): CoverPage {
  const found: Partial<Record<(typeof FIELDS)[number][0], string>> = {};
  const targets: ResidualTarget[] = [];
  let current: { statement: TargetStatement; sourceLine: number; choice: TargetChoice | null; values: number[] } | null = null;
  const close = (): void => {
    if (current) targets.push({ statement: current.statement, choice: current.choice, values: current.values, sourceLine: current.sourceLine });
    current = null;
  };
  for (const line of lines) {
    const field = FIELDS.find(([, re]) => re.test(line.text));
    if (field) {
      const value = field[1].exec(line.text)![1]!.trim();
      if (value) found[field[0]] = value;
      continue;
    }
    const statement = targetStatement(line.text);
    if (statement) {
      close();
      current = { statement, sourceLine: line.number, choice: null, values: [] };
      continue;
    }
    const choice = choiceOf(line.text);
    const values = figures(line.text);
    // The chosen option is the first with a non-zero figure; the others print zeros or nothing.
    if (current && choice && current.choice === null && values.some((v) => v !== 0)) [current.choice, current.values] = [choice, values];
  }
  close();
  return {
    firm: found.firm ?? null,
    contactName: found.contactName ?? null,
    contactPhone: found.contactPhone ?? null,
    contactEmail: found.contactEmail ?? null,
    targets,
    sourceLine,
  };
}
