import type { Rule } from "../forms";
import type { Statement } from "../model";
import { LayoutCache } from "./layouts";
import { readRules, type LayoutRules, type UnsettledLine, type UnusedInstruction } from "./read-rules";

export type { UnsettledLine, UnusedInstruction } from "./read-rules";

/**
 * Rules read from a statement's own text, with no catalog: each printed instruction, each A–E
 * subtotal, an un-instructed "Total …" line that closes its group, a "Total …" printed twice (one
 * figure carried from where it is computed), an excess over a management target (excess less
 * target, from the labels), and a floor under every "Excess (deficiency)" line. Pure: the same
 * statement gives the same rules. Every rule is unconfirmed and records its origin, so findings can
 * say where the arithmetic came from.
 *
 * @example
 * deriveRules(statement).find((r) => r.origin?.text === "add lines 7 through 12");
 */
export function deriveRules(statement: Statement): readonly Rule[] {
  return derived(statement).rules;
}

/**
 * The printed instructions that give no rule, and why: read only in part, naming a line printed in
 * two parts of the statement, naming a line whose total is not known (it prints several figures each
 * right after another), naming a line the text does not print, or naming the total itself. Such an
 * instruction is never shortened or guessed into a rule; the parser reports the first three as
 * diagnostics, and a statement checked by its own text alone says its total could not be checked.
 */
export function unusedInstructions(statement: Statement): readonly UnusedInstruction[] {
  return derived(statement).unused;
}

/**
 * The lines that print two or more figures each right after another: which of them is the line's
 * total is not guessed, so no rule sums the line, and a statement checked by its own text alone says
 * the line could not be checked.
 */
export function unsettledLines(statement: Statement): readonly UnsettledLine[] {
  return derived(statement).unsettled;
}

/**
 * Where each code of the statement is first printed: the index of its line in `statement.lines`. Codes
 * and their order are part of the layout, so this is made once per layout, and the checks find a
 * statement's figures by code without building a map for every filing.
 */
export function codeLines(statement: Statement): ReadonlyMap<string, number> {
  return derived(statement).codes;
}

interface Derived {
  readonly rules: readonly Rule[];
  readonly unused: readonly UnusedInstruction[];
  readonly unsettled: readonly UnsettledLine[];
  readonly codes: ReadonlyMap<string, number>;
}

interface Layout extends LayoutRules {
  readonly codes: ReadonlyMap<string, number>;
  /** What every statement of the layout derives when no instruction is unused and no line unsettled (most layouts). */
  readonly shared: Derived | null;
}

function derived(statement: Statement): Derived {
  // A statement is readonly data: checking it again (another tolerance, the workbook's statement
  // sheets) reuses what it was given without even reading its layout again.
  let found = derivedRules.get(statement);
  if (!found) {
    const shared = statement.lines.length <= SHARED_LAYOUT_LINES;
    let layout = shared ? layouts.get(statement) : undefined;
    if (!layout) {
      layout = withShared(
        shared
          ? { ...detached(readRules(statement)), codes: new Map(detached([...firstLines(statement)])) }
          : { ...readRules(statement), codes: firstLines(statement) },
      );
      if (shared) layouts.set(statement, layout);
      derivations++;
    }
    // Rules name only codes, line ids and labels, which the layout fixes, so its statements share
    // them; an unused instruction or unsettled line points at this statement's own figure (its value,
    // its input line).
    found = layout.shared ?? {
      rules: layout.rules,
      unused: layout.unused.map(({ index, ...rest }) => ({ line: statement.lines[index]!, ...rest })),
      unsettled: layout.unsettled.map(({ index, ...rest }) => ({ line: statement.lines[index]!, ...rest })),
      codes: layout.codes,
    };
    derivedRules.set(statement, found);
  }
  return found;
}

/**
 * A layout with no unused instruction derives nothing of any one statement's own: its statements
 * share one derivation.
 */
function withShared(layout: Omit<Layout, "shared">): Layout {
  const { rules, unused, unsettled, codes } = layout;
  const alike = unused.length === 0 && unsettled.length === 0;
  return { ...layout, shared: alike ? { rules, unused: [], unsettled: [], codes } : null };
}

/**
 * Printed statements have a few dozen lines. One of more than this (a paste gone wrong, a hostile
 * file) is read for itself alone, neither copied nor kept: its rules can be many times its text's size.
 */
const SHARED_LAYOUT_LINES = 1000;

/**
 * A layout's rules and codes outlive the statement they were read from, and their strings may be slices
 * of that statement's input text (up to 20 MB): held as copies, they keep none of it alive. They are
 * plain JSON data (the codes as pairs), so the copy is equal to what was read.
 */
const detached = <T>(data: T): T => JSON.parse(JSON.stringify(data)) as T;

function firstLines(statement: Statement): Map<string, number> {
  const first = new Map<string, number>();
  statement.lines.forEach(({ code }, i) => {
    if (code !== null && !first.has(code)) first.set(code, i);
  });
  return first;
}

const derivedRules = new WeakMap<Statement, Derived>();
/** Enough for every layout of many firms in one session; each holds a few kilobytes. */
const LAYOUT_LIMIT = 256;
const layouts = new LayoutCache<Layout>(LAYOUT_LIMIT);
let derivations = 0;

/**
 * The layouts whose rules are held, and how many times rules were read from a statement's text (not
 * taken from a layout already read): what tests of the cache look at.
 */
export const derivedLayouts = {
  limit: LAYOUT_LIMIT,
  get size(): number {
    return layouts.size;
  },
  get derivations(): number {
    return derivations;
  },
  clear(): void {
    layouts.clear();
  },
};
