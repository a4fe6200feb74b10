import type { Diagnostic, UnreadFigure } from "../model";
import type { PairOrder, RowContext } from "./columns";
import { diagnostic } from "./diagnostics";
import type { LineFigure, LineProblem } from "./figures";
import type { LineItem, MarkerItem } from "./line-items";
import { continuesNumbering, isReferenceWord } from "./markers";
import {
  figureSplitBySpace,
  strayFields,
  trailingFigureInLabel,
  unreadableMessage,
  wordBeforeFigure,
} from "./messages";
import { Numbering, type LabelWord } from "./numbering";
import type { SourceLine } from "./normalize";
import { isFigureWord, isZeroDash, readFigure } from "./numbers";
import type { StatementBuilder } from "./statement-builder";
import { matchSectionEnding } from "./titles";

/** Signs and `$` printed apart from the digits, as a wrap can leave them. */
const WRAPPED_DASH = /^[-\u2212\u2013]$/;
const WRAPPED_SIGN = /^(?:\$?[-\u2212\u2013(]|\(\$|\$)$/;
/** Made once: a function written where a figure is read would be made for every figure. */
const isWrappedSign = (word: string): boolean => WRAPPED_SIGN.test(word);

/**
 * The body of one statement as it is read: each figure placed by the printed numbering and the
 * section in force, and whatever cannot be placed said in a diagnostic on its own input line.
 */
export class StatementText {
  private section: string | null = null;
  /** Whether the statement's rows print figures before their codes or after: its first pairing row says. */
  order: PairOrder | null = null;
  /** The last figure read, when it was a lone dash ending a row: perhaps the sign of the next line's figure. */
  private dash: { readonly figure: LineFigure; readonly line: number; readonly printedId: string } | null = null;
  /** The figure being read takes the place of that dash. */
  private joinDash = false;
  /** The last code read found no figure ("… the Commission [7520]"): label words since leave it so. */
  endsInBareCode = false;
  /** After the title, a blank line, a header or a heading: where a note can stand. */
  private paragraphStart = true;

  /** The printed numbering and the label words in force. */
  private readonly numbering = new Numbering();
  private readonly before = new TextBefore(this);

  constructor(
    readonly statement: StatementBuilder,
    private readonly diagnostics: Diagnostic[],
  ) {}

  /** What the row reader may ask of the text before `line`, answered as it asks (one object for every line). */
  rowContext(line: SourceLine): RowContext {
    this.before.line = line;
    return this.before;
  }

  /** A word of label text. */
  word(word: LabelWord): void {
    this.numbering.add(word);
  }

  /** A figure printed again as before: read once, but it takes its place in the numbering. */
  duplicate(): void {
    this.numbering.figure();
  }

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
  marker(item: MarkerItem, line: SourceLine, structured: boolean): void {
    const { numbering } = this;
    const { marker } = item;
    const counts = item.leading
      ? structured || !isReferenceWord(numbering.lastWord)
      : continuesNumbering(marker, numbering.lastWord, numbering.number, numbering.letter);
    if (!counts) return numbering.word(item.raw, line);
    this.takeTrailingFigure();
    // Run-together text keeps a section's heading in the words before its first line number.
    if (marker.number !== null)
      this.section = matchSectionEnding(this.statement.forms, this.numbering.labelText()) ?? this.section;
    this.numbering.marker(marker);
  }

  figure(line: SourceLine, figure: LineFigure): void {
    this.endsInBareCode = false;
    if (figure.code !== null && this.joinDash) return this.statement.replaceLast(figure, line);
    const { numbering } = this;
    const { subtotal, figureLabel } = numbering;
    const printedId = numbering.figure();
    this.statement.addFigure(figure, printedId, figureLabel, this.section, line, subtotal);
    const sign = figure.code === null && WRAPPED_DASH.test(figure.raw);
    this.dash = sign ? { figure, line: line.number, printedId } : null;
  }

  /** A code printed again with another figure than before: the first is kept, this one is not read. */
  conflict(line: SourceLine, figure: LineFigure & { readonly code: string }, kept: UnreadFigure["kept"]): void {
    const printedId = this.numbering.figure();
    const unread = {
      reason: "conflicting",
      code: figure.code,
      raw: figure.raw,
      sourceLine: line.number,
      kept,
    } as const;
    this.statement.addUnread(unread, printedId);
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
    if (reference) {
      this.diagnostics.push(
        diagnostic(
          "orphan-figure",
          "warning",
          line,
          wordBeforeFigure(word.text, figure.raw, figure.code, this.numbering.lastWords(2)),
        ),
      );
      return false;
    }
    const printedId = this.numbering.figure();
    const raw = `${word.text} ${figure.raw}`;
    this.statement.addUnread({ reason: "unreadable", code: figure.code, raw, sourceLine: line.number }, printedId);
    this.diagnostics.push(
      diagnostic("unparsed-number", "error", line, figureSplitBySpace(word.text, figure.raw, figure.code)),
    );
    return true;
  }

  /**
   * A table row that ended in a lone dash, read as its uncoded zero, right before a line that starts
   * with a figure ("\tE. Value of short option contracts\t-" ⏎ "5,749,086 [7735]"): where the form
   * prints no uncoded figure on that line, the dash is the figure's sign, wrapped.
   */
  private danglingDash(line: SourceLine): LineFigure | null {
    const dash = this.dash;
    if (!dash || dash.line >= line.number || this.statement.lastFigure !== dash.figure) return null;
    if (!this.numbering.sinceFigure || this.statement.forms.length === 0) return null;
    return this.statement.printsUncoded(dash.printedId) ? null : dash.figure;
  }

  /** Whether the text before `line` ended in a figure that no code has taken. */
  endsInFigure(line: SourceLine): boolean {
    return (
      this.order !== "code-first" && !this.endsInBareCode && this.numbering.wrappedWord(line, isFigureWord) !== null
    );
  }

  /**
   * The figure with a sign that a wrap left at the end of the line before it
   * ("contracts -" ⏎ "5,749,086 [7735]").
   */
  withWrappedSign(line: SourceLine, figure: LineFigure): LineFigure {
    this.joinDash = false;
    const dash = this.danglingDash(line);
    const joined = dash && readFigure(`${dash.raw}${figure.raw}`);
    if (dash && joined?.ok) {
      this.joinDash = true;
      return { raw: `${dash.raw} ${figure.raw}`, value: joined.value, code: figure.code };
    }
    const word = this.numbering.wrappedWord(line, isWrappedSign);
    const read = word && readFigure(`${word.text}${figure.raw}`);
    if (!word || !read?.ok) return figure;
    this.numbering.dropLastWord();
    return { raw: `${word.text} ${figure.raw}`, value: read.value, code: figure.code };
  }

  /**
   * A code that starts its line with no figure before it, where the line before ended in one
   * ("contracts -5,749,086" ⏎ "[7735] 607,099,712 [7740]"): that figure is the code's, read on its own line.
   */
  wrappedFigure(
    line: SourceLine,
    problem: LineProblem,
  ): { readonly figure: LineFigure; readonly line: SourceLine } | null {
    // Only where the statement's rows print figures first: in code-first text the figure may be the code before's.
    if (problem.code === null || problem.token !== "" || !problem.first) return null;
    if (this.order === "code-first" || this.endsInBareCode) return null;
    // A lone dash is a zero here, as it is right before a code on one line ("… — [8640]").
    const word = this.numbering.wrappedWord(line, (w) => isFigureWord(w) || isZeroDash(w));
    const read = word && readFigure(word.text);
    if (!word || !read?.ok) return null;
    this.numbering.dropLastWord();
    // "contracts - 5,749,086" ⏎ "[7735]": the sign printed apart goes with it, as it would before a code.
    const figure = this.withWrappedSign(line, { raw: word.text, value: read.value, code: problem.code });
    return { figure, line: word.source };
  }

  unreadable(line: SourceLine, problem: LineProblem): void {
    this.endsInBareCode = problem.code !== null;
    const printedId = this.numbering.figure();
    const unread = { reason: "unreadable", code: problem.code, raw: problem.token, sourceLine: line.number } as const;
    this.statement.addUnread(unread, printedId);
    this.diagnostics.push(diagnostic("unparsed-number", "error", line, unreadableMessage(problem)));
  }

  stray(line: SourceLine, tokens: readonly string[]): void {
    this.diagnostics.push(diagnostic("orphan-figure", "warning", line, strayFields(tokens, this.statement.title)));
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
    if (this.statement.forms.length > 0 && !this.statement.printsUncoded(id)) {
      this.diagnostics.push(
        diagnostic("orphan-figure", "warning", word.source, trailingFigureInLabel(word.text, id, this.statement.title)),
      );
      return this.continueLabel();
    }
    this.numbering.dropLastWord();
    const read = readFigure(word.text);
    if (!read.ok) return this.unreadable(word.source, { code: null, token: word.text, reason: read.reason });
    this.figure(word.source, { raw: word.text, value: read.value, code: null });
  }
}

/**
 * The statement's text before a row, as the row reader asks of it (columns.ts): most rows are told
 * by their own text, so whether the line before ended in a figure is worked out only when asked.
 */
class TextBefore implements RowContext {
  /** The row being read. */
  line: SourceLine | null = null;

  constructor(private readonly text: StatementText) {}

  get figureBefore(): boolean {
    return this.line !== null && this.text.endsInFigure(this.line);
  }

  get statementOrder(): PairOrder | null {
    return this.text.order;
  }

  get codeBefore(): boolean {
    return this.text.endsInBareCode;
  }
}
