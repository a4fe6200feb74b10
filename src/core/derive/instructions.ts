/**
 * Reads the arithmetic a statement prints in words inside a label: "add lines 1, 2 and 3",
 * "add lines 7 through 12", "subtract line 6 from line 13", "Greater of … or line 6". The whole
 * instruction is read, word by word, and anything left unexplained makes it a partial reading, never
 * a shorter rule: "add lines 1, 2 & 3" misread as "add lines 1" would flag a total that ties. Pure
 * text work: which figures a line number means is decided by the caller.
 */

/** A reference to a printed line; `firstPage` when the text says the line is on the statement's first page. */
export interface LineNumberRef {
  readonly number: number;
  readonly firstPage: boolean;
}

export type Instruction =
  | { readonly kind: "add"; readonly text: string; readonly lines: readonly LineNumberRef[] }
  | {
      readonly kind: "subtract";
      readonly text: string;
      readonly subtrahend: LineNumberRef;
      readonly minuend: LineNumberRef;
    }
  /** `other` is either a line reference or the words naming a line ("amount required … (above)"). */
  | {
      readonly kind: "greater-of";
      readonly text: string;
      readonly other: LineNumberRef | string;
      readonly line: LineNumberRef;
    };

/**
 * What a label says: no instruction, one read whole, or one that begins like an instruction but is
 * not understood to its end (`text` is the instruction as printed, `rest` the words not understood).
 */
export type InstructionReading =
  | { readonly kind: "none" }
  | { readonly kind: "read"; readonly instruction: Instruction }
  | { readonly kind: "partial"; readonly text: string; readonly rest: string };

/** Where an instruction starts: a verb that is followed by what it works on ("Add market value …" is a label). */
const START = /\b(?:add\s+(?=lines?\b|\d)|subtract\s+(?=lines?\b)|greater\s+of\b)/i;

/** The instruction a label prints, only when every word of it is understood. */
export function readInstruction(label: string): Instruction | null {
  const reading = readInstructionText(label);
  return reading.kind === "read" ? reading.instruction : null;
}

export function readInstructionText(label: string): InstructionReading {
  const start = START.exec(label);
  if (!start) return { kind: "none" };
  const text = instructionExtent(label, start.index);
  const words = new Words(tokens(text));
  const instruction = parseInstruction(words, text);
  const rest = words.rest();
  if (instruction && rest === "") return { kind: "read", instruction };
  return { kind: "partial", text, rest: rest || text };
}

/**
 * The instruction's own text: up to its closing parenthesis when it opens one ("(add lines 4 and
 * 5)"), else to the end of the label; a final full stop is punctuation, not part of it.
 */
