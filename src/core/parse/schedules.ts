import { catalog, type StatementForm } from "../forms";
import type { ScheduleWordings } from "../forms/validate";
import type { Diagnostic, Filing, ParseResult, ReportedLine, Statement } from "../model";
import { diagnostic } from "./diagnostics";
import { splitLines, type SourceLine } from "./normalize";
import { readFigure } from "./numbers";
import { findTitles, isHeaderLine, readHeader, type Title } from "./schedule-heading";
import { ScheduleMatcher } from "./schedule-match";
import { emptySchedule, extraFigure, unmatchedLine, unreadLine } from "./messages";

/**
 * Reads statements printed without codes: the audited supplementary schedules of an annual report.
 * A statement opens at a title line (with its variants, see forms/schedule-wordings.ts); the firm
 * and date come from the lines around it; each printed line is matched to a catalog line by its
 * words and order (./schedule-match.ts). A line that matches nothing is kept uncoded and diagnosed.
 * Returns null when the text holds no such title, so the caller's own "no filing" stands.
 */
export function readSchedules(text: string): ParseResult | null {
  const lines = splitLines(text);
  const titles = findTitles(lines);
  if (titles.length === 0) return null;
  const diagnostics: Diagnostic[] = [];
  const filings: Filing[] = [];
  let current = null as {
    firm: string | null;
    date: string | null;
    statements: Statement[];
    sourceLine: number;
  } | null;
  for (const [i, title] of titles.entries()) {
    const end = titles[i + 1]?.start ?? lines.length;
    const header = readHeader(lines, title, i === 0 ? 0 : titles[i - 1]!.bodyStart);
    const body = lines.slice(title.bodyStart, end).filter((l) => !isHeaderLine(l.clean));
    const read = readStatement(title, body, header.scale);
    diagnostics.push(...read.diagnostics);
    if (!read.statement) continue;
    const same =
      current &&
      (header.firm === null || header.firm === current.firm) &&
      (header.date === null || header.date === current.date) &&
      !current.statements.some((s) => s.kind === title.wordings.kind);
    if (!same) {
      if (current) filings.push(filingOf(current));
      current = { firm: header.firm, date: header.date, statements: [], sourceLine: header.sourceLine };
    }
    current!.statements.push(read.statement);
  }
  if (current) filings.push(filingOf(current));
  return { filings, diagnostics };
}

function filingOf(f: {
  firm: string | null;
  date: string | null;
  statements: Statement[];
  sourceLine: number;
}): Filing {
  return {
    firm: f.firm,
    form: null,
    endDate: f.date,
    submitDate: null,
    amendment: false,
    complete: true,
    statements: f.statements,
    sourceLine: f.sourceLine,
  };
}

