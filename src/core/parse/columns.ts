import { isReferenceWord } from "./markers";
import { isFigureAttempt, isFigureWord, isPlaceholder, isZeroDash, looksLikeFigure, mayBeFigure } from "./numbers";
import { isColumnCode, isColumnCodeAt, MAYBE_CELL, splitCells } from "./cells";
import { codeWords, isCodeAt, nextCode, plainFiguresBeforeCodes, spacesStart, visibleFrom } from "./scan";
import { formsWithCode } from "./titles";

/**
 * In which order a row prints its figures and codes. The filing prints each figure right before its
 * code ("5,598,505,864 [7010]"); copies made in Excel or saved as CSV often put the code's column
 * first ("A. Cash\t[7010]\t5,598,505,864"), print it bare or in parentheses in a column of its own
 * ("7010", "(7010)"), or quote the cells. The order is read from each row's own structure, never
 * from one spelling: a row is read code-first only when every figure stands right after a code and
 * none before a code but as the run of the code before; figure-first rows are read as printed. A row
 * that fits neither but has a figure after a code, or that pairs the other way round from the
 * statement's rows before it, is not guessed at: each of its codes is reported.
 */
export type RowOrder =
  /** Read the row as printed. */
  | { readonly kind: "as-printed"; readonly order: PairOrder | null }
  /** The same row, each figure put right before its code (and CSV cells as tab-separated fields). */
  | { readonly kind: "reordered"; readonly text: string; readonly cells: boolean; readonly order: PairOrder | null }
  /** Figures and codes on the row cannot be paired one way only: `label` is the row's text without them. */
  | {
      readonly kind: "ambiguous";
      readonly label: string;
      readonly codes: readonly string[];
      readonly figures: readonly string[];
    };

export type PairOrder = "figure-first" | "code-first";

/** What the text around a row says about it. */
export interface RowContext {
  /** The line before ended in a figure no code has taken: a code starting this row may be its, wrapped. */
  readonly figureBefore: boolean;
  /** The order the statement's rows have printed so far. */
  readonly statementOrder: PairOrder | null;
  /** The line before ended in a code with no figure: a figure starting this row may be its, wrapped. */
  readonly codeBefore: boolean;
}

type Token =
  | { readonly kind: "code"; readonly code: string; readonly text: string }
  /** A cell that is a code in parentheses or bare ("(7010)", "7010"), or a figure. */
  | { readonly kind: "maybe"; readonly code: string; readonly text: string }
  | { readonly kind: "figure"; readonly text: string }
  /** A sign or `$` printed apart from its figure. */
  | { readonly kind: "sign"; readonly text: string }
  | { readonly kind: "text"; readonly text: string };

type Resolved = Exclude<Token, { kind: "maybe" }>;

