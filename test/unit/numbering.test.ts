import assert from "node:assert/strict";
import fc from "fast-check";
import { isReferenceWord, type Marker } from "../../src/core/parse/markers";
import { SourceLine } from "../../src/core/parse/normalize";
import { Numbering, type LabelWord } from "../../src/core/parse/numbering";
import { isFigureWord, isZeroDash, mayBeFigure } from "../../src/core/parse/numbers";

/**
 * The numbering keeps its label runs in one list written over, and the number's label as the text it
 * was when collecting stopped. The model below keeps them as the plainest reading does: a fresh list
 * of runs for every label, and the number's runs in a list of their own, joined when a subtotal asks.
 * Both are driven by the same steps (words from several input lines, number and letter markers,
 * figures, breaks, headings, dropped words) and must answer every question alike after each.
 */
class ListNumbering {
  number = "";
  letter = "";
  private numberLabel: string[] = [];
  private collecting = false;
  private pending: LabelWord[] = [];
  private figureSeen = false;
  private touched = true;
  private wordsAfterFigure = false;

  get sinceFigure(): boolean {
    return !this.touched;
  }

  get ownId(): string {
    return this.letter ? `${this.number}.${this.letter}` : this.number;
  }

  get lastWord(): string | undefined {
    return this.last()?.text;
  }

  add(words: LabelWord): void {
    this.pending.push(words);
    if (this.collecting) this.numberLabel.push(words.text);
    this.touched = true;
  }

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
    this.pending = [];
    this.touched = true;
  }

  figure(): { readonly printedId: string; readonly label: string; readonly subtotal: boolean } {
    const subtotal = this.figureSeen && !this.touched;
    const place = subtotal
      ? { printedId: this.number, label: this.numberLabel.join(" "), subtotal }
      : { printedId: this.ownId, label: this.labelText(), subtotal };
    this.pending = [];
    this.collecting = false;
    this.figureSeen = true;
    this.touched = false;
    this.wordsAfterFigure = true;
    return place;
  }

  break(): void {
    this.wordsAfterFigure = false;
    this.pending = [];
    this.collecting = false;
  }

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
    return this.pending.map((w) => w.text).join(" ");
  }

  wordAgainstFigure(): { readonly word: LabelWord; readonly reference: boolean } | null {
    if (!this.lastMayBeFigure()) return null;
    const last = this.last();
    if (!last || !isFigureWord(last.text)) return null;
    return { word: last, reference: isReferenceWord(this.beforeLast()) };
  }

  trailingFigure(): LabelWord | null {
    if (this.number === "") return null;
    if (!this.lastMayBeFigure()) return null;
    const last = this.last();
    if (last && isZeroDash(last.text) && !isReferenceWord(this.beforeLast())) return last;
    const against = this.wordAgainstFigure();
    return !against || against.reference ? null : against.word;
  }

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

  private lastMayBeFigure(): boolean {
    const run = this.pending.at(-1);
    return run !== undefined && mayBeFigure(run.text, run.text.lastIndexOf(" ") + 1);
  }

  private last(): LabelWord | undefined {
    const run = this.pending.at(-1);
    if (!run) return undefined;
    const space = run.text.lastIndexOf(" ");
    return space < 0 ? run : { text: run.text.slice(space + 1), source: run.source };
  }

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

const lines = [1, 2, 3, 4].map((n) => new SourceLine(n, `line ${n}`, `line ${n}`, false));

/** Label words as filings print them, alone or run together, with figures, dashes, references and spaces. */
const WORDS = [
  "Cash",
  "cash",
  "of a",
  "line",
  "lines 6,",
  "1,234",
  "-",
  "(2)",
  "-0-",
  "—",
  "5",
  "$",
  "x -",
  " a",
  "b ",
];
const runText = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })
  .map((words) => words.join(" "))
  .chain((text) => fc.constantFrom(text, ""));

type Step =
  | { readonly kind: "add"; readonly text: string; readonly line: number }
  | { readonly kind: "marker"; readonly marker: Marker }
  | { readonly kind: "figure" | "break" | "heading" | "drop" };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("add" as const), text: runText, line: fc.nat(3) }) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.constantFrom("1", "5", "6", "12").map((number) => ({ number, letter: null })),
        fc.constantFrom("A", "E").map((letter) => ({ number: null, letter })),
      )
      .map((marker) => ({ kind: "marker" as const, marker })),
  },
  { weight: 3, arbitrary: fc.constant({ kind: "figure" as const }) },
  { weight: 1, arbitrary: fc.constantFrom(...(["break", "heading", "drop"] as const)).map((kind) => ({ kind })) },
);

/** Everything the statement's text asks of its numbering, as plain data. */
function answers(n: Numbering | ListNumbering): unknown {
  const word = (w: LabelWord | null | undefined) => (w ? [w.text, w.source.number] : w);
  const against = n.wordAgainstFigure();
  return {
    number: n.number,
    letter: n.letter,
    ownId: n.ownId,
    sinceFigure: n.sinceFigure,
    lastWord: n.lastWord,
    label: n.labelText(),
    lastWords: n.lastWords(2),
    continuation: n.continuation(),
    against: against && [word(against.word), against.reference],
    trailing: word(n.trailingFigure()),
    wrapped: lines.map((line) => [word(n.wrappedWord(line, isFigureWord)), word(n.wrappedWord(line, () => true))]),
  };
}

describe("the printed numbering", () => {
  it("places figures and answers of its label words as a fresh list of runs per label does", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const numbering = new Numbering();
        const model = new ListNumbering();
        steps.forEach((s, i) => {
          if (s.kind === "add") {
            const words = { text: s.text, source: lines[s.line]! };
            numbering.add(words);
            model.add(words);
          } else if (s.kind === "marker") {
            numbering.marker(s.marker);
            model.marker(s.marker);
          } else if (s.kind === "figure") {
            const { subtotal, figureLabel } = numbering;
            const printedId = numbering.figure();
            assert.deepEqual({ printedId, label: figureLabel, subtotal }, model.figure(), `figure at step ${i}`);
          } else if (s.kind === "drop") {
            numbering.dropLastWord();
            model.dropLastWord();
          } else {
            numbering[s.kind]();
            model[s.kind]();
          }
          assert.deepEqual(answers(numbering), answers(model), `after step ${i} (${s.kind})`);
        });
      }),
      { numRuns: 2000 },
    );
  });
});