function instructionExtent(label: string, from: number): string {
  const opened = /\(\s*$/.test(label.slice(0, from));
  let end = label.length;
  if (opened) {
    let depth = 1;
    for (let i = from; i < label.length; i++) {
      if (label[i] === "(") depth++;
      else if (label[i] === ")" && --depth === 0) {
        end = i;
        break;
      }
    }
  }
  return label
    .slice(from, end)
    .trim()
    .replace(/\s*\.$/, "");
}

type Token =
  | { readonly kind: "number"; readonly value: number; readonly text: string }
  | { readonly kind: "word"; readonly text: string };

/** Numbers, words, and each punctuation mark as a word of its own ("1," → 1 ","; "1." → 1 "."). */
function tokens(text: string): Token[] {
  const found: Token[] = [];
  for (const m of text.matchAll(/\d+|[A-Za-z]+|[^\sA-Za-z\d]/g)) {
    const t = m[0];
    found.push(/^\d+$/.test(t) ? { kind: "number", value: Number(t), text: t } : { kind: "word", text: t });
  }
  return found;
}

/** A cursor over the tokens; every `take` consumes only on a match, so a failed reading leaves the rest to report. */
class Words {
  private at = 0;

  constructor(private readonly list: readonly Token[]) {}

  get done(): boolean {
    return this.at >= this.list.length;
  }

  /** Consumes the next token when it is one of `words` (case aside). */
  take(...words: string[]): boolean {
    const t = this.list[this.at];
    if (t?.kind !== "word" || !words.includes(t.text.toLowerCase())) return false;
    this.at++;
    return true;
  }

  number(): number | null {
    const t = this.list[this.at];
    if (t?.kind !== "number") return null;
    this.at++;
    return t.value;
  }

  /** Looks ahead: the next tokens are these words/numbers ("line", "#" for any number). */
  ahead(...pattern: string[]): boolean {
    return pattern.every((p, i) => {
      const t = this.list[this.at + i];
      return p === "#" ? t?.kind === "number" : t?.kind === "word" && t.text.toLowerCase() === p;
    });
  }

  /** Consumes one alphabetic word, whatever it is, except a word that joins or ends a reference. */
  anyWord(): boolean {
    const t = this.list[this.at];
    if (t?.kind !== "word" || !/^[a-z]+$/i.test(t.text) || STOPS.has(t.text.toLowerCase())) return false;
    this.at++;
    return true;
  }

  /** The last position from here where `pattern` (as for `ahead`) begins; -1 when none. */
  lastAhead(...pattern: string[]): number {
    const start = this.at;
    let found = -1;
    for (let i = start; i < this.list.length; i++) {
      this.at = i;
      if (this.ahead(...pattern)) found = i;
    }
    this.at = start;
    return found;
  }

  mark(): number {
    return this.at;
  }

  reset(mark: number): void {
    this.at = mark;
  }

  /** The text from `from` to the current position (or to the end), words joined by single spaces. */
  text(from: number, to = this.at): string {
    return this.list
      .slice(from, to)
      .map((t) => t.text)
      .join(" ");
  }

  rest(): string {
    return this.text(this.at, this.list.length);
  }
}

function parseInstruction(words: Words, text: string): Instruction | null {
  if (words.take("add")) {
    const lines = lineList(words);
    return lines && words.done ? { kind: "add", text, lines } : null;
  }
  if (words.take("subtract")) {
    const subtrahend = lineRef(words);
    if (!subtrahend || !words.take("from")) return null;
    const minuend = lineRef(words);
    return minuend && words.done ? { kind: "subtract", text, subtrahend, minuend } : null;
  }
  if (words.take("greater") && words.take("of")) return greaterOf(words, text);
  return null;
}

/** "Greater of <a line, or the words naming one> or line N": the last "or line N" closes it. */
function greaterOf(words: Words, text: string): Instruction | null {
  const from = words.mark();
  const split = words.lastAhead("or", "line", "#");
  if (split <= from) return null;
  const ref = lineRef(words);
  const other = ref && words.mark() === split ? ref : words.text(from, split);
  words.reset(split + 1);
  const line = lineRef(words);
  return line && words.done ? { kind: "greater-of", text, other, line } : null;
}

/** "line 7", "line 7 Secured Statement Page 1", "line 7." */
function lineRef(words: Words): LineNumberRef | null {
  const mark = words.mark();
  if (!words.take("line")) return null;
  const number = words.number();
  if (number === null) {
    words.reset(mark);
    return null;
  }
  words.take(".");
  return { number, firstPage: pageOne(words) };
}

/**
 * "Secured Statement Page 1", "on page 1": where the line is printed. Only the first page is
 * understood; a qualifier naming another page is left unread, so the instruction is not used.
 */
function pageOne(words: Words): boolean {
  const mark = words.mark();
  for (let skipped = 0; skipped <= 4; skipped++) {
    if (words.take("page")) {
      if (words.number() === 1) return true;
      break;
    }
    if (words.ahead("from") || words.ahead("or") || !words.anyWord()) break;
  }
  words.reset(mark);
  return false;
}

/** Words that join or end line references: never read as part of a page qualifier. */
const STOPS = new Set(["from", "or", "and", "through", "thru", "to", "plus", "line", "lines"]);

const RANGE = ["through", "thru", "to", "-", "\u2013", "\u2014"];
const JOIN = ["and", "&", "+", "plus"];

/**
 * "lines 1, 2 and 3", "lines 1, 2 & 3", "lines 1. 2. and 3.", "lines 1 2 and 3", "lines 1 + 2 + 3",
 * "lines 7 through 12" (thru, to, a dash), "line 4 plus line 5", "lines 4 + 5". A range that runs
 * backwards or absurdly far is a misreading, not an instruction.
 */
function lineList(words: Words): LineNumberRef[] | null {
  const lines: LineNumberRef[] = [];
  words.take("lines", "line");
  for (;;) {
    const from = words.number();
    if (from === null) return null;
    words.take(".");
    let to = from;
    if (words.take(...RANGE)) {
      words.take("line", "lines");
      const end = words.number();
      if (end === null || end < from || end - from > 40) return null;
      words.take(".");
      to = end;
    }
    const firstPage = pageOne(words);
    for (let n = from; n <= to; n++) lines.push({ number: n, firstPage });
    if (words.done) return lines;
    // Between two numbers: a comma, a joining word, both ("2, and 3"), or nothing but a space ("1 2 and 3").
    const comma = words.take(",");
    const joined = words.take(...JOIN);
    words.take("line", "lines");
    if (!comma && !joined && !words.ahead("#")) return null;
  }
}
