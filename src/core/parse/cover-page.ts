/**
 * The Cover Page that later filings print before the statements: firm, contact, and for each of the
 * three statements the FCM's residual-interest target, chosen as a minimum dollar amount, a minimum
 * percentage, a dollar range or a percentage range. It carries no arithmetic; its targets explain
 * the management-target lines (7194, 7780, 8760). Read leniently: a field not found stays null.
 *
 * The text is read as one run with anchors (field names, "… Residual Interest Target" headings,
 * "a. Minimum dollar amount" choices) rather than line by line, so that the same page reads alike
 * whether it was pasted with one field per line and tabs, with runs of spaces, or converted from a
 * PDF that ran its rows together ("… ; or 60,000 b. Minimum percentage …").
 */

export type TargetStatement = "segregation" | "secured-amounts" | "cleared-swaps";
export type TargetChoice = "minimum-dollar" | "minimum-percentage" | "dollar-range" | "percentage-range";

export interface ResidualTarget {
  readonly statement: TargetStatement;
  /** The one choice with a non-zero figure; null when none is filled in. */
  readonly choice: TargetChoice | null;
  /** The chosen figures (one, or two for a range). */
  readonly values: readonly number[];
  /** Input line of the target's heading. */
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

type Field = "firm" | "contactName" | "contactPhone" | "contactEmail";

type Anchor =
  | { readonly kind: "field"; readonly field: Field; readonly start: number; readonly end: number }
  | {
      readonly kind: "target";
      readonly statement: TargetStatement | null;
      readonly start: number;
      readonly end: number;
    }
  | { readonly kind: "choice"; readonly choice: TargetChoice; readonly start: number; readonly end: number };

const FIELD =
  /\b(name\s+of\s+company|contact\s+name|contact\s+phone(?:\s+number)?|contact\s+e-?mail(?:\s+address)?)\s*:/gi;
/** "FCM's Customer Segregated Funds Residual Interest Target (choose one):" — up to six words name the statement. */
const TARGET = new RegExp(
  String.raw`(?<!\S)(?:FCM['\u2019]?s\s+)?((?:[A-Za-z]+\s+){0,6}?)residual\s+interest\s+target` +
    String.raw`(?:\s*\(\s*choose\s+one\s*\))?\s*:?`,
  "gi",
);
const CHOICE =
  /(?:\b[a-d]\.\s*)?\b(minimum\s+dollar\s+amount|minimum\s+percentage|dollar\s+amount\s+range|percentage\s+range)/gi;

function fieldOf(name: string): Field {
  const n = name.toLowerCase();
  return n.startsWith("name")
    ? "firm"
    : n.includes("phone")
      ? "contactPhone"
      : n.includes("mail")
        ? "contactEmail"
        : "contactName";
}

/** Which statement a heading is about, by the words it uses. */
function targetStatement(words: string): TargetStatement | null {
  if (/cleared\s+swaps/i.test(words)) return "cleared-swaps";
  if (/secured/i.test(words)) return "secured-amounts";
  if (/segregat/i.test(words)) return "segregation";
  return null;
}

function choiceOf(words: string): TargetChoice {
  const t = words.toLowerCase().replace(/\s+/g, " ");
  return t === "minimum dollar amount"
    ? "minimum-dollar"
    : t === "minimum percentage"
      ? "minimum-percentage"
      : t === "dollar amount range"
        ? "dollar-range"
        : "percentage-range";
}

function anchors(text: string): Anchor[] {
  const found: Anchor[] = [];
  for (const m of text.matchAll(FIELD))
    found.push({ kind: "field", field: fieldOf(m[1]!), start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(TARGET))
    found.push({ kind: "target", statement: targetStatement(m[0]), start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(CHOICE))
    found.push({ kind: "choice", choice: choiceOf(m[1]!), start: m.index, end: m.index + m[0].length });
  // A choice's words inside a heading never occur, but an overlap would: keep the first anchor of any overlap.
  found.sort((a, b) => a.start - b.start);
  return found.filter((a, i) => i === 0 || a.start >= found[i - 1]!.end);
}

/**
 * The figures a choice prints after its words ("…; or 60,000", "…% and %. 1.5 3"); a bracketed code
 * after one is not a figure.
 */
function figures(segment: string): number[] {
  return segment
    .replace(/\[\d{4}\]/g, " ")
    .split(/\s+/)
    .map((t) => t.replace(/[$,%]/g, ""))
    .filter((t) => /^-?\d+(\.\d+)?$/.test(t))
    .map(Number);
}

/** A field's value: up to the next anchor, on its own line unless the line ends at the colon (a PDF wrap). */
function fieldValue(field: Field, segment: string): string | null {
  const lines = segment.split("\n").map((l) => l.replace(/\s+/g, " ").trim());
  const value = lines.find((l) => l !== "") ?? "";
  if (field === "contactEmail") return /\S+@\S+/.exec(value)?.[0] ?? (value || null);
  return value || null;
}

export function readCoverPage(lines: readonly CoverLine[], sourceLine: number): CoverPage {
  const text = lines.map((l) => l.text).join("\n");
  // Offset → input line, for the heading of each target.
  const lineAt = (offset: number): number => {
    let end = 0;
    for (const line of lines) if ((end += line.text.length + 1) > offset) return line.number;
    return sourceLine;
  };
  const found: Partial<Record<Field, string>> = {};
  type Open = { statement: TargetStatement; sourceLine: number; choice: TargetChoice | null; values: number[] };
  const targets: Open[] = [];
  // The target whose choices are being read; null under a heading that names no statement Tieout knows.
  let current: Open | null = null;
  const list = anchors(text);
  list.forEach((anchor, i) => {
    const segment = text.slice(anchor.end, list[i + 1]?.start ?? text.length);
    if (anchor.kind === "field") {
      const value = fieldValue(anchor.field, segment);
      if (value && found[anchor.field] === undefined) found[anchor.field] = value;
    } else if (anchor.kind === "target") {
      current = anchor.statement
        ? { statement: anchor.statement, sourceLine: lineAt(anchor.start), choice: null, values: [] }
        : null;
      if (current) targets.push(current);
    } else {
      const values = figures(segment);
      // The chosen option is the first with a non-zero figure; the others print zeros or nothing.
      if (current && current.choice === null && values.some((v) => v !== 0))
        [current.choice, current.values] = [anchor.choice, values];
    }
  });
  return {
    firm: found.firm ?? null,
    contactName: found.contactName ?? null,
    contactPhone: found.contactPhone ?? null,
    contactEmail: found.contactEmail ?? null,
    targets: targets.map((t) => ({
      statement: t.statement,
      choice: t.choice,
      values: t.values,
      sourceLine: t.sourceLine,
    })),
    sourceLine,
  };
}
