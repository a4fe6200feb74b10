import type { Filing, ReportedLine, Statement, StatementKind } from "../model";

/**
 * What an AMENDMENT changed against the INITIAL filing it replaces (same firm, form and end date):
 * every coded figure whose value differs, was added or was dropped, statement by statement. Plain
 * data, worked out once: the Changes sheet and the task pane both list exactly this, so they never
 * disagree.
 */

/** One side of a change: the figure as read, a figure printed but not read, or no figure for the code. */
export type AmendedFigure =
  | { readonly kind: "figure"; readonly value: number }
  | { readonly kind: "not-read"; readonly raw: string }
  | { readonly kind: "not-printed" };

export interface ChangedCode {
  readonly statement: StatementKind;
  /** The statement's title as the amendment prints it (the original's when the amendment drops it). */
  readonly title: string;
  /** Index of the statement in the original and in the amended filing; -1 where that filing lacks it. */
  readonly originalStatement: number;
  readonly amendedStatement: number;
  readonly code: string;
  readonly label: string;
  readonly original: AmendedFigure;
  readonly amended: AmendedFigure;
  /** amended − original when both are figures; null otherwise. */
  readonly difference: number | null;
}

export interface AmendmentChanges {
  /** Indices of the two filings in the list compared. */
  readonly original: number;
  readonly amended: number;
  readonly firm: string | null;
  readonly form: string | null;
  readonly endDate: string;
  /** Empty when the amendment reprints every figure as it was. */
  readonly changes: readonly ChangedCode[];
}

const identity = (f: Filing): string => JSON.stringify([f.firm, f.form, f.endDate]);

/**
 * Each AMENDMENT paired with the INITIAL filing of its firm, form and end date (the first such, when
 * several were given), in the order the amendments come; an amendment without its initial filing
 * among `filings`, or without an end date, has nothing to be compared with and is left out.
 */
export function amendmentPairs(filings: readonly Filing[]): readonly { original: number; amended: number }[] {
  return filings.flatMap((filing, amended) => {
    if (!filing.amendment || filing.endDate === null) return [];
    const original = filings.findIndex((f) => !f.amendment && identity(f) === identity(filing));
    return original >= 0 ? [{ original, amended }] : [];
  });
}

/** Every pair's changed codes, in the amendment's statement and line order, then what it dropped. */
export function amendmentChanges(filings: readonly Filing[]): readonly AmendmentChanges[] {
  return amendmentPairs(filings).map(({ original, amended }) => {
    const was = filings[original]!;
    const now = filings[amended]!;
    return {
      original,
      amended,
      firm: now.firm,
      form: now.form,
      endDate: now.endDate ?? "",
      changes: statementPairs(was, now).flatMap(([o, a]) => changedCodes(was, o, now, a)),
    };
  });
}

/** Statements matched by kind: the amendment's in its order, then those only the original prints. */
function statementPairs(was: Filing, now: Filing): (readonly [number, number])[] {
  const pairs = now.statements.map((s, a) => [was.statements.findIndex((x) => x.kind === s.kind), a] as const);
  const dropped = was.statements.flatMap((s, o) => (now.statements.some((x) => x.kind === s.kind) ? [] : [o]));
  return [...pairs, ...dropped.map((o) => [o, -1] as const)];
}

function changedCodes(was: Filing, o: number, now: Filing, a: number): ChangedCode[] {
  const before = was.statements[o];
  const after = now.statements[a];
  const shown = (after ?? before)!;
  const codes = new Set([...codesOf(after), ...codesOf(before)]);
  return [...codes].flatMap((code): ChangedCode[] => {
    const original = figureOf(before, code);
    const amended = figureOf(after, code);
    if (same(original, amended)) return [];
    const line = lineOf(after, code) ?? lineOf(before, code);
    return [
      {
        statement: shown.kind,
        title: shown.title,
        originalStatement: before ? o : -1,
        amendedStatement: after ? a : -1,
        code,
        label: line?.label ?? "",
        original,
        amended,
        difference: original.kind === "figure" && amended.kind === "figure" ? amended.value - original.value : null,
      },
    ];
  });
}

/** Coded figures, read or not, in the statement's order. */
function codesOf(statement: Statement | undefined): string[] {
  if (!statement) return [];
  const read = statement.lines.flatMap((l) => (l.code ? [l.code] : []));
  const unread = (statement.unread ?? []).flatMap((u) => (u.reason === "unreadable" && u.code ? [u.code] : []));
  return [...read, ...unread];
}

const lineOf = (statement: Statement | undefined, code: string): ReportedLine | undefined =>
  statement?.lines.find((l) => l.code === code);

function figureOf(statement: Statement | undefined, code: string): AmendedFigure {
  const line = lineOf(statement, code);
  if (line) return { kind: "figure", value: line.value };
  const unread = statement?.unread?.find((u) => u.reason === "unreadable" && u.code === code);
  return unread ? { kind: "not-read", raw: unread.raw } : { kind: "not-printed" };
}

function same(x: AmendedFigure, y: AmendedFigure): boolean {
  if (x.kind === "figure" && y.kind === "figure") return x.value === y.value;
  if (x.kind === "not-read" && y.kind === "not-read") return x.raw === y.raw;
  return x.kind === y.kind;
}