/** More column codes of unclear kind than this on one row are read as figures: no code is guessed. */
const MAX_MAYBE = 4;
const SIGN = /^[($+\-\u2212\u2013]+$/;

/**
 * A row that starts with a code after a line that ended in a figure may be that figure's, wrapped
 * ("… contracts -5,749,086" ⏎ "[7735] 607,099,712 [7740]"). A row that pairs the other way round
 * from the statement's rows before it is not read: in wrapped text the two readings differ.
 */
export function rowOrder(text: string, context: RowContext): RowOrder {
  return (text.includes("\t") && tableRowOrder(text, context)) || readRowOrder(text, context);
}

/**
 * The commonest table rows (`text` is tab-separated), told without cutting them into cells or reading
 * them in full; null for any other. A row whose coded cells print plain figures each right before its
 * code, where no cell is a column code of unclear kind and nothing around it suggests another order,
 * is read as printed, figure first: every code has its figure before it. A row with no code in any
 * form (a label, a heading, an uncoded figure) pairs nothing: read as printed.
 */
function tableRowOrder(text: string, context: RowContext): RowOrder | null {
  const figureFirst = !context.codeBefore && context.statementOrder !== "code-first";
  let coded = false;
  // The next code at or after the cell being read, found again only once a cell has passed it: asking
  // from every cell would search the rest of a long row once per cell.
  let code = nextCode(text, 0);
  for (let from = 0; from <= text.length;) {
    const tab = text.indexOf("\t", from);
    const to = tab < 0 ? text.length : tab;
    const start = visibleFrom(text, from, to);
    const end = spacesStart(text, to, start);
    if (code >= 0 && code < start) code = nextCode(text, start);
    if (start < end && code >= 0 && code < end) {
      if (!figureFirst || !plainFiguresBeforeCodes(text, start, end)) return null;
      coded = true;
    } else if (isColumnCodeAt(text, start, end)) return null;
    from = to + 1;
  }
  return coded ? AS_PRINTED_FIGURE_FIRST : AS_PRINTED;
}

/** Whether the tab-separated `text` is read as printed, figure first, without reading it in full. */
export function plainlyFigureFirst(text: string, context: RowContext): boolean {
  return tableRowOrder(text, context) === AS_PRINTED_FIGURE_FIRST;
}

/** A row read in full: its tokens, every reading of its column codes, and the pairing they allow. */
export function readRowOrder(text: string, context: RowContext): RowOrder {
  const { figureBefore } = context;
  const cells = splitCells(text);
  if (cells === null && !text.includes("[")) return AS_PRINTED;
  const csv = cells !== null && !text.includes("\t");
  // A table row with no code in any form (a label, a heading, an uncoded figure) pairs nothing: as printed.
  if (!csv && cells !== null && !text.includes("[") && !cells.some(isColumnCode)) return AS_PRINTED;
  const tokens = cells === null ? wordTokens(text) : cellsTokens(cells);
  let maybeCount = 0;
  for (const t of tokens) if (t.kind === "maybe") maybeCount++;
  if (maybeCount > MAX_MAYBE) return AS_PRINTED;
  // Most rows hold no column code of unclear kind: one reading, as printed, that pairs or not.
  const readings =
    maybeCount === 0
      ? [{ tokens: tokens as Resolved[], order: orderOf(tokens as Resolved[], figureBefore) }]
      : everyReading(tokens, figureBefore);
  const paired = readings.length > 1 ? pairings(readings) : isPaired(readings[0]!.order) ? readings : [];
  const chosen = paired.length === 1 ? paired[0] : paired.length > 1 ? onlyCatalogued(paired) : undefined;
  const order = chosen && isPaired(chosen.order) ? chosen.order : null;
  // "Commission [7520]" ⏎ "0 [7530]": the 0 is [7520]'s printed code-first, or [7530]'s printed figure-first.
  if (order && context.codeBefore && (tokens[0]?.kind === "figure" || tokens[0]?.kind === "sign"))
    return ambiguous(paired);
  if (chosen && order) {
    const consistent = context.statementOrder === null || context.statementOrder === order;
    return consistent && !wrappedSign(chosen, cells)
      ? render(chosen.tokens, order, csv || maybeCount > 0, cells !== null)
      : ambiguous([chosen]);
  }
  // No pairing at all: the column codes of unclear kind are figures, and the row is read as it stands.
  const asPrinted = readings[0]!;
  if (paired.length > 1 || asPrinted.order === "ambiguous") return ambiguous(paired.length > 1 ? paired : [asPrinted]);
  return csv && !tokens.every((t) => t.kind === "text" && !/^(\d{1,2}|[A-Za-z])\.$/.test(t.text))
    ? { kind: "reordered", text: cellText(asPrinted.tokens), cells: true, order: null }
    : AS_PRINTED;
}

/** Returned as they are for most rows, so reading a row as printed allocates nothing. */
const AS_PRINTED: RowOrder = { kind: "as-printed", order: null };
const AS_PRINTED_FIGURE_FIRST: RowOrder = { kind: "as-printed", order: "figure-first" };

interface Reading {
  readonly tokens: Resolved[];
  readonly order: Order;
}

const isPaired = (order: Order): order is PairOrder => order === "figure-first" || order === "code-first";

/**
 * The readings that pair figures with codes: those that pair every figure with a code, or failing
 * any, the row as printed (no column taken for a code); readings that pair alike counted once.
 */
function pairings(readings: readonly Reading[]): Reading[] {
  const complete = readings.filter((r) => isPaired(r.order) && alternates(r.tokens, r.order));
  return distinct(complete.length > 0 ? complete : isPaired(readings[0]!.order) ? [readings[0]!] : []);
}

/** Each way of taking the column codes of unclear kind as codes or as figures. */
function everyReading(tokens: readonly Token[], figureBefore: boolean): Reading[] {
  const maybe = tokens.flatMap((t, i) => (t.kind === "maybe" ? [i] : []));
  const readings: Reading[] = [];
  for (let mask = 0; mask < 1 << maybe.length; mask++) {
    const resolved = tokens.map((t, i): Resolved => {
      if (t.kind !== "maybe") return t;
      return mask & (1 << maybe.indexOf(i))
        ? { kind: "code", code: t.code, text: t.text }
        : { kind: "figure", text: t.text };
    });
    readings.push({ tokens: resolved, order: orderOf(resolved, figureBefore) });
  }
  return readings;
}

/** Of several pairings, the one whose codes are all printed by some statement, if only one is. */
function onlyCatalogued(paired: readonly Reading[]): Reading | undefined {
  const catalogued = paired.filter((r) => r.tokens.every((t) => t.kind !== "code" || formsWithCode(t.code).length > 0));
  return catalogued.length === 1 ? catalogued[0] : undefined;
}

type Order = PairOrder | "ambiguous" | "unpaired";

function orderOf(tokens: readonly Resolved[], figureBefore: boolean): Order {
  let codes = 0;
  let allBefore = true;
  let allAfter = true;
  let allOwned = true;
  let signBefore = false;
  let afterOnly = false;
  let someBefore = false;
  let dangling = false;
  let previousRun = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== "code") continue;
    codes++;
    const before = i === 0 ? figureBefore : tokens[i - 1]!.kind === "figure";
    const run = runAfter(tokens, i);
    const after = run > i + 1;
    allBefore &&= before;
    allAfter &&= after;
    // Code-first: every figure stands after a code; one before a code is the run of the code before it.
    allOwned &&= !before || previousRun === i;
    // "$ [7010] 5": a sign or `$` before a code belongs to no figure a code-first reading would give.
    signBefore ||= tokens[i - 1]?.kind === "sign";
    afterOnly ||= !before && after;
    someBefore ||= before;
    // A figure right after a code that no next code shares.
    dangling ||= after && tokens[run]?.kind !== "code";
    previousRun = run;
  }
  if (codes === 0) return "unpaired";
  if (allBefore) return "figure-first";
  if (allAfter && allOwned && !signBefore) return "code-first";
  // A figure right after a code with none before it, or figures both before one code and after another
  // (not shared with a next code): the row might be read either way.
  return afterOnly || (someBefore && dangling) ? "ambiguous" : "unpaired";
}

