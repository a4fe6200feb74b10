import type { UnsettledLine, UnusedInstruction } from "../derive/derive-rules";
import type { RuleKind, UnreadFigure } from "../model";
import type { LineRef } from "./line-refs";
import { formatMoney } from "./money";

/**
 * Every sentence a finding says, in one place. Sentences name lines the way the form prints them
 * ("Line 5 total [7740]", "lines 5.A–5.E") and figures with thousands separators. Tests and the UI
 * match on a finding's rule and code, never on these words.
 */

const money = formatMoney;

/** "Line 5 total [7740]" opens a sentence about a sum's total; other figures are "Line 14 [7190]". */
function subject(ref: LineRef, kind: RuleKind): string {
  const name = ref.line ? `Line ${ref.line}` : "The figure";
  return `${name}${kind === "sum" ? " total" : ""} [${ref.code}]`;
}

/** "line 13 [7180]", with the statement named when the figure is printed in another one. */
function phrase(ref: LineRef): string {
  const name = ref.line ? `line ${ref.line} [${ref.code}]` : `[${ref.code}]`;
  return ref.elsewhere ? `${name} of "${ref.elsewhere}"` : name;
}

function joinAnd(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const letterOf = (line: string): string | undefined => /^\d+\.([A-Z])$/.exec(line)?.[1];
const parentOf = (line: string): string | undefined => /^(\d+)\.[A-Z]$/.exec(line)?.[1];

/** Lettered sub-lines of one line, in letter order: "lines 5.A–5.E" (or "lines 1.A and 1.B"). */
function subLines(refs: readonly LineRef[]): string | undefined {
  const parent = refs[0] && parentOf(refs[0].line);
  if (!parent || refs.some((r) => r.elsewhere || parentOf(r.line) !== parent)) return undefined;
  const codes = refs.map((r) => (letterOf(r.line) ?? "").charCodeAt(0));
  if (codes.some((c, i) => i > 0 && c !== codes[i - 1]! + 1)) return undefined;
  const first = refs[0]!.line;
  const last = refs[refs.length - 1]!.line;
  return refs.length > 2 ? `lines ${first}–${last}` : `lines ${first} and ${last}`;
}

/** Whole lines in order: "lines 1 through 7", "lines 4 and 5". */
function wholeLines(refs: readonly LineRef[]): string | undefined {
  const numbers = refs.map((r) => (r.elsewhere || !/^\d+$/.test(r.line) ? NaN : Number(r.line)));
  if (numbers.some((n, i) => Number.isNaN(n) || (i > 0 && n !== numbers[i - 1]! + 1))) return undefined;
  return numbers.length > 2
    ? `lines ${numbers[0]} through ${numbers[numbers.length - 1]}`
    : `lines ${joinAnd(numbers.map(String))}`;
}

/** The lines a sum adds, as the form prints its instruction when it prints one ("add lines 7 through 12"). */
function partsPhrase(refs: readonly LineRef[], printed: string | undefined): string {
  const said = printed && /^add\s+(lines?\s.+)$/i.exec(printed.trim())?.[1];
  if (said) return said;
  if (refs.length === 1) return phrase(refs[0]!);
  return subLines(refs) ?? wholeLines(refs) ?? `lines ${joinAnd(refs.map((r) => phrase(r).replace(/^line /, "")))}`;
}

const gap = (difference: number): string => `a difference of ${money(difference)}`;

export function sumMismatch(
  t: LineRef,
  parts: readonly LineRef[],
  printed: string | undefined,
  reported: number,
  expected: number,
  difference: number,
): string {
  const verb = parts.length === 1 ? "is" : "add to";
  return (
    `${subject(t, "sum")} is ${money(reported)} but ${partsPhrase(parts, printed)} ` +
    `${verb} ${money(expected)}: ${gap(difference)}`
  );
}

export function differenceMismatch(
  t: LineRef,
  minuend: LineRef,
  subtrahend: LineRef,
  reported: number,
  expected: number,
  difference: number,
): string {
  return (
    `${subject(t, "difference")} is ${money(reported)} but ${phrase(minuend)} ` +
    `less ${phrase(subtrahend)} is ${money(expected)}: ${gap(difference)}`
  );
}

export function tieMismatch(
  t: LineRef,
  other: LineRef,
  reported: number,
  expected: number,
  difference: number,
): string {
  const named = other.label ? `${phrase(other)} ${other.label}` : phrase(other);
  return `${subject(t, "tie")} is ${money(reported)} but ${named} is ${money(expected)}: ${gap(difference)}`;
}

export function greaterOfMismatch(
  t: LineRef,
  parts: readonly LineRef[],
  reported: number,
  expected: number,
  difference: number,
): string {
  return (
    `${subject(t, "greater-of")} is ${money(reported)} but the greater of ` +
    `${joinAnd(parts.map(phrase))} is ${money(expected)}: ${gap(difference)}`
  );
}

function named(t: LineRef): string {
  return t.label ? `${subject(t, "non-negative")} ${t.label}` : subject(t, "non-negative");
}

export function deficiency(t: LineRef, reported: number): string {
  return `${named(t)} is ${money(reported)}: a deficiency of ${money(-reported)}`;
}

export function targetShortfall(t: LineRef, reported: number): string {
  return `${named(t)} is ${money(reported)}: a shortfall of ${money(-reported)} against the management target`;
}

/**
 * A rule that could not be evaluated because the filing lacks some of its figures: absent from a
 * partial copy, or printed but not read (`unread`: those of `missing` that the text prints).
 */
export function notEvaluated(
  t: LineRef,
  kind: RuleKind,
  missing: readonly LineRef[],
  unread: readonly string[] = [],
): string {
  const said = (refs: readonly LineRef[], what: string): string[] => {
    if (refs.length === 0) return [];
    const names = [
      ...(refs.some((m) => m.code === t.code) ? ["it"] : []),
      ...refs.filter((m) => m.code !== t.code).map(phrase),
    ];
    return [`${joinAnd(names)} ${names.length > 1 ? "are" : "is"} ${what}`];
  };
  const reasons = [
    ...said(
      missing.filter((m) => unread.includes(m.code)),
      "printed but could not be read",
    ),
    ...said(
      missing.filter((m) => !unread.includes(m.code)),
      "missing from the filing",
    ),
  ];
  return `${subject(t, kind)} could not be checked: ${reasons.join("; ")}`;
}

/** "Line 1.A [7010] could not be read: "N/A" stands where its figure should be (input line 23) …". */
export function unreadFigure(figure: UnreadFigure): string {
  const line = figure.line ? `Line ${figure.line}` : "The figure";
  const name = figure.code ? `${line} [${figure.code}]` : line;
  const what = figure.raw ? `"${figure.raw}" stands where its figure should be` : "no figure stands before its code";
  return `${name} could not be read: ${what} (input line ${figure.sourceLine}), so no total that uses it is checked`;
}

/** "[7010] is printed twice with different figures: …". */
export function conflictingFigure(figure: UnreadFigure): string {
  const kept = figure.kept;
  const first = kept ? `${money(kept.value)} on input line ${kept.sourceLine}` : "an earlier figure";
  return (
    `[${figure.code}] is printed twice with different figures: ${first} and ${figure.raw} on input line ` +
    `${figure.sourceLine}; the totals are checked with the first, which may not be the figure meant`
  );
}

/** "is not understood to its end ("& 4")": why a printed instruction gives no rule. */
function unusedWhy(unused: UnusedInstruction): string {
  switch (unused.reason) {
    case "partial":
      return `is not understood to its end ("${unused.detail}")`;
    case "ambiguous":
      return `names ${unused.detail}, which this statement prints in more than one part`;
    case "unsettled":
      return (
        `names ${unused.detail}, which prints several figures each right after another, ` +
        "so which is its total is not known"
      );
    case "absent":
      return `names ${unused.detail || "a line"}, which the text does not print`;
    case "self":
      return "names its own total";
  }
}

/** The diagnostic: what is wrong with the instruction, and what checks its total instead. */
export function unusedInstructionMessage(unused: UnusedInstruction, catalogued: boolean): string {
  const where = `line ${unused.line.line || "(none)"} [${unused.code}]`;
  const instead = catalogued
    ? `the catalog's rule checks [${unused.code}] instead`
    : `[${unused.code}] is not checked by it`;
  return (
    `The printed instruction "${unused.text}" on ${where} ` +
    `${unusedWhy(unused)}; it is not used as a rule, and ${instead}.`
  );
}

/** A total of a statement checked by its own text alone, whose printed instruction gives no rule. */
export function instructionNotChecked(t: LineRef, unused: UnusedInstruction): string {
  return (
    `${subject(t, unused.ruleKind)} could not be checked: its ` +
    `printed instruction "${unused.text}" ${unusedWhy(unused)}`
  );
}

/** At most this many codes are named in a sentence; the rest are counted. */
const NAMED_CODES = 5;

/**
 * "Line 1 could not be checked: [7520] and [7530] are each printed right after another of its figures,
 * …": which figure is the line's total is not known, so none is checked as the sum of the others,
 * and no total that counts the line is checked either.
 */
export function unsettledLineNotChecked(unsettled: UnsettledLine): string {
  const codes = unsettled.subtotals;
  const named = codes.slice(0, NAMED_CODES).map((c) => `[${c}]`);
  const more = codes.length - named.length;
  const list = more > 0 ? `${named.join(", ")} and ${money(more)} more` : joinAnd(named);
  const line = unsettled.line.line;
  return (
    `Line ${line} could not be checked: ${list} are each printed right after another of its figures, so ` +
    `which of them is the line's total is not known; none is checked as the sum of the others, and no ` +
    `total that counts line ${line} is checked`
  );
}
