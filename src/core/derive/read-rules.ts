import { ruleTarget, type Rule, type RuleOrigin } from "../forms";
import type { ReportedLine, Statement } from "../model";
import { foldForMatch } from "../parse/normalize";
import { readInstructionText, type Instruction, type InstructionReading, type LineNumberRef } from "./instructions";
import { LabelTotals } from "./label-totals";
import { ownLine, resolveLine, statementRows, type Row } from "./rows";
import { targetDifferences } from "./target-rules";

export interface UnusedInstruction {
  /** The figure whose label prints the instruction. */
  readonly line: ReportedLine;
  readonly code: string;
  /** The instruction as printed. */
  readonly text: string;
  readonly reason: "partial" | "ambiguous" | "unsettled" | "absent" | "self";
  /** The kind of rule the instruction would give, from its verb. */
  readonly ruleKind: "sum" | "difference" | "greater-of";
  /** What is not understood (partial), or the line number that is ambiguous, unsettled or absent. */
  readonly detail: string;
}

/**
 * A line that prints two or more figures each right after another ("1. Cash 10 [7010] 20 [7020] 30
 * [7030]", an unknown statement's rows run together): any of them could be the line's total, so none
 * is checked as the sum of the others.
 */
export interface UnsettledLine {
  /** The first of the figures printed right after another. */
  readonly line: ReportedLine;
  readonly code: string;
  /** The codes of every figure of the line printed right after another, in order. */
  readonly subtotals: readonly string[];
}

/**
 * What one layout derives: its rules, its unused instructions and its unsettled lines, each by its
 * line's place in the statement.
 */
export interface LayoutRules {
  readonly rules: readonly Rule[];
  readonly unused: readonly PlacedInstruction[];
  readonly unsettled: readonly Placed<UnsettledLine>[];
}

export type Placed<T extends { readonly line: ReportedLine }> = Omit<T, "line"> & { readonly index: number };
export type PlacedInstruction = Placed<UnusedInstruction>;

/**
 * A statement's rules, unused instructions and unsettled lines, read from its printed lines (deriveRules shares them
 * among the statements of one layout): the passes below read line ids, codes, labels and subtotals,
 * never a figure, so each unused instruction is kept by its line's place in the statement.
 */
export function readRules(statement: Statement): LayoutRules {
  const rows = statementRows(statement);
  // Each label is read for an instruction once, though two of the passes below ask.
  const instructions = new Map(rows.map((row) => [row, readInstructionText(row.line.label)]));
  const unused: PlacedInstruction[] = [];
  const unsettled: Placed<UnsettledLine>[] = [];
  let places: Map<ReportedLine, number> | undefined;
  const index = (row: Row): number =>
    (places ??= new Map(statement.lines.map((line, i) => [line, i] as const))).get(row.line)!;
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
  // A subtotal adds the line's figures that are not subtotals. Each line is read once, at its first.
  const read = new Set<readonly Row[]>();
  for (const row of rows) {
    const own = row.subtotal ? ownLine(rows, row.group, row.number) : undefined;
    if (!own || read.has(own)) continue;
    read.add(own);
    const subtotals = own.filter((r) => r.subtotal);
    if (subtotals.length > 1) {
      unsettled.push({ index: index(row), code: row.code, subtotals: subtotals.map((r) => r.code) });
      continue;
    }
    if (targets.has(row.code)) continue;
    const parts = own.filter((r) => !r.subtotal).map((r) => r.code);
    if (parts.length) push(sum(row, parts, { kind: "structure", line: String(row.number) }), row.code);
  }
  const totals = new LabelTotals(rows, targets);
  for (const row of rows) {
    // A label that prints an instruction the text cannot resolve is not guessed at from its wording.
    if (targets.has(row.code) || printsInstruction(instructions.get(row))) continue;
    const parts = totals.parts(row);
    if (!parts) continue;
    push(sum(row, parts, { kind: "label", line: row.line.line, text: row.line.label }), row.code);
    totals.taken(row);
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
  return { rules, unused, unsettled };
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
    const same = byLabel.get(words);
    if (same) same.push(row);
    else byLabel.set(words, [row]);
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

/**
 * The figure whose label shares the most words with `words` ("amount required … foreign jurisdiction
 * (above)"), the first one on a tie, other than the total itself. The lines are scored once for each
 * set of words, keeping the best two (the second stands in when the best is the total itself), so
 * that a statement printing the same words on many lines does not score every line for each.
 */
function namedLine(rows: readonly Row[], self: Row, words: string): string | null {
  const key = [...new Set(significant(words))].sort().join(" ");
  let byWords = rankings.get(rows);
  if (!byWords) rankings.set(rows, (byWords = new Map()));
  let ranked = byWords.get(key);
  if (!ranked) byWords.set(key, (ranked = rank(rows, new Set(key.split(" ")))));
  return (ranked.best === self ? ranked.next : ranked.best)?.code ?? null;
}

interface Ranked {
  /** The first line with the most words wanted (two at least); null when none has two. */
  readonly best: Row | null;
  /** The same among the other lines. */
  readonly next: Row | null;
}

const rankings = new WeakMap<readonly Row[], Map<string, Ranked>>();

function rank(rows: readonly Row[], wanted: ReadonlySet<string>): Ranked {
  let [best, bestScore]: [Row | null, number] = [null, 1];
  let [next, nextScore]: [Row | null, number] = [null, 1];
  for (const row of rows) {
    if (row.subtotal) continue;
    let score = 0;
    for (const word of new Set(significant(row.line.label))) if (wanted.has(word)) score++;
    if (score > bestScore) {
      [next, nextScore] = [best, bestScore];
      [best, bestScore] = [row, score];
    } else if (score > nextScore) [next, nextScore] = [row, score];
  }
  return { best, next };
}

const STOP = new Set(["the", "of", "to", "a", "an", "or", "and", "in", "on", "for", "by", "be", "as", "above"]);
const significant = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1 && !STOP.has(w));
