import { isReferenceWord, type Marker } from "./markers";
import type { SourceLine } from "./normalize";
import { isFigureWord, isZeroDash, mayBeFigure } from "./numbers";

/**
 * Label text as read, with the input line it stands on: one word, or a run of words from that line
 * joined by single spaces (a table row's label is one run, not a word at a time).
 */
export interface LabelWord {
  readonly text: string;
  readonly source: SourceLine;
}

/**
 * The printed numbering and label text in force while a statement is read, as one stream of words
 * across input lines: PDF-to-text wraps a label over lines and runs rows together, so a label is
 * the words since the last marker or figure, wherever the line breaks fell. A table row (tab or
 * wide-space separated) or a heading breaks the stream.
 */
export class Numbering {
  number = "";
  letter = "";
  /**
   * The number marker's label, for a subtotal printed after its last sub-line's figure: while
   * `collecting` it is the label being read (the runs since the marker), kept when collecting stops.
   */
  private numberLabel = "";
  /** Words after a number marker still count as that line's label (until a letter or a figure). */
  private collecting = false;
  /**
   * Runs of label words since the last marker, figure or break: the first `runs` of this list, which
   * is kept and written over (a fresh list for every label was most of the garbage placing a figure made).
   */
  private readonly pending: LabelWord[] = [];
  private runs = 0;
  /** `labelText()` while no run is added or dropped: a figure's label is asked for more than once. */
  private label: string | null = null;
  /** `ownId` until the next marker. */
  private id: string | null = null;
  private figureSeen = false;
  /** Whether a word or a marker has come since the last figure. */
  private touched = true;
  /** Whether only words have come since the last figure: they may still be its label. */
  private wordsAfterFigure = false;

  /** Nothing — no word, no marker — since the last figure. */
  get sinceFigure(): boolean {
    return !this.touched;
  }

  get ownId(): string {
    return (this.id ??= this.letter ? `${this.number}.${this.letter}` : this.number);
  }

  get lastWord(): string | undefined {
    return this.runs === 0 ? undefined : this.lastText();
  }

  word(text: string, source: SourceLine): void {
    this.add({ text, source });
  }

  /** Words as the line reader gave them, kept as they are. */
  add(words: LabelWord): void {
    this.pending[this.runs++] = words;
    this.label = null;
    this.touched = true;
  }

  /**
   * Words after a figure that run on in lower case up to a marker or a break ("… of a foreign
   * 1,000,000 [7305] government or a rule … thereunder 1. Net …"): the rest of that figure's label,
   * which PDF text printed after it. A capitalised run is a heading and stays apart.
   */
  continuation(): string | null {
    const first = this.runs === 0 ? undefined : this.pending[0]!.text;
    return this.wordsAfterFigure && first !== undefined && /^[a-z]/.test(first) ? this.labelText() : null;
  }

  marker(marker: Marker): void {
    this.wordsAfterFigure = false;
    if (marker.number !== null) {
      this.number = marker.number;
      this.letter = "";
      this.numberLabel = "";
      this.collecting = true;
    } else {
      this.letter = marker.letter ?? "";
      this.stopCollecting();
    }
    this.id = null;
    this.clearPending();
    this.touched = true;
  }

  /** Whether a figure placed now is printed right after another with nothing between: the current line's subtotal. */
  get subtotal(): boolean {
    return this.figureSeen && !this.touched;
  }

  /** The label of a figure placed now (a subtotal's is its number's). */
  get figureLabel(): string {
    return this.subtotal ? this.numberLabel : this.labelText();
  }

  /**
   * A figure (or an unreadable one) takes its place here; the label words before it are used up.
   * Returns its line id: "5.E"; "5" for a subtotal printed after its last sub-line's figure; "" before any number.
   */
  figure(): string {
    const id = this.subtotal ? this.number : this.ownId;
    this.stopCollecting();
    this.clearPending();
    this.figureSeen = true;
    this.touched = false;
    this.wordsAfterFigure = true;
    return id;
  }

  /** A row, a heading or a blank line ends the label being read. */
  break(): void {
    this.wordsAfterFigure = false;
    this.stopCollecting();
    this.clearPending();
  }

  /** The words read since the number marker are its label: kept before they are cleared. */
  private stopCollecting(): void {
    if (this.collecting) this.numberLabel = this.labelText();
    this.collecting = false;
  }

  private clearPending(): void {
    this.runs = 0;
    this.label = null;
  }

