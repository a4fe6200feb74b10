import { formByVersion } from "../forms";
import { summaryPages, type SummaryPage } from "../forms/nfa-summary-lines";
import type { Diagnostic, Filing, Note, ParseResult, ReportedLine, Statement } from "../model";
import { isoDate } from "./dates";
import { diagnostic } from "./diagnostics";
import { foldForMatch, splitLines, type SourceLine } from "./normalize";
import { readFigure } from "./numbers";
import { labelWords, similarity } from "./schedule-match";
import { emptySchedule, unmatchedLine, unreadLine } from "./messages";

/**
 * Reads NFA's public per-firm summary pages: a title ("FCM Customer Segregated Funds Report"), the
 * firm, its NFA ID and the date, then named figures whose label and amount may run together
 * ("Total Amount in Segregation$8,786,416,478"). The funds, the requirement and the excess take the
 * codes of their statement's lines so the excess is checked like any filing's; a percentage is
 * context, kept as a note and never checked. Null when the text holds no such page.
 */
export function readNfaSummaries(text: string): ParseResult | null {
  const lines = splitLines(text);
  const starts = lines.flatMap((line, i) => {
    const page = pageOf(line.clean);
    return page ? [{ page, index: i }] : [];
  });
  if (starts.length === 0) return null;
  const filings: Filing[] = [];
  const diagnostics: Diagnostic[] = [];
  let current = null as { filing: Filing; statements: Statement[] } | null;
  for (const [n, { page, index }] of starts.entries()) {
    const body = lines.slice(index + 1, starts[n + 1]?.index ?? lines.length);
    const read = readPage(page, lines[index]!, body);
    diagnostics.push(...read.diagnostics);
    if (!read.statement) continue;
    const { firm, nfaId, date } = read;
    const same =
      current?.filing.firm === firm &&
      current.filing.endDate === date &&
      !current.statements.some((s) => s.kind === page.kind);
    if (!same) {
      if (current) filings.push({ ...current.filing, statements: current.statements });
      current = {
        filing: {
          firm,
          form: null,
          endDate: date,
          submitDate: null,
          amendment: false,
          complete: true,
          statements: [],
          sourceLine: lines[index]!.number,
          ...(nfaId ? { nfaId } : {}),
        },
        statements: [],
      };
    }
    current!.statements.push(read.statement);
  }
  if (current) filings.push({ ...current.filing, statements: current.statements });
  return { filings, diagnostics };
}

function pageOf(text: string): SummaryPage | undefined {
  const t = text.trim();
  if (!/^fcm\b/i.test(t) || !/report$/i.test(t)) return undefined;
  const folded = foldForMatch(t);
  return summaryPages.find(
    (p) => p.titleWords.every((w) => folded.includes(w)) && !p.notWords.some((w) => folded.includes(w)),
  );
}

const NFA_ID = /^NFA\s*ID\s*(?:No\.?|Number)?\s*[:#]?\s*(\d{3,10})\s*$/i;
const PERCENT = /^(.*?[A-Za-z)])\s*(-?\d[\d,]*(?:\.\d+)?\s*%)\s*$/;
/**
 * A label, then an amount that may follow it with no space: "…Segregation$8,786,416,478",
 * "Excess (deficiency) 12".
 */
const AMOUNT = /^(.*?[A-Za-z)])\s*((?:\(|-)?\$\s*\(?-?[\d,]*\d\)?|\(?-?\d[\d,]*\)?)\s*$/;

interface PageRead {
  readonly statement: Statement | null;
  readonly diagnostics: readonly Diagnostic[];
  readonly firm: string | null;
  readonly nfaId: string | null;
  readonly date: string | null;
}

function readPage(page: SummaryPage, title: SourceLine, body: readonly SourceLine[]): PageRead {
  const form = formByVersion(page.version)!;
  const catalogLines = form.sections.flatMap((s) => s.lines.map((line) => ({ line, section: s.id })));
  const out: ReportedLine[] = [];
  const notes: Note[] = [];
  const unmatched: { source: SourceLine; label: string; raw: string }[] = [];
  let firm: string | null = null;
  let nfaId: string | null = null;
  let date: string | null = null;
  for (const source of body) {
    const text = source.clean.trim();
    if (text === "") continue;
    const id = NFA_ID.exec(text);
    if (id) {
      nfaId = id[1]!;
      continue;
    }
    const asOf = isoDate(text.replace(/^(?:as\s+of|date|as\s+at)\s*:?\s*/i, ""));
    if (asOf) {
      date = asOf;
      continue;
    }
    if (PERCENT.test(text)) {
      notes.push({ text, sourceLine: source.number });
      continue;
    }
    const amount = AMOUNT.exec(text);
    const read = amount ? readFigure(amount[2]!.replace(/\s+/g, "")) : null;
    if (!amount || !read?.ok) {
      if (firm === null && out.length === 0) firm = text;
      else notes.push({ text, sourceLine: source.number });
      continue;
    }
    const label = amount[1]!.trim();
    const raw = amount[2]!.trim();
    const code = bestCode(page, label);
    const known = code ? catalogLines.find((c) => c.line.code === code) : undefined;
    if (!known || out.some((l) => l.code === code)) {
      out.push({ line: "", section: null, label, code: null, value: read.value, sourceLine: source.number, raw });
      unmatched.push({ source, label, raw });
      continue;
    }
    out.push({
      line: known.line.line,
      section: known.section,
      label,
      code,
      value: read.value,
      sourceLine: source.number,
      raw,
      codeSource: "matched",
    });
  }
  const kept = out.some((l) => l.code !== null);
  const diagnostics = unmatched.map(({ source, label, raw }) =>
    diagnostic("unmatched-line", "warning", source, kept ? unmatchedLine(label, raw) : unreadLine(label, raw)),
  );
  if (!kept)
    return {
      statement: null,
      diagnostics: [diagnostic("empty-schedule", "warning", title, emptySchedule(title.clean.trim())), ...diagnostics],
      firm,
      nfaId,
      date,
    };
  const statement: Statement = {
    kind: page.kind,
    title: title.clean.trim(),
    version: page.version,
    complete: true,
    missing: [],
    lines: out,
    notes,
    sourceLine: title.number,
  };
  return { statement, diagnostics, firm, nfaId, date };
}

/** The code whose printed names the label matches best; none below 0.75, so a stray figure takes no code. */
function bestCode(page: SummaryPage, label: string): string | null {
  const words = labelWords(label);
  let best: { code: string; score: number } | null = null;
  for (const line of page.lines)
    for (const printed of line.printed) {
      const score = similarity(words, labelWords(printed));
      if (score >= 0.75 && (!best || score > best.score)) best = { code: line.code, score };
    }
  return best?.code ?? null;
}
