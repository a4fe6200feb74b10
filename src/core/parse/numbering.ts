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

/** Where a figure belongs by the printed numbering. */
export interface Place {
  /** "5.E"; "5" for a subtotal printed after its last sub-line's figure; "" before any number. */
  readonly printedId: string;
  readonly label: string;
  /** Printed right after another figure with nothing between: the current line's subtotal. */
  readonly subtotal: boolean;
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
  /** Runs of words since the number marker, while `collecting`. */
  private numberLabel: string[] = [];
  /** Words after a number marker still count as that line's label (until a letter or a figure). */
  private collecting = false;
  /** Runs of label words since the last marker, figure or break; words are asked of by position. */
  private pending: LabelWord[] = [];
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
    return this.letter ? `${this.number}.${this.letter}` : this.number;
  }

  get lastWord(): string | undefined {
    return this.last()?.text;
  }

  word(text: string, source: SourceLine): void {
    this.add({ text, source });
  }

  /** Words as the line reader gave them, kept as they are. */
  add(words: LabelWord): void {
    this.pending.push(words);
    if (this.collecting) this.numberLabel.push(words.text);
    this.touched = true;
  }

  /**
   * Words after a figure that run on in lower case up to a marker or a break ("… of a foreign
   * 1,000,000 [7305] government or a rule … thereunder 1. Net …"): the rest of that figure's label,
   * which PDF text printed after it. A capitalised run is a heading and stays apart.
   */
  continuation(): string | null {
    const first = this.pending[0]?.text;
    return this.wordsAfterFigure && first !== undefined && /^[a-z]/.test(first) ? this.labelText() : null;
  }

  marker(marker: Marker): void {
    this.wordsAfterFigure = false;
    if (marker.number !== null) {
      this.number = marker.number;
      this.letter = "";
      this.numberLabel = [];
      this.collecting = true;
    } else {
      this.letter = marker.letter ?? "";
      this.collecting = false;
    }
    this.clearPending();
    this.touched = true;
  }

  /** A figure (or an unreadable one) takes its place here; the label words before it are used up. */
  figure(): Place {
    const subtotal = this.figureSeen && !this.touched;
    const place: Place = subtotal
      ? { printedId: this.number, label: this.numberLabel.join(" "), subtotal }
      : { printedId: this.ownId, label: this.labelText(), subtotal };
    this.clearPending();
    this.collecting = false;
    this.figureSeen = true;
    this.touched = false;
    this.wordsAfterFigure = true;
    return place;
  }

  /** A row, a heading or a blank line ends the label being read. */
  break(): void {
    this.wordsAfterFigure = false;
    this.clearPending();
    this.collecting = false;
  }

  /** A new list only when the old one holds words: most breaks and figures come with none pending. */
  private clearPending(): void {
    if (this.pending.length > 0) this.pending = [];
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
    // Joined in a loop: a label is read for every figure, and map+join made two lists each time.
    let text = this.pending[0]?.text ?? "";
    for (let i = 1; i < this.pending.length; i++) text += ` ${this.pending[i]!.text}`;
    return text;
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
    const run = this.pending.at(-1);
    if (!run || run.source.number >= line.number) return null;
    const last = this.last()!;
    if (!fits(last.text)) return null;
    const before = this.beforeLast();
    return isReferenceWord(before) || isFigureWord(before ?? "") ? null : last;
  }

  dropLastWord(): void {
    const run = this.pending.pop();
    if (run && run.text.includes(" ")) this.pending.push({ text: withoutLastWord(run.text), source: run.source });
    const label = this.collecting ? this.numberLabel.pop() : undefined;
    if (label?.includes(" ")) this.numberLabel.push(withoutLastWord(label));
  }

  /** Whether the last word read can be a figure or a zero dash, told without slicing it out of its run. */
  private lastMayBeFigure(): boolean {
    const run = this.pending.at(-1);
    return run !== undefined && mayBeFigure(run.text, run.text.lastIndexOf(" ") + 1);
  }

  /** The last word read, with its line. */
  private last(): LabelWord | undefined {
    const run = this.pending.at(-1);
    if (!run) return undefined;
    const space = run.text.lastIndexOf(" ");
    return space < 0 ? run : { text: run.text.slice(space + 1), source: run.source };
  }

  /** The word read before the last. */
  private beforeLast(): string | undefined {
    const run = this.pending.at(-1);
    if (!run) return undefined;
    const space = run.text.lastIndexOf(" ");
    if (space > 0) return run.text.slice(run.text.lastIndexOf(" ", space - 1) + 1, space);
    const previous = this.pending.at(-2)?.text;
    return previous?.slice(previous.lastIndexOf(" ") + 1);
  }
}

function withoutLastWord(text: string): string {
  return text.slice(0, text.lastIndexOf(" "));
}
