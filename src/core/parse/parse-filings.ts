// allVersions: the later layouts are read too (src/core/forms/*-later.ts).
import { allVersions as catalog, type StatementForm } from "../forms";
import { isCoverPageTitle, readCoverPage, type CoverLine } from "../forms/cover-page";
import type { Diagnostic, Filing, ParseResult } from "../model";
import { diagnostic, inputDiagnostic } from "./diagnostics";
import { FilingBuilder, type Header } from "./filing-builder";
import { readHeader } from "./header";
import { readLine, type LineReading } from "./line-reader";
import { splitLines, type SourceLine } from "./normalize";
import { StatementBuilder } from "./statement-builder";
import { formsWithCode, matchSection, matchTitle } from "./titles";

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
  if (text.trim() === "") return { filings: [], diagnostics: [inputDiagnostic("empty-input", "The input is empty: paste the filing text or choose a file.")] };
  const reader = new Reader();
  for (const line of splitLines(text)) reader.read(line);
  return reader.finish();
}

class Reader {
  private readonly filings: Filing[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private filing: FilingBuilder | null = null;
  private statement: StatementBuilder | null = null;
  private block: { fields: Header; sourceLine: number } | null = null;
  private section: string | null = null;
  private number = "";
  private letter = "";
  private numberLabel = "";
  /** Lines of a Cover Page being read; handed to its reader when the first statement opens. */
  private cover: { lines: CoverLine[]; sourceLine: number } | null = null;

  read(line: SourceLine): void {
    if (line.clean.trim() === "") return;
    const header = readHeader(line.clean);
    if (header) return this.readHeaderField(line, header);
    // A Cover Page carries no figures to check: its lines go to its own reader (forms/cover-page.ts).
    if (isCoverPageTitle(line.clean)) {
      this.closeStatement();
      this.cover = { lines: [], sourceLine: line.number };
      return;
    }
    const title = matchTitle(line);
    if (this.cover && !title) {
      this.cover.lines.push({ text: line.clean, number: line.number });
      return;
    }
    if (title) {
      if (!title.known)
        this.diagnostics.push(diagnostic("unknown-statement", "warning", line, `"${line.clean.trim()}" is not a statement Tieout knows; its figures are read, but only printed instructions can check them.`));
      return this.open(line, line.clean.trim(), title.known ? title.kind : "unknown", title.known ? title.forms : []);
    }
    const section = this.statement && matchSection(this.statement.forms, line.clean);
    if (section) {
      this.section = section;
      this.statement?.touch(line.number);
      return;
    }
    this.readContent(line, readLine(line.clean));
  }

  finish(): ParseResult {
    this.closeFiling();
    if (this.block)
      this.diagnostics.push({ code: "missing-title", severity: "warning", line: this.block.sourceLine, text: "", message: `The header at input line ${this.block.sourceLine} is followed by no statement.` });
    if (this.filings.length === 0)
      this.diagnostics.unshift(
        inputDiagnostic("no-filing", 'No segregation statement was found. Tieout looks for statement titles such as "Daily Segregation - Segregation Statement" and figures followed by bracketed codes such as 5,598,505,864 [7010].'),
      );
    return { filings: this.filings, diagnostics: this.diagnostics };
  }

  private readHeaderField(line: SourceLine, header: NonNullable<ReturnType<typeof readHeader>>): void {
    if (header.field !== "amendment" && (header.field === "endDate" || header.field === "submitDate") && header.value === null)
      this.diagnostics.push(diagnostic("unparsed-number", "error", line, `"${header.raw}" is not a date Tieout can read (expected M/D/YYYY).`));
    const block = this.block ?? { fields: {}, sourceLine: line.number };
    this.block = { ...block, fields: { ...block.fields, [header.field]: header.value } };
  }

  private readContent(line: SourceLine, reading: LineReading): void {
    if (reading.number !== null) [this.number, this.letter, this.numberLabel] = [reading.number, "", reading.label];
    if (reading.letter !== null) this.letter = reading.letter;
    for (const problem of reading.problems) {
      const where = problem.code ? ` for [${problem.code}]` : "";
      this.diagnostics.push(diagnostic("unparsed-number", "error", line, `The figure${where} could not be read: ${problem.reason}.`));
    }
    reading.figures.forEach((figure, i) => {
      const subtotal = i > 0 && i === reading.figures.length - 1;
      const ownId = this.letter ? `${this.number}.${this.letter}` : this.number;
      this.ensureStatementFor(line, figure.code);
      const statement = this.statement;
      const filing = this.filing;
      if (!statement || !filing) {
        this.diagnostics.push(diagnostic("orphan-figure", "error", line, `The figure ${figure.raw}${figure.code ? ` [${figure.code}]` : ""} stands outside any statement Tieout recognises.`));
        return;
      }
      if (figure.code !== null && !this.isNew(line, figure.code, figure.value, filing)) return;
      statement.addFigure(figure, subtotal ? this.number : ownId, subtotal ? this.numberLabel : reading.label, this.section, line, subtotal);
    });
    if (reading.figures.length === 0 && reading.problems.length === 0 && this.statement) {
      if (reading.number === null && reading.letter === null && /[a-z]/.test(reading.label) && /\.$/.test(reading.label))
        this.statement.addNote(line, reading.label);
      else this.statement.touch(line.number);
    }
  }

  /**
   * A coded figure with no title above it, or whose code belongs to a statement of another kind that
   * this filing has not had yet, opens that statement: a paste that lost a title keeps its figures.
   */
  private ensureStatementFor(line: SourceLine, code: string | null): void {
    if (code === null || (this.statement && this.statement.knows(code))) return;
    const form = formsWithCode(code)[0];
    if (!form) return;
    if (this.statement && (this.statement.kind === "unknown" || this.filing?.hasKind(form.kind) || this.statement.kind === form.kind)) return;
    this.diagnostics.push(diagnostic("missing-title", "warning", line, `[${code}] belongs to the ${form.titles[0]}, whose title is not printed above it; the statement is read from here.`));
    this.open(line, form.titles[0]!, form.kind, formsOfKind(form));
  }

  private isNew(line: SourceLine, code: string, value: number, filing: FilingBuilder): boolean {
    const earlier = filing.seen.get(code);
    if (!earlier) {
      filing.seen.set(code, { value, line: line.number });
      return true;
    }
    const same = earlier.value === value;
    this.diagnostics.push(
      diagnostic(same ? "duplicate-code" : "conflicting-code", same ? "warning" : "error", line,
        same
          ? `[${code}] is printed again with the same figure (first on input line ${earlier.line}); the repeat is not counted twice.`
          : `[${code}] is printed again with a different figure, ${value.toLocaleString("en-US")}, than on input line ${earlier.line} (${earlier.value.toLocaleString("en-US")}); the first is kept.`),
    );
    return false;
  }

  private open(line: SourceLine, title: string, kind: StatementBuilder["kind"], forms: readonly StatementForm[]): void {
    this.closeStatement();
    const block = this.block;
    this.block = null;
    if (!this.filing || (block && !this.filing.continuedBy(block.fields)) || this.filing.hasKind(kind)) {
      this.closeFiling();
      this.filing = new FilingBuilder(block?.fields ?? {}, block?.sourceLine ?? line.number);
    }
    if (this.cover) {
      this.filing.cover = readCoverPage(this.cover.lines, this.cover.sourceLine);
      this.cover = null;
    }
    this.statement = new StatementBuilder(kind, title, forms, line.number);
    [this.section, this.number, this.letter, this.numberLabel] = [null, "", "", ""];
  }

  private closeStatement(): void {
    if (!this.statement || !this.filing) return;
    const { statement, diagnostics } = this.statement.finish();
    this.filing.statements.push(statement);
    this.diagnostics.push(...diagnostics);
    this.statement = null;
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

function formsOfKind(form: StatementForm): readonly StatementForm[] {
  return catalog.filter((f) => f.kind === form.kind);
}
