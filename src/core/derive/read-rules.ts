import { ruleTarget, type Rule, type RuleOrigin } from "../forms";
import type { ReportedLine, Statement } from "../model";
import { foldForMatch } from "../parse/normalize";
import { readInstructionText, type Instruction, type InstructionReading, type LineNumberRef } from "./instructions";
import { lineFigures, resolveLine, statementRows, type Row } from "./rows";
import { targetDifferences } from "./target-rules";

export interface UnusedInstruction {
  /** The figure whose label prints the instruction. */
  readonly line: ReportedLine;
  readonly code: string;
  /** The instruction as printed. */
  readonly text: string;
  readonly reason: "partial" | "ambiguous" | "absent" | "self";
  /** The kind of rule the instruction would give, from its verb. */
  readonly ruleKind: "sum" | "difference" | "greater-of";
  /** What is not understood (partial), or the line number that is ambiguous or absent. */
  readonly detail: string;
}

/** What one layout derives: its rules, and its unused instructions by their line's place in the statement. */
export interface LayoutRules {
  readonly rules: readonly Rule[];
  readonly unused: readonly PlacedInstruction[];
}

export type PlacedInstruction = Omit<UnusedInstruction, "line"> & { readonly index: number };

/**
 * A statement's rules and unused instructions, read from its printed lines (deriveRules shares them
 * among the statements of one layout): the passes below read line ids, codes, labels and subtotals,
 * never a figure, so each unused instruction is kept by its line's place in the statement.
 */
export function readRules(statement: Statement): LayoutRules {
  const rows = statementRows(statement);
  // Each label is read for an instruction once, though two of the passes below ask.
  const instructions = new Map(rows.map((row) => [row, readInstructionText(row.line.label)]));
  const unused: PlacedInstruction[] = [];
  const index = (row: Row): number => statement.lines.indexOf(row.line);
  const rules: Rule[] = [];
  const targets = new Set<string>();
  const push = (rule: Rule, target: string): void => {
    rules.push(rule);
    targets.add(target);
  };
  for (const row of rows) {
    const reading = row.subtotal ? undefined : instructions.get(row);
    if (!reading || reading.kind === "none") continue;
    if (reading.kind === "partial") {
      const ruleKind = verbKind(reading.text);
      unused.push({
        index: index(row),
        code: row.code,
        text: reading.text,
        reason: "partial",
        detail: reading.rest,
        ruleKind,
      });
      continue;
    }
    const rule = printedRule(rows, row, reading.instruction);
    const { text } = reading.instruction;
    if (!rule.ok) unused.push({ index: index(row), code: row.code, text, ...rule.why, ruleKind: verbKind(text) });
    else if (!targets.has(row.code)) push(rule.rule, row.code);
  }
  for (const row of rows) {
    if (!row.subtotal || targets.has(row.code)) continue;
    const parts = rows.filter((r) => r.group === row.group && r.number === row.number && r !== row).map((r) => r.code);
    if (parts.length) push(sum(row, parts, { kind: "structure", line: String(row.number) }), row.code);
  }
  for (const row of rows) {
    // A label that prints an instruction the text cannot resolve is not guessed at from its wording.
    if (targets.has(row.code) || printsInstruction(instructions.get(row))) continue;
    const parts = totalParts(rows, row, targets);
    if (parts) push(sum(row, parts, { kind: "label", line: row.line.line, text: row.line.label }), row.code);
  }
  for (const rule of carriedTotals(rows, targets)) push(rule, ruleTarget(rule));
  for (const rule of targetDifferences(rows, targets)) push(rule, ruleTarget(rule));
  for (const row of rows) {
    if (!/^\s*excess\s*\(deficiency\)/i.test(row.line.label)) continue;
    const meaning = /\btarget\b/i.test(row.line.label) ? "target-shortfall" : "deficiency";
    rules.push({
      id: `DRV-${row.code}-${meaning}`,
      kind: "non-negative",
      code: row.code,
      meaning,
      confirmed: false,
      origin: { kind: "label", line: row.line.line, text: row.line.label },
    });
  }
  return { rules, unused };
}

const verbKind = (text: string): UnusedInstruction["ruleKind"] =>
  /^add\b/i.test(text) ? "sum" : /^subtract\b/i.test(text) ? "difference" : "greater-of";

const printsInstruction = (reading: InstructionReading | undefined): boolean =>
  reading !== undefined && reading.kind !== "none";

/**
 * A "Total …" label printed twice in a statement, word for word, is one figure carried from where it
 * is computed to where it is used (the Secured Amounts summary's line 2 is its funds' line 8): the
 * copy with no arithmetic of its own must equal the one with it. Only an exact pair counts, so that
 * labels repeated across sections ("Cash") or totals with arithmetic on both sides are left alone.
 */
