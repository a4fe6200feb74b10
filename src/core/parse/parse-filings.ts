import { catalog, type StatementForm } from "../forms";
import { isCoverPageTitle, readCoverPage, type CoverLine } from "./cover-page";
import type { Diagnostic, Filing, ParseResult } from "../model";
import { diagnostic, inputDiagnostic } from "./diagnostics";
import { FilingBuilder, type HeaderBlock } from "./filing-builder";
import { Furniture } from "./furniture";
import { HeaderReader } from "./header-reader";
import { partsOf } from "./line-parts";
import { readLine, type LineReading } from "./line-items";
import { splitLines, type SourceLine } from "./normalize";
import { readNfaSummaries } from "./nfa-summary";
import { readSchedules } from "./schedules";
import { StatementBuilder } from "./statement-builder";
import {
  EMPTY_INPUT,
  headerWithoutStatement,
  NO_FILING,
  orphanFigure,
  quoteList,
  titleNotPrinted,
  unknownStatement,
  unreadableMessage,
} from "./messages";
import { StatementText } from "./statement-text";
import type { LineFigure, LineProblem } from "./figures";
import { formsWithCode, nameOf, titleText } from "./titles";

/**
 * Reads every filing in a text: header fields, statements, figures with their codes, notes. Never
 * throws: whatever cannot be read becomes a diagnostic with its line number, and every figure or
 * code in a value position ends up either in a parsed line or in a diagnostic.
 *
 * @example
 * const { filings, diagnostics } = parseFilings(text);
 * filings[0]?.statements[1]?.lines.find((l) => l.code === "7010")?.value; // 5598505864
 */
export function parseFilings(text: string): ParseResult {
  if (text.trim() === "")
    return {
      filings: [],
      diagnostics: [inputDiagnostic("empty-input", EMPTY_INPUT)],
    };
  // A text that prints no bracketed code may be a statement printed without codes (an audited schedule).
  const schedules = /\[\d{4}\]/.test(text) ? null : (readSchedules(text) ?? readNfaSummaries(text));
  if (schedules) return schedules;
  const reader = new Reader();
  for (const line of splitLines(text)) {
    const parts = partsOf(line);
    if (parts === null) reader.read(line);
    else for (const part of parts) reader.read(part);
  }
  return reader.finish();
}

