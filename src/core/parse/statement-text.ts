import type { Diagnostic, UnreadFigure } from "../model";
import { diagnostic } from "./diagnostics";
import type { LineFigure, LineProblem } from "./figures";
import type { LineItem } from "./line-items";
import { continuesNumbering, isReferenceWord, type Marker } from "./markers";
import type { Numbering } from "./numbering";
import type { SourceLine } from "./normalize";
import { readFigure } from "./numbers";
import type { StatementBuilder } from "./statement-builder";
import { matchSectionEnding } from "./titles";

/**
 * The body of one statement as it is read: each figure placed by the printed numbering and the
 * section in force, and whatever cannot be placed said in a diagnostic on its own input line.
 */
export class StatementText {
  private section: string | null = null;
  /** After the title, a blank line, a header or a heading: where a note can stand. */
  private paragraphStart = true;

  constructor(
    readonly statement: StatementBuilder,
    readonly numbering: Numbering,
    private readonly diagnostics: Diagnostic[],
  ) {}

  /** A table row, a blank line or a header ends the label being read. */
  breakLabel(): void {
    this.takeTrailingFigure();
    this.numbering.break();
  }

  sectionHeading(section: string, line: SourceLine): void {
    this.takeTrailingFigure();
    this.numbering.heading();
    this.section = section;
    this.paragraphStart = true;
    this.statement.touch(line.number);
  }

  subtitle(line: SourceLine): void {
    this.numbering.heading();
    this.paragraphStart = true;
    this.statement.touch(line.number);
  }

  /** A blank line or a header: the label ends, and a note may follow. */
  paragraphBreak(): void {
    this.breakLabel();
    this.paragraphStart = true;
  }

  endOfLine(line: SourceLine): void {
    this.paragraphStart = false;
    this.statement.touch(line.number);
  }

  /**
   * A printed sentence standing as a paragraph of its own, with no figure and no line number
   * ("Input for Sequestration Statement will not be required until 10/4/2010."). Wrapped label text
   * that happens to end a line with a full stop ("… or line 6.") is not one: it does not start a paragraph.
   */
  note(line: SourceLine, items: readonly LineItem[]): boolean {
    const first = items[0];
    const last = items.at(-1);
    if (!this.paragraphStart || first?.kind !== "word" || last?.kind !== "word" || !last.text.endsWith("."))
      return false;
    if (items.some((i) => i.kind === "figure" || i.kind === "problem" || i.kind === "stray")) return false;
    const text = items.map((i) => (i.kind === "word" ? i.text : i.kind === "marker" ? i.raw : "")).join(" ");
    if (!/[a-z]/.test(text)) return false;
    this.breakLabel();
    this.statement.addNote(line, text);
    this.endOfLine(line);
    return true;
  }

  /**
   * A line marker. At the start of a table row it always counts. In running text — mid-line, or at
   * the start of a line that is only where a wrap fell — it counts only if it is no reference
   * ("… or line\n6. 1,065,000 [7360]"), and mid-line only where the numbering can continue.
   */
  marker(
    marker: Marker,
    at: { readonly raw: string; readonly line: SourceLine; readonly leading: boolean; readonly structured: boolean },
  ): void {
    const { numbering } = this;
    const counts = at.leading
      ? at.structured || !isReferenceWord(numbering.lastWord)
      : continuesNumbering(marker, numbering.lastWord, numbering.number, numbering.letter);
    if (!counts) return numbering.word(at.raw, at.line);
    this.takeTrailingFigure();
    // Run-together text keeps a section's heading in the words before its first line number.
    if (marker.number !== null)
      this.section = matchSectionEnding(this.statement.forms, this.numbering.labelText()) ?? this.section;
    this.numbering.marker(marker);
  }

  figure(line: SourceLine, figure: LineFigure): void {
    const place = this.numbering.figure();
    this.statement.addFigure(figure, place.printedId, place.label, this.section, line, place.subtotal);
  }

  /** A code printed again with another figure than before: the first is kept, this one is not read. */
  conflict(line: SourceLine, figure: LineFigure & { readonly code: string }, kept: UnreadFigure["kept"]): void {
    const place = this.numbering.figure();
    const unread = {
      reason: "conflicting",
      code: figure.code,
      raw: figure.raw,
      sourceLine: line.number,
      kept,
    } as const;
    this.statement.addUnread(unread, place.printedId);
  }