/**
 * Whether the row's figures and codes alternate one for one in `order` (signs go with their figure):
 * a reading that takes a column of its own for a code must account for every figure on the row.
 */
function alternates(tokens: readonly Resolved[], order: Order): boolean {
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i]!.kind;
    const code = kind === "code";
    if (!code && kind !== "sign" && !(kind === "figure" && tokens[i - 1]?.kind !== "sign")) continue;
    // Code-first rows go C F C F …, figure-first rows F C F C …
    const codeHere = (count % 2 === 0) === (order === "code-first");
    if (code !== codeHere) return false;
    count++;
  }
  return count > 0 && count % 2 === 0;
}

/** The end (exclusive) of the run of figure words and signs after token `i`; `i + 1` when none holds a figure. */
function runAfter(tokens: readonly Resolved[], i: number): number {
  let end = i + 1;
  let figure = false;
  for (let kind = tokens[end]?.kind; kind === "figure" || kind === "sign"; kind = tokens[++end]?.kind)
    figure = figure || kind === "figure";
  return figure ? end : i + 1;
}

/** Readings that pair the same codes with the same figures are one reading. */
function distinct<T extends { tokens: Resolved[]; order: Order }>(readings: readonly T[]): T[] {
  if (readings.length < 2) return [...readings];
  const seen = new Map<string, T>();
  for (const r of readings) seen.set(pairingKey(r.tokens, r.order), seen.get(pairingKey(r.tokens, r.order)) ?? r);
  return [...seen.values()];
}

function pairingKey(tokens: readonly Resolved[], order: Order): string {
  return tokens
    .flatMap((t, i) => {
      if (t.kind !== "code") return [];
      const figure = order === "code-first" ? i + 1 : i - 1;
      return [`${t.code}@${figure}`];
    })
    .join(" ");
}

/**
 * Running text that ends in a code and a lone dash ("… contracts [7735] -"): zero, or the sign of a
 * figure wrapped onto the next line? Not guessed.
 */
