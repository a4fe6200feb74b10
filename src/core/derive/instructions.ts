/**
 * Reads the arithmetic a statement prints in words inside a label: "add lines 1, 2 and 3",
 * "add lines 7 through 12", "subtract line 6 from line 13", "Greater of … or line 6". Pure text
 * work: which figures a line number means is decided by the caller.
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

const ADD = /\badd\s+lines?\s+([\d\s,]+(?:(?:and|through|thru|to|[-\u2013])\s*\d+[\d\s,]*)*)/i;
const SUBTRACT = /\bsubtract\s+(line\s+\d+[^()]*?)\s+from\s+(line\s+\d+[^()]*?)\s*(?:\)|$)/i;
const GREATER = /\bgreater\s+of\s+(.+?)\s+or\s+(line\s+\d+)/i;

export function readInstruction(label: string): Instruction | null {
  const add = ADD.exec(label);
  if (add) {
    const lines = addedLines(add[1]!);
    return lines.length ? { kind: "add", text: add[0].trim().replace(/[\s,]+$/, ""), lines } : null;
  }
  const subtract = SUBTRACT.exec(label);
  if (subtract) {
    const subtrahend = lineRef(subtract[1]!);
    const minuend = lineRef(subtract[2]!);
    const text = subtract[0].trim().replace(/\)$/, "").trim();
    return subtrahend && minuend ? { kind: "subtract", text, subtrahend, minuend } : null;
  }
  const greater = GREATER.exec(label);
  if (greater) {
    const line = lineRef(greater[2]!);
    const other = lineRef(greater[1]!) ?? greater[1]!;
    return line ? { kind: "greater-of", text: greater[0].trim(), other, line } : null;
  }
  return null;
}

/** "line 7 Secured Statement Page 1" → 7 on the first page; "line 8" → 8. */
function lineRef(text: string): LineNumberRef | null {
  const m = /^\s*line\s+(\d+)(.*)$/i.exec(text);
  if (!m) return null;
  return { number: Number(m[1]), firstPage: /\bpage\s*1\b/i.test(m[2]!) };
}

/** "1, 2 and 3" → 1, 2, 3; "7 through 12" → 7…12; "1, 2, and 3" too. */
function addedLines(list: string): LineNumberRef[] {
  const numbers: number[] = [];
  for (const part of list.split(/,|\band\b/i)) {
    const range = /(\d+)\s*(?:through|thru|to|[-\u2013])\s*(\d+)/i.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      // A range that runs backwards or absurdly far is a misreading, not an instruction.
      if (to < from || to - from > 40) return [];
      for (let n = from; n <= to; n++) numbers.push(n);
      continue;
    }
    const single = /^\s*(\d+)\s*$/.exec(part);
    if (single) numbers.push(Number(single[1]));
  }
  return numbers.map((number) => ({ number, firstPage: false }));
}