  /** A heading or title: what follows is neither this label nor a subtotal of the figure before. */
  heading(): void {
    this.break();
    this.touched = true;
  }

  lastWords(count: number): string {
    const text = this.labelText();
    let at = text.length;
    for (let i = 0; i < count && at >= 0; i++) at = text.lastIndexOf(" ", at - 1);
    return text.slice(at + 1);
  }

  labelText(): string {
    if (this.label !== null) return this.label;
    // Joined in a loop: a label is read for every figure, and map+join made two lists each time.
    let text = this.runs === 0 ? "" : this.pending[0]!.text;
    for (let i = 1; i < this.runs; i++) text += ` ${this.pending[i]!.text}`;
    return (this.label = text);
  }

  /**
   * A figure-shaped word standing right before the next figure, which it may be part of ("5,598,
   * 505,864 [7010]") or a number closing the label ("(2) 1,234"); `reference` when the word before
   * it makes it one ("line 6 1,234"), so that it is most likely label text.
   */
  wordAgainstFigure(): { readonly word: LabelWord; readonly reference: boolean } | null {
    if (!this.lastMayBeFigure()) return null;
    const last = this.last();
    if (!last || !isFigureWord(last.text)) return null;
    return { word: last, reference: isReferenceWord(this.beforeLast()) };
  }

  /**
   * The last label word when it is shaped like a figure and the label now ends (a marker, a row, a
   * heading): the figure of an uncoded line in text whose rows were run together ("A. Cash 0 B. …").
   * Null before any printed number, or after a reference word.
   */
  trailingFigure(): LabelWord | null {
    if (this.number === "") return null;
    // A zero printed as a lone dash ("A. Cash — B. …") ends the label too; before a figure it would be a sign.
    if (!this.lastMayBeFigure()) return null;
    const last = this.last();
    if (last && isZeroDash(last.text) && !isReferenceWord(this.beforeLast())) return last;
    const against = this.wordAgainstFigure();
    return !against || against.reference ? null : against.word;
  }

  /**
   * The last label word when it stands on a line before `line` and `fits` it: what PDF text left at
   * the end of the line before a figure or a code that starts its own line ("contracts -" ⏎
   * "5,749,086 [7735]"; "contracts -5,749,086" ⏎ "[7735]"). Null after a reference word.
   */
  wrappedWord(line: SourceLine, fits: (word: string) => boolean): LabelWord | null {
    const run = this.lastRun();
    if (!run || run.source.number >= line.number) return null;
    // The word is asked of before it is made a LabelWord: most lines end in no word that fits.
    if (!fits(this.lastText())) return null;
    const before = this.beforeLast();
    return isReferenceWord(before) || isFigureWord(before ?? "") ? null : this.last()!;
  }

  dropLastWord(): void {
    const run = this.lastRun();
    if (!run) return;
    this.label = null;
    if (run.text.includes(" ")) this.pending[this.runs - 1] = { text: withoutLastWord(run.text), source: run.source };
    else this.runs--;
  }

  /** Whether the last word read can be a figure or a zero dash, told without slicing it out of its run. */
  private lastMayBeFigure(): boolean {
    const run = this.lastRun();
    return run !== undefined && mayBeFigure(run.text, run.text.lastIndexOf(" ") + 1);
  }

  private lastRun(): LabelWord | undefined {
    return this.runs === 0 ? undefined : this.pending[this.runs - 1];
  }

  /** The last word read, with its line. */
  private last(): LabelWord | undefined {
    const run = this.lastRun();
    if (!run) return undefined;
    const space = run.text.lastIndexOf(" ");
    return space < 0 ? run : { text: run.text.slice(space + 1), source: run.source };
  }

  /** The last word's text (there is one). */
  private lastText(): string {
    const { text } = this.lastRun()!;
    return text.slice(text.lastIndexOf(" ") + 1);
  }

  /** The word read before the last. */
  private beforeLast(): string | undefined {
    const run = this.lastRun();
    if (!run) return undefined;
    const space = run.text.lastIndexOf(" ");
    if (space > 0) return run.text.slice(run.text.lastIndexOf(" ", space - 1) + 1, space);
    const previous = this.runs < 2 ? undefined : this.pending[this.runs - 2]!.text;
    return previous?.slice(previous.lastIndexOf(" ") + 1);
  }
}

function withoutLastWord(text: string): string {
  return text.slice(0, text.lastIndexOf(" "));
}