  /**
   * A figure-shaped word right before a figure: one figure split by a space, or two things? Not
   * guessed: the figure is not read. After a reference ("through (2) 1,234") the word is label text,
   * and said so. Returns whether the figure was set aside.
   */
  against(line: SourceLine, figure: LineFigure): boolean {
    const against = this.numbering.wordAgainstFigure();
    if (!against) return false;
    const { word, reference } = against;
    const code = figure.code ? `[${figure.code}]` : "the figure";
    if (reference) {
      this.diagnostics.push(
        diagnostic(
          "orphan-figure",
          "warning",
          line,
          `"${word.text}" stands right before ${figure.raw} ${code} and is read as label text ("${this.numbering.lastWords(2)}"); if it is part of the figure, the figure is wrong.`,
        ),
      );
      return false;
    }
    const place = this.numbering.figure();
    const raw = `${word.text} ${figure.raw}`;
    this.statement.addUnread(
      { reason: "unreadable", code: figure.code, raw, sourceLine: line.number },
      place.printedId,
    );
    this.diagnostics.push(
      diagnostic(
        "unparsed-number",
        "error",
        line,
        `"${word.text} ${figure.raw}" stands before ${code}: one figure split by a space, or a number ending the label and then the figure? It is not read; print the figure without spaces.`,
      ),
    );
    return true;
  }

  unreadable(line: SourceLine, problem: LineProblem): void {
    const place = this.numbering.figure();
    const unread = { reason: "unreadable", code: problem.code, raw: problem.token, sourceLine: line.number } as const;
    this.statement.addUnread(unread, place.printedId);
    this.diagnostics.push(diagnostic("unparsed-number", "error", line, unreadableMessage(problem)));
  }

  stray(line: SourceLine, tokens: readonly string[]): void {
    this.diagnostics.push(
      diagnostic(
        "orphan-figure",
        "warning",
        line,
        `${quoteList(tokens)} ${tokens.length > 1 ? "stand" : "stands"} where a figure would, but no code follows and no label goes with it; not read as a figure of the ${this.statement.title}.`,
      ),
    );
  }

  /** Where PDF text printed the end of a figure's label after the figure, it goes back to that label. */
  private continueLabel(): void {
    const text = this.numbering.continuation();
    if (text) this.statement.continueLabel(text);
  }

  /**
   * Text whose rows were run together prints an uncoded figure at the end of its label ("A. Cash 0
   * B. Securities …"). Read as the line's figure where the form prints an uncoded figure (or the
   * form is unknown); anywhere else it is reported and left in the label.
   */
  private takeTrailingFigure(): void {
    const word = this.numbering.trailingFigure();
    if (!word) return this.continueLabel();
    const id = this.numbering.ownId;
    const forms = this.statement.forms;
    if (
      forms.length > 0 &&
      !forms.some((f) => f.sections.some((s) => s.lines.some((l) => l.uncoded && l.line === id)))
    ) {
      this.diagnostics.push(
        diagnostic(
          "orphan-figure",
          "warning",
          word.source,
          `"${word.text}" ends the label of line ${id || "(none)"} like a figure, but no code follows it and the ${this.statement.title} prints no uncoded figure there; it is read as label text.`,
        ),
      );
      return this.continueLabel();
    }
    this.numbering.dropLastWord();
    const read = readFigure(word.text);
    if (!read.ok) return this.unreadable(word.source, { code: null, token: word.text, reason: read.reason });
    this.figure(word.source, { raw: word.text, value: read.value, code: null });
  }
}

export function unreadableMessage(problem: LineProblem): string {
  const where = problem.code ? ` for [${problem.code}]` : "";
  return `The figure${where} could not be read: ${problem.reason}.`;
}

/** "1", "2" and 3 more: a row of a thousand stray fields is one readable diagnostic, not a thousand. */
export function quoteList(tokens: readonly string[]): string {
  const shown = tokens
    .slice(0, 5)
    .map((t) => `"${t}"`)
    .join(", ");
  return tokens.length > 5 ? `${shown} and ${tokens.length - 5} more` : shown;
}