class Reader {
  private readonly filings: Filing[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private filing: FilingBuilder | null = null;
  private body: StatementText | null = null;
  /** Lines of a Cover Page being read; handed to its reader when the first statement opens. */
  private cover: { lines: CoverLine[]; sourceLine: number } | null = null;
  private readonly header = new HeaderReader(this.diagnostics);
  /** A page's header that repeated the filing's own inside a statement: the header a same-kind title reopens with. */
  private continued: HeaderBlock | null = null;
  private readonly furniture = new Furniture();
  /** Made once: a header ends the paragraph above it (a closure made for every line read cost more than the read). */
  private readonly breakParagraph = (): void => this.body?.paragraphBreak();
  /** Figures read in the open statement: a bold line above the first is a subtitle, not a new statement. */
  private bodyFigures = 0;

  read(line: SourceLine): void {
    if (line.blank) return this.body?.paragraphBreak();
    if (this.header.read(line, this.breakParagraph)) return;
    if (!line.hasCode && this.furniture.is(line, this.filing?.header.form)) return;
    // A Cover Page carries no figures to check: its lines go to its own reader (cover-page.ts).
    // Its title starts with a "c": no other line is run through the title patterns for it.
    if (line.startsWith("c") && isCoverPageTitle(titleText(line.clean))) {
      this.closeStatement();
      this.cover = { lines: [], sourceLine: line.number };
      return;
    }
    const { title, section } = nameOf(line, this.body ? this.body.statement.forms : null);
    if (!title) this.settleHeader();
    if (this.cover && !title && !line.hasCode) {
      this.cover.lines.push({ text: line.clean, number: line.number });
      return;
    }
    // A second title of the statement just opened ("FOREIGN FUTURES AND FOREIGN OPTIONS SECURED AMOUNTS"
    // under "Daily Segregation - Secured Amounts") is its subtitle, not a new statement, wherever it
    // falls before the first figure: after a printed note too, when a footer cut it onto a line of its own.
    if (title?.known && this.body?.statement.kind === title.kind && this.bodyFigures === 0)
      return this.body.subtitle(line);
    // So is a line set in bold above its first figure ("STATEMENT OF SEQUESTRATION REQUIREMENTS AND").
    if (title && !title.known && this.body && this.body.statement.kind !== "unknown" && this.bodyFigures === 0)
      if (!DAILY_SEG.test(line.clean)) return this.body.subtitle(line);
    if (title) {
      if (!title.known)
        this.diagnostics.push(diagnostic("unknown-statement", "warning", line, unknownStatement(line.text)));
      return this.open(
        line,
        titleText(line.clean),
        title.known ? title.kind : "unknown",
        title.known ? title.forms : [],
      );
    }
    if (section) return this.body?.sectionHeading(section, line);
    this.readContent(line, readLine(line, this.body?.rowContext(line)));
  }

  finish(): ParseResult {
    this.header.finish();
    this.closeFiling();
    const block = this.header.block;
    if (block)
      this.diagnostics.push(
        diagnostic("missing-title", "warning", block.source, headerWithoutStatement(block.source.number)),
      );
    if (this.filings.length === 0) this.diagnostics.unshift(inputDiagnostic("no-filing", NO_FILING));
    return { filings: this.filings, diagnostics: this.diagnostics };
  }

  /**
   * A header followed by a statement's text rather than its title: a page break inside a statement.
   * One that repeats the filing's own continues it; a different one (another day, another firm)
   * ends the filing, and the figures after it open the next one.
   */
  private settleHeader(): void {
    const block = this.header.block;
    if (!block || !this.filing) return;
    if (!this.filing.continuedBy(block.fields)) return this.closeFiling();
    if (this.body) this.continued = this.header.take();
  }

  private readContent(line: SourceLine, reading: LineReading): void {
    const body = this.body;
    if (body && reading.structured) body.breakLabel();
    if (body && reading.order) body.order ??= reading.order;
    if (body?.note(line, reading.items)) return;
    if (!this.body && reading.lone && !reading.structured) return this.orphan(line, `"${line.clean.trim()}"`, null);
    for (const item of reading.items) {
      if (item.kind === "word") this.body?.word(item);
      else if (item.kind === "marker") this.body?.marker(item, line, reading.structured);
      else if (item.kind === "figure") this.figure(line, item.figure);
      else if (item.kind === "problem") this.unreadable(line, item.problem);
      else if (this.body) this.body.stray(line, item.tokens);
      else this.orphan(line, quoteList(item.tokens), null);
    }
    this.body?.endOfLine(line);
  }

  private figure(line: SourceLine, printed: LineFigure): void {
    this.ensureStatementFor(line, printed.code);
    const filing = this.filing;
    if (!this.body || !filing) return this.orphan(line, `"${printed.raw}"`, printed.code);
    this.bodyFigures++;
    const figure = this.body.withWrappedSign(line, printed);
    if (this.body.against(line, figure)) return;
    const repeat = figure.code === null ? null : filing.repeatOf(figure.code, figure.value);
    if (repeat) {
      // A conflict is a printed figure not read: the statement keeps it, and checks report it.
      if (repeat.repeat === "conflicting-code" && figure.code !== null)
        this.body.conflict(
          line,
          { ...figure, code: figure.code },
          {
            value: repeat.earlier.value,
            sourceLine: repeat.earlier.sourceLine,
          },
        );
      else this.body.duplicate();
      this.diagnostics.push(
        diagnostic(repeat.repeat, repeat.repeat === "duplicate-code" ? "warning" : "error", line, repeat.message),
      );
      return;
    }
    this.body.figure(line, figure);
    if (figure.code !== null) filing.record(figure.code, this.body.statement.lastReported!);
  }

  private unreadable(line: SourceLine, problem: LineProblem): void {
    const wrapped = this.body?.wrappedFigure(line, problem);
    if (wrapped) this.figure(wrapped.line, wrapped.figure);
    else if (this.body) this.body.unreadable(line, problem);
    else this.diagnostics.push(diagnostic("unparsed-number", "error", line, unreadableMessage(problem)));
  }

  private orphan(line: SourceLine, quoted: string, code: string | null): void {
    // A coded figure outside a statement is a figure lost; a bare number there may be page furniture.
    this.diagnostics.push(diagnostic("orphan-figure", code ? "error" : "warning", line, orphanFigure(quoted, code)));
  }

  /**
   * A coded figure with no title above it, or whose code belongs to a statement of another kind that
   * this filing has not had yet, opens that statement: a paste that lost a title keeps its figures.
   */
  private ensureStatementFor(line: SourceLine, code: string | null): void {
    const current = this.body?.statement;
    if (code === null || (current && current.knows(code))) return;
    const form = formsWithCode(code)[0];
    if (!form) return;
    if (current && (current.kind === "unknown" || this.filing?.hasKind(form.kind) || current.kind === form.kind))
      return;
    this.diagnostics.push(diagnostic("missing-title", "warning", line, titleNotPrinted(code, form.titles[0])));
    this.open(line, form.titles[0]!, form.kind, formsOfKind(form));
  }

  private open(line: SourceLine, title: string, kind: StatementBuilder["kind"], forms: readonly StatementForm[]): void {
    this.closeStatement();
    const block = this.header.take() ?? this.continued;
    this.continued = null;
    if (!this.filing || (block && !this.filing.continuedBy(block.fields)) || this.filing.hasKind(kind)) {
      this.closeFiling();
      this.filing = new FilingBuilder(block?.fields ?? {}, block?.source ?? line);
    }
    if (this.cover) {
      this.filing.cover = readCoverPage(this.cover.lines, this.cover.sourceLine);
      this.cover = null;
    }
    this.bodyFigures = 0;
    this.body = new StatementText(new StatementBuilder(kind, title, forms, line), this.diagnostics);
  }

  private closeStatement(): void {
    if (!this.body || !this.filing) return;
    this.body.breakLabel();
    const { statement, diagnostics } = this.body.statement.finish();
    this.filing.statements.push(statement);
    this.diagnostics.push(...diagnostics);
    this.body = null;
  }

  private closeFiling(): void {
    this.closeStatement();
    if (!this.filing) return;
    const { filing, diagnostics } = this.filing.finish();
    this.filings.push(filing);
    this.diagnostics.push(...diagnostics);
    this.filing = null;
  }
}

const DAILY_SEG = /^\s*daily\s+seg/i;

function formsOfKind(form: StatementForm): readonly StatementForm[] {
  return catalog.filter((f) => f.kind === form.kind);
}
