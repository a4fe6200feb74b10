import { scheduleWordings } from "../forms/schedule-wordings";
import type { ScheduleWordings } from "../forms/validate";
import { isoDate } from "./dates";
import { foldForMatch, type SourceLine } from "./normalize";

/**
 * The heading of a statement printed without codes: its title (known by the words it must hold, with
 * a schedule number or a second line), the firm above it, the date and the scale around it. A
 * sentence that mentions a title is not one.
 */

export interface Title {
  readonly wordings: ScheduleWordings;
  readonly source: SourceLine;
  readonly text: string;
  /** Index in the lines of the title's first line, and of the first line after it. */
  readonly start: number;
  readonly bodyStart: number;
}

/** "Schedule 4", "Schedule II -": a number a report sets before the title. */
const SCHEDULE_NUMBER = /^(?:(?:supplementary\s+)?schedule|exhibit)\s+[\w.-]{1,6}\s*[-\u2013\u2014:.]?\s*/i;
/** Words of a sentence that mentions a title rather than printing it. */
const PROSE = /\b(?:is|are|was|were|see|presented|included|accompanying|describes?|refer)\b/i;
const SCALE = /\(\s*in\s+thousands\s*\)|\$\s*0{3}\b|\(\s*0{3}s?\s*\)|in\s+thousands\s+of\s+dollars/i;
const MILLIONS = /\(\s*in\s+millions\s*\)|\$\s*0{6}\b/i;

export function findTitles(lines: readonly SourceLine[]): Title[] {
  const titles: Title[] = [];
  for (let i = 0; i < lines.length; i++) {
    const one = lines[i]!.clean.trim();
    const two = `${one} ${lines[i + 1]?.clean.trim() ?? ""}`;
    for (const [candidate, size] of [
      [one, 1],
      [two, 2],
    ] as const) {
      const wordings = titleKind(candidate);
      if (!wordings) continue;
      titles.push({ wordings, source: lines[i]!, text: candidate.trim(), start: i, bodyStart: i + size });
      i += size - 1;
      break;
    }
  }
  return titles;
}

/** The statement a line is the title of: it starts as a title does and holds every word group of one. */
function titleKind(line: string): ScheduleWordings | undefined {
  const plain = line.replace(SCHEDULE_NUMBER, "");
  if (!/^statements?\s+of\b/i.test(plain) || PROSE.test(plain) || /\d[\d,]{4,}/.test(plain)) return undefined;
  const folded = foldForMatch(plain);
  return scheduleWordings.find(
    (w) =>
      w.titleWords.every((group) => group.some((g) => folded.includes(g))) &&
      !w.notWords.some((n) => folded.includes(n)),
  );
}

export interface Header {
  readonly firm: string | null;
  readonly date: string | null;
  readonly scale: number;
  readonly sourceLine: number;
}

/** Firm, date and scale from up to three lines above the title and the heading lines below it. */
export function readHeader(lines: readonly SourceLine[], title: Title, floor: number): Header {
  const above = lines.slice(Math.max(floor, title.start - 3), title.start).filter((l) => l.clean.trim() !== "");
  const below: SourceLine[] = [];
  for (const line of lines.slice(title.bodyStart, title.bodyStart + 6)) {
    if (line.clean.trim() === "") continue;
    if (!isHeaderLine(line.clean)) break;
    below.push(line);
  }
  const around = [...above, title.source, ...below];
  const date = around.map((l) => dateIn(l.clean)).find((d) => d !== null) ?? null;
  const text = around.map((l) => l.clean).join("\n");
  const scale = MILLIONS.test(text) ? 1_000_000 : SCALE.test(text) ? 1000 : 1;
  const firmLine = [...above].reverse().find((l) => !isHeaderLine(l.clean) && !/\d[\d,]{3,}/.test(l.clean));
  return {
    firm: firmLine ? firmLine.clean.trim() : null,
    date,
    scale,
    sourceLine: (above[0] ?? title.source).number,
  };
}

const DATE_IN_TEXT =
  /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{4}/i;

function dateIn(text: string): string | null {
  const found = DATE_IN_TEXT.exec(text);
  return found ? isoDate(found[0]) : null;
}

/** A line of the heading, not of the statement: a date, a scale, a schedule number, a page number. */
export function isHeaderLine(text: string): boolean {
  const t = text.trim();
  if (/^(?:as\s+(?:of|at)\s+|at\s+|for\s+the\s+year\s+ended\s+)?/i.test(t) && isoDate(stripDate(t)) !== null)
    return true;
  if (/^\(?\s*(?:in\s+thousands|in\s+millions|\$\s*0{3}|dollars\s+in\s+thousands)[^a-z]*$/i.test(t)) return true;
  return (
    /^(?:(?:supplementary\s+)?schedule|exhibit)\s+[\w.-]{1,6}$/i.test(t) || /^(?:page\s+)?-?\s*\d{1,3}\s*-?$/i.test(t)
  );
}

function stripDate(text: string): string {
  return text
    .replace(/^(?:as\s+(?:of|at)\s+|at\s+|for\s+the\s+year\s+ended\s+)/i, "")
    .replace(/[.:]$/, "")
    .trim();
}