function carriedTotals(rows: readonly Row[], targets: ReadonlySet<string>): Rule[] {
  const byLabel = new Map<string, Row[]>();
  for (const row of rows) {
    if (row.subtotal || !/^\s*total\b/i.test(row.line.label)) continue;
    // Word for word as titles are matched: case, spacing and punctuation aside.
    const words = foldForMatch(row.line.label);
    byLabel.set(words, [...(byLabel.get(words) ?? []), row]);
  }
  const rules: Rule[] = [];
  for (const same of byLabel.values()) {
    const computed = same.filter((r) => targets.has(r.code));
    const carried = same.filter((r) => !targets.has(r.code));
    if (same.length !== 2 || computed.length !== 1 || carried.length !== 1) continue;
    const [from, to] = [computed[0]!, carried[0]!];
    rules.push({
      id: `DRV-${to.code}`,
      kind: "tie",
      code: to.code,
      equals: from.code,
      severity: "error",
      confirmed: false,
      origin: { kind: "label", line: to.line.line, text: to.line.label },
    });
  }
  return rules;
}

function sum(row: Row, parts: readonly string[], origin: RuleOrigin): Rule {
  return {
    id: `DRV-${row.code}`,
    kind: "sum",
    total: row.code,
    parts: [...parts],
    confirmed: false,
    ...(origin.text && origin.kind === "printed" ? { printed: origin.text } : {}),
    origin,
  };
}

type Why = Pick<UnusedInstruction, "reason" | "detail">;
type Printed = { readonly ok: true; readonly rule: Rule } | { readonly ok: false; readonly why: Why };

function printedRule(rows: readonly Row[], row: Row, instruction: Instruction): Printed {
  const origin: RuleOrigin = { kind: "printed", line: row.line.line, text: instruction.text };
  const base = { id: `DRV-${row.code}`, confirmed: false, printed: instruction.text, origin } as const;
  let why: Why | null = null;
  const codes = (ref: LineNumberRef): readonly string[] => {
    const resolved = resolveLine(rows, ref.number, row, ref.firstPage);
    if (resolved.ok) return resolved.rows.map((r) => r.code);
    why ??= { reason: resolved.reason, detail: `line ${ref.number}` };
    return [];
  };
  const single = (ref: LineNumberRef): string | null => {
    const found = codes(ref);
    if (found.length > 1) why ??= { reason: "ambiguous", detail: `line ${ref.number}` };
    return found.length === 1 ? found[0]! : null;
  };
  const self: Why = { reason: "self", detail: `line ${row.line.line}` };
  const ok = (rule: Rule): Printed => ({ ok: true, rule });
  const no = (): Printed => ({ ok: false, why: why ?? self });
  switch (instruction.kind) {
    case "add": {
      const parts = instruction.lines.flatMap((ref) => codes(ref));
      // A line the text does not print, or a total that would add itself, is not this instruction.
      if (why || parts.includes(row.code)) return no();
      return ok({ ...base, kind: "sum", total: row.code, parts });
    }
    case "subtract": {
      const minuend = single(instruction.minuend);
      const subtrahend = single(instruction.subtrahend);
      if (!minuend || !subtrahend || minuend === row.code || subtrahend === row.code) return no();
      return ok({ ...base, kind: "difference", total: row.code, minuend, subtrahend });
    }
    case "greater-of": {
      const line = single(instruction.line);
      const other =
        typeof instruction.other === "string" ? namedLine(rows, row, instruction.other) : single(instruction.other);
      if (!other) why ??= { reason: "absent", detail: typeof instruction.other === "string" ? instruction.other : "" };
      if (!line || !other || line === other || [line, other].includes(row.code)) return no();
      return ok({ ...base, kind: "greater-of", total: row.code, parts: [other, line] });
    }
  }
}

/** The figure whose label shares the most words with `words` ("amount required … foreign jurisdiction (above)"). */
function namedLine(rows: readonly Row[], self: Row, words: string): string | null {
  const wanted = new Set(significant(words));
  let best: Row | null = null;
  let bestScore = 1;
  for (const row of rows) {
    if (row === self || row.subtotal) continue;
    const score = [...new Set(significant(row.line.label))].filter((w) => wanted.has(w)).length;
    if (score > bestScore) [best, bestScore] = [row, score];
  }
  return best?.code ?? null;
}

const STOP = new Set(["the", "of", "to", "a", "an", "or", "and", "in", "on", "for", "by", "be", "as", "above"]);
const significant = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1 && !STOP.has(w));

/**
 * "Total funds in separate section 30.7 accounts" (line 8) prints no instruction, but it closes a
 * group whose earlier lines are inputs and subtotals: it is the sum of lines 1 through 7. Only from
 * line 3 on, so that the 2013 summary's "2. Total funds …" (a figure carried from the funds) is not
 * mistaken for the sum of line 1.
 */
function totalParts(rows: readonly Row[], row: Row, targets: ReadonlySet<string>): readonly string[] | null {
  if (row.subtotal || !/^\s*total\b/i.test(row.line.label) || !/^\d+$/.test(row.line.line) || row.number < 3)
    return null;
  const parts: string[] = [];
  for (let n = 1; n < row.number; n++) {
    const figures = lineFigures(rows, n, row.group).filter((r) => r.group === row.group);
    if (figures.length === 0) return null;
    // A line that is itself a printed total would be counted twice.
    if (figures.some((f) => targets.has(f.code) && !f.subtotal)) return null;
    parts.push(...figures.map((f) => f.code));
  }
  return parts;
}