interface StatementRead {
  readonly statement: Statement | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads the body against each version of the statement's kind and keeps the one that matches most lines. */
function readStatement(title: Title, body: readonly SourceLine[], scale: number): StatementRead {
  const forms = catalog.filter((f) => f.kind === title.wordings.kind);
  let best: (BodyRead & { form: StatementForm }) | null = null;
  for (const form of forms) {
    const read = readBody(form, title.wordings, body, scale);
    if (!best || read.matched > best.matched) best = { ...read, form };
  }
  if (!best || best.matched === 0) {
    const byNumber = new Map(body.map((l) => [l.number, l]));
    const unread = (best?.lines ?? []).map((l) =>
      diagnostic("unmatched-line", "warning", byNumber.get(l.sourceLine)!, unreadLine(l.label, l.raw)),
    );
    return {
      statement: null,
      diagnostics: [diagnostic("empty-schedule", "warning", title.source, emptySchedule(title.text)), ...unread],
    };
  }
  const rounding = roundingOf(best.lines, scale);
  const statement: Statement = {
    kind: best.form.kind,
    title: title.text,
    version: best.form.version,
    complete: true,
    missing: [],
    lines: best.lines,
    notes: [],
    sourceLine: title.source.number,
    ...(scale > 1 ? { scale } : {}),
    ...(rounding ? { rounding } : {}),
  };
  return { statement, diagnostics: best.diagnostics };
}

/**
 * Figures printed in thousands are rounded to a thousand; so are figures printed in dollars that all
 * end in 000 (at least three of them, so that one round figure does not make a statement "rounded").
 */
function roundingOf(lines: readonly ReportedLine[], scale: number): number | null {
  if (scale > 1) return scale;
  const nonzero = lines.filter((l) => l.value !== 0);
  return nonzero.length >= 3 && nonzero.every((l) => l.value % 1000 === 0) ? 1000 : null;
}

interface BodyRead {
  readonly lines: readonly ReportedLine[];
  readonly diagnostics: readonly Diagnostic[];
  readonly matched: number;
}

function readBody(
  form: StatementForm,
  wordings: ScheduleWordings,
  body: readonly SourceLine[],
  scale: number,
): BodyRead {
  const matcher = new ScheduleMatcher(form, wordings);
  const out: ReportedLine[] = [];
  const diagnostics: Diagnostic[] = [];
  let pending: string | null = null;
  const comparative = isComparative(body);
  for (const source of body) {
    const split = splitAmounts(source.clean);
    if (!split) continue;
    const { label, amounts } = split;
    if (amounts.length === 0) {
      if (label !== "" && !matcher.heading(label)) pending = label;
      continue;
    }
    const own = label === "" ? null : matcher.best(label);
    const joined = pending ? matcher.best(`${pending} ${label}`) : null;
    const match = joined && (!own || joined.score > own.score) ? joined : own;
    const printedLabel = match === joined && pending ? `${pending} ${label}`.trim() : label;
    pending = null;
    const [first, ...rest] = amounts;
    const value = first!.value * scale;
    if (!match) {
      out.push({
        line: "",
        section: null,
        label: printedLabel,
        code: null,
        value,
        sourceLine: source.number,
        raw: first!.raw,
      });
      diagnostics.push(diagnostic("unmatched-line", "warning", source, unmatchedLine(printedLabel, first!.raw)));
      continue;
    }
    matcher.take(match.entry);
    const { line, code } = match.entry.line;
    const base = { section: match.entry.section, sourceLine: source.number };
    out.push({
      ...base,
      line,
      label: printedLabel,
      code,
      value,
      raw: first!.raw,
      ...(code ? { codeSource: "matched" as const } : {}),
    });
    const [second, ...others] = rest;
    const parent = second && !comparative ? matcher.parentOf(match.entry) : null;
    if (second && parent) {
      matcher.take(parent);
      out.push({
        section: parent.section,
        sourceLine: source.number,
        line: parent.line.line,
        label: parent.line.label,
        code: parent.line.code,
        value: second.value * scale,
        raw: second.raw,
        subtotal: true,
        codeSource: "matched",
      });
    }
    for (const extra of parent ? others : rest)
      diagnostics.push(diagnostic("unmatched-line", "warning", source, extraFigure(printedLabel, extra.raw)));
  }
  return { lines: out, diagnostics, matched: out.filter((l) => l.code !== null).length };
}

/**
 * A schedule printed beside the prior year's prints two amounts on most lines; one that prints a
 * line's subtotal beside its last part prints two on a few. Only the first column of a comparative
 * schedule is read, and its second figures are never taken for subtotals.
 */
function isComparative(body: readonly SourceLine[]): boolean {
  const counts = body.map((l) => splitAmounts(l.clean)?.amounts.length ?? 0).filter((n) => n > 0);
  return counts.filter((n) => n >= 2).length * 2 > counts.length;
}

interface Amount {
  readonly raw: string;
  readonly value: number;
}

/** A whole amount as a schedule prints it: 1,234 · (1,234) · $ 1,234 · $(1,234) · -1,234 · a lone dash. */
const AMOUNT = /^\$?\(?\$?-?(?:\d{1,3}(?:,\d{3})+|\d+)\)?$|^[-\u2013\u2014]$/;
/** Words after which a number is part of the label ("line 6", "Regulation 30.7", "Section 4"). */
const REFERENCE = /^(?:lines?|and|regulation|section|rule|note|schedule)$/i;

/** The label and the amounts printed at the end of a line; null for a line the heading already read. */
function splitAmounts(text: string): { label: string; amounts: Amount[] } | null {
  if (text.trim() === "" || isHeaderLine(text)) return null;
  const tokens = text.trim().split(/\s+/);
  const amounts: Amount[] = [];
  let cut = tokens.length;
  while (cut > 0) {
    const token = tokens[cut - 1]!;
    if (token === "$") {
      cut--;
      continue;
    }
    if (!AMOUNT.test(token) || (cut > 1 && REFERENCE.test(tokens[cut - 2]!) && amounts.length > 0)) break;
    const read = readFigure(token);
    if (!read.ok) break;
    amounts.unshift({ raw: token, value: read.value });
    cut--;
  }
  const label = tokens
    .slice(0, cut)
    .join(" ")
    .replace(/^(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)]\s+/, "")
    .replace(/[\s.:$]+$/, "")
    .trim();
  return { label, amounts };
}