function wrappedSign(reading: { tokens: Resolved[]; order: Order }, cells: readonly string[] | null): boolean {
  const { tokens } = reading;
  const last = tokens.at(-1);
  return (
    cells === null &&
    reading.order === "code-first" &&
    tokens.at(-2)?.kind === "code" &&
    last !== undefined &&
    isZeroDash(last.text) &&
    last.text !== "-0-"
  );
}

function render(tokens: readonly Resolved[], order: PairOrder, rebuild: boolean, cells: boolean): RowOrder {
  if (order === "figure-first")
    return rebuild ? { kind: "reordered", text: cellText(tokens), cells: true, order } : AS_PRINTED_FIGURE_FIRST;
  const out: Resolved[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== "code") {
      out.push(token);
      continue;
    }
    const end = runAfter(tokens, i);
    out.push(...tokens.slice(i + 1, end), token);
    i = end - 1;
  }
  return { kind: "reordered", text: cells ? cellText(out) : wordText(out), cells, order };
}

function ambiguous(readings: readonly { tokens: Resolved[] }[]): RowOrder {
  // Every code printed is named, as often as it is printed: each is a figure not read.
  const printed = new Map<string, number>();
  for (const r of readings) {
    const here = new Map<string, number>();
    for (const t of r.tokens) if (t.kind === "code") here.set(t.code, (here.get(t.code) ?? 0) + 1);
    for (const [code, n] of here) printed.set(code, Math.max(n, printed.get(code) ?? 0));
  }
  const codes = [...printed].flatMap(([code, n]) => Array<string>(n).fill(code));
  const tokens = readings[0]!.tokens;
  const label = tokens
    .filter((t) => t.kind === "text")
    .map((t) => t.text)
    .join(" ");
  const figures = tokens.filter((t) => t.kind === "figure" || t.kind === "sign").map((t) => t.text);
  return { kind: "ambiguous", label, codes, figures };
}

/** Cells joined by tabs, a code right after the figure before it as the filing prints it. */
function cellText(tokens: readonly Resolved[]): string {
  let out = "";
  tokens.forEach((t, i) => {
    const text = t.kind === "code" ? `[${t.code}]` : t.text;
    const joined = t.kind === "code" && (tokens[i - 1]?.kind === "figure" || tokens[i - 1]?.kind === "sign");
    out += i === 0 ? text : `${joined ? " " : "\t"}${text}`;
  });
  return out;
}

function wordText(tokens: readonly Resolved[]): string {
  return tokens.map((t) => (t.kind === "code" ? `[${t.code}]` : t.text)).join(" ");
}

/** A row's cells as tokens; a cell of label text is told by its first character, without a pattern. */
function cellsTokens(cells: readonly string[]): Token[] {
  const tokens: Token[] = [];
  for (const cell of cells)
    if (cell.includes("[") && nextCode(cell, 0) >= 0) wordTokens(cell, tokens);
    else tokens.push(cellToken(cell));
  return tokens;
}

function cellToken(cell: string): Token {
  if (!mayBeFigure(cell)) return { kind: "text", text: cell };
  // "7010", "(7010)": a code in a column of its own, or a four-digit figure; the row decides. Only a
  // code some statement prints is a candidate: any other four digits are a figure.
  if (isColumnCode(cell)) return { kind: "maybe", code: MAYBE_CELL.exec(cell)![1]!, text: cell };
  if (looksLikeFigure(cell) || isFigureAttempt(cell)) return { kind: "figure", text: cell };
  if (SIGN.test(cell.replace(/\s+/g, ""))) return { kind: "sign", text: cell };
  return { kind: "text", text: cell };
}

/**
 * Words of a row, each code its own token (also where it touches a word: "A[7010]"); a number after a
 * reference word ("through 12") is label text. One scan of the row.
 */
function wordTokens(text: string, tokens: Token[] = []): Token[] {
  let previous: string | undefined;
  for (const word of codeWords(text)) {
    tokens.push(
      word.length === 6 && isCodeAt(word, 0)
        ? { kind: "code", code: word.slice(1, 5), text: word }
        : wordToken(word, previous),
    );
    previous = word;
  }
  return tokens;
}

function wordToken(word: string, previous: string | undefined): Token {
  if (!mayBeFigure(word) || isReferenceWord(previous)) return { kind: "text", text: word };
  if (isFigureWord(word) || isZeroDash(word) || isPlaceholder(word)) return { kind: "figure", text: word };
  if (SIGN.test(word) || word === "$") return { kind: "sign", text: word };
  return { kind: "text", text: word };
}
