import { unusedInstructionMessage } from "../checks/messages";
import { unusedInstructions } from "../derive/derive-rules";
import { ruleTarget, type CatalogLine, type StatementForm } from "../forms";
import type { Diagnostic, Note, ReportedLine, Statement, StatementKind, UnreadFigure } from "../model";
import { diagnostic } from "./diagnostics";
import type { LineFigure } from "./figures";
import { missingLine, unknownCode } from "./messages";
import type { SourceLine } from "./normalize";

/**
 * Collects one statement's figures and notes as the text gives them, and settles them against the
 * catalog when the statement ends: the version is chosen by the codes present (never by date), line
 * ids and sections come from the catalog where it knows the code, and every catalogued code the text
 * never reached is named as missing.
 */
export class StatementBuilder {
  /**
   * The figures read, each as the line it is reported as by the printed numbering and section (its
   * id "5.E", or "5" for a subtotal printed on 5.E's row), until the statement ends and the catalog
   * settles them: most come out as read, and are not made again.
   */
  private readonly figures: ReportedLine[] = [];
  /** The input line each figure was read on, by its place in `figures`. */
  private readonly sources: SourceLine[] = [];
  /** The figure read last (a label continued after it gives its line a new label, not a new figure). */
  private lastRead: LineFigure | undefined;
  private readonly notes: Note[] = [];
  /** Printed figures not read, each also said in a diagnostic where it was met. */
  private readonly unread: UnreadFigure[] = [];
  private lastLine: number;
  /** Each candidate version's lines, looked up once: every coded figure read asks whether the statement knows it. */
  private readonly formLines: readonly FormLines[];

  constructor(
    readonly kind: StatementKind,
    readonly title: string,
    /** Candidate catalog versions of this kind; empty for an unknown statement. */
    readonly forms: readonly StatementForm[],
    /** The title's line (or, when the title was lost, the line of the figure that opened the statement). */
    readonly source: SourceLine,
  ) {
    this.lastLine = source.number;
    this.formLines = forms.map(linesOf);
  }

  /** Whether anything but headings has been read: a figure or a note. */
  get started(): boolean {
    return this.figures.length > 0 || this.notes.length > 0;
  }

  knows(code: string): boolean {
    for (const lines of this.formLines) if (lines.byCode.has(code)) return true;
    return false;
  }

  /** Whether a candidate version prints an uncoded figure on line `id`. */
  printsUncoded(id: string): boolean {
    for (const lines of this.formLines) if (lines.uncoded.has(id)) return true;
    return false;
  }

  addFigure(
    figure: LineFigure,
    printedId: string,
    label: string,
    section: string | null,
    source: SourceLine,
    subtotal: boolean,
  ): void {
    this.figures.push(reportedLine(printedId, section, label, figure, source.number, subtotal));
    this.sources.push(source);
    this.lastRead = figure;
    this.lastLine = source.number;
  }

  /** A figure printed here that could not be read, or whose code was printed before with another figure. */
  addUnread(figure: Omit<UnreadFigure, "line">, printedId: string): void {
    this.unread.push({ ...figure, line: printedId });
    this.lastLine = figure.sourceLine;
  }

  /** The figure read last, if any. */
  get lastFigure(): LineFigure | undefined {
    return this.lastRead;
  }

  /** The line the figure read last is reported as while the statement is read. */
  get lastReported(): ReportedLine | undefined {
    return this.figures.at(-1);
  }

  /** The last figure read was the sign of this one, wrapped onto the next line: this one takes its place. */
  replaceLast(figure: LineFigure, source: SourceLine): void {
    const last = this.figures.length - 1;
    if (last >= 0) {
      const { code, value, raw } = figure;
      this.figures[last] = { ...this.figures[last]!, code, value, sourceLine: source.number, raw };
      this.sources[last] = source;
      this.lastRead = figure;
    }
    this.lastLine = source.number;
  }

  /** More label text for the last figure read, printed after it (PDF text). */
  continueLabel(text: string): void {
    const last = this.figures.at(-1);
    if (last && !last.subtotal)
      this.figures[this.figures.length - 1] = { ...last, label: `${last.label} ${text}`.trim() };
  }

  addNote(source: SourceLine, text: string): void {
    this.notes.push({ text, sourceLine: source.number });
    this.lastLine = source.number;
  }

  touch(lineNumber: number): void {
    this.lastLine = lineNumber;
  }

  finish(): { readonly statement: Statement; readonly diagnostics: readonly Diagnostic[] } {
    const form = this.chooseVersion();
    const diagnostics: Diagnostic[] = [];
    const lines = form && linesOf(form);
    const byCode = lines?.byCode;
    // Which of the form's codes the text printed, by their place in the form (no set of codes is built
    // for every statement of every filing).
    const printed = new Array<boolean>(byCode?.size ?? 0).fill(false);
    const reported = this.figures;
    for (let i = 0; i < reported.length; i++) {
      const read = reported[i]!;
      const { code } = read;
      const known = code === null ? lines?.uncoded.get(read.line) : byCode?.get(code);
      if (code !== null && known) printed[known.index] = true;
      if (code !== null && form && !known)
        diagnostics.push(
          diagnostic("unknown-code", "warning", this.sources[i]!, unknownCode(code, form.titles[0], read.line)),
        );
      if (known) reported[i] = settled(read, known);
    }
    // A code printed with a figure that could not be read is not missing: it is reported as unread.
    for (const { code } of this.unread) {
      const known = code === null ? undefined : byCode?.get(code);
      if (known) printed[known.index] = true;
    }
    const missing: string[] = [];
    for (const { line, code, index } of lines?.coded ?? [])
      if (!printed[index]) {
        missing.push(code);
        // Said at the statement's title, where a reader looks for what the statement holds.
        diagnostics.push(
          diagnostic(
            "missing-line",
            "error",
            this.source,
            missingLine(line.line, code, line.label, this.title, this.lastLine),
          ),
        );
      }
    const statement: Statement = {
      kind: this.kind,
      title: this.title,
      version: form?.version ?? null,
      complete: missing.length === 0,
      missing,
      lines: reported,
      notes: this.notes,
      sourceLine: this.source.number,
      ...(this.unread.length ? { unread: this.unread } : {}),
    };
    this.instructionDiagnostics(statement, form, diagnostics);
    return { statement, diagnostics };
  }

  /**
   * A printed instruction read only in part, naming a line printed in two parts, or naming a line whose
   * total is not known (several figures each printed right after another), is said, not used.
   */
  private instructionDiagnostics(statement: Statement, form: StatementForm | undefined, into: Diagnostic[]): void {
    for (const unused of unusedInstructions(statement)) {
      if (unused.reason === "absent" || unused.reason === "self") continue;
      const source = this.sources.find((s) => s.number === unused.line.sourceLine) ?? this.source;
      const catalogued = form?.rules.some((r) => ruleTarget(r) === unused.code) ?? false;
      into.push(diagnostic("unused-instruction", "warning", source, unusedInstructionMessage(unused, catalogued)));
    }
  }

  /** The candidate version with the most of its marker codes present; the first one on a tie. */
  private chooseVersion(): StatementForm | undefined {
    let best: StatementForm | undefined;
    let bestScore = -1;
    for (const form of this.forms) {
      let score = 0;
      // A form has a few markers at most: each is looked for among the figures, with no set of their codes.
      for (const marker of form.markers) if (this.readCode(marker)) score++;
      if (score > bestScore) {
        best = form;
        bestScore = score;
      }
    }
    return best;
  }

  /** Whether a figure was read with `code` (not one printed but unread: those do not choose a version). */
  private readCode(code: string): boolean {
    for (const figure of this.figures) if (figure.code === code) return true;
    return false;
  }
}

/**
 * A figure's line, in one literal with or without the subtotal mark (no copy to add it): one is made
 * for every figure read.
 */
function reportedLine(
  line: string,
  section: string | null,
  label: string,
  { code, value, raw }: LineFigure,
  sourceLine: number,
  subtotal: boolean | undefined,
): ReportedLine {
  return subtotal
    ? { line, section, label, code, value, sourceLine, raw, subtotal: true }
    : { line, section, label, code, value, sourceLine, raw };
}

/**
 * The line as reported where the catalog knows it: the catalog's id and section, and its label where
 * the text printed none. The line as read when that is what it says already.
 */
function settled(read: ReportedLine, known: Located): ReportedLine {
  const line = known.line.line;
  const { section } = known;
  // A subtotal's row is printed with its last component's label: the catalog's says what it is.
  const label = (read.subtotal && known.line.label) || read.label || known.line.label || "";
  if (line === read.line && section === read.section && label === read.label) return read;
  return reportedLine(line, section, label, read, read.sourceLine, read.subtotal);
}

interface Located {
  readonly line: CatalogLine;
  readonly section: string;
  /** The code's place among the form's codes, each counted once; -1 for an uncoded line. */
  readonly index: number;
}

/** A form's lines by code, its uncoded lines by id, and its coded lines in order with their code's place. */
interface FormLines {
  readonly byCode: ReadonlyMap<string, Located>;
  readonly uncoded: ReadonlyMap<string, Located>;
  readonly coded: readonly { readonly line: CatalogLine; readonly code: string; readonly index: number }[];
}

/** A form's lines, made once per form: every figure read asks for its line. The first of a code or id counts. */
function linesOf(form: StatementForm): FormLines {
  let lines = linesOfForm.get(form);
  if (!lines) {
    const byCode = new Map<string, Located>();
    const uncoded = new Map<string, Located>();
    const coded: FormLines["coded"][number][] = [];
    for (const section of form.sections)
      for (const line of section.lines) {
        const { code } = line;
        if (code !== null && !byCode.has(code)) byCode.set(code, { line, section: section.id, index: byCode.size });
        if (code !== null) coded.push({ line, code, index: byCode.get(code)!.index });
        if (line.uncoded && !uncoded.has(line.line)) uncoded.set(line.line, { line, section: section.id, index: -1 });
      }
    lines = { byCode, uncoded, coded };
    linesOfForm.set(form, lines);
  }
  return lines;
}

const linesOfForm = new WeakMap<StatementForm, FormLines>();
