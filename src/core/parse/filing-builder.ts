import { catalog } from "../forms";
import type { CoverPage } from "./cover-page";
import type { Diagnostic, Filing, ReportedLine, Statement } from "../model";
import { diagnostic } from "./diagnostics";
import { missingHeaderField, repeatedDifferentFigure, repeatedSameFigure } from "./messages";
import type { SourceLine } from "./normalize";

/** The header fields that identify a filing; a change in any of them starts a new one. */
export interface Header {
  readonly amendment?: boolean;
  readonly firm?: string;
  readonly form?: string;
  readonly endDate?: string | null;
  readonly submitDate?: string | null;
}

/** A header block as printed before a statement, with the line it starts on. */
export interface HeaderBlock {
  readonly fields: Header;
  readonly source: SourceLine;
}

/** What a repeat is told against: a code's first figure and its input line. */
type FirstFigure = Pick<ReportedLine, "value" | "sourceLine">;

/**
 * Each code the catalog prints, by a place of its own (a hundred or so): a filing notes its codes'
 * first figures by place, in a list made once at that length, where a map grown code by code made
 * more garbage than all else the filing builder makes. Codes no form prints go to a map.
 */
const codePlaces = new Map<string, number>();
for (const form of catalog)
  for (const section of form.sections)
    for (const { code } of section.lines)
      if (code !== null && !codePlaces.has(code)) codePlaces.set(code, codePlaces.size);

export class FilingBuilder {
  readonly statements: Statement[] = [];
  /**
   * Each code's first figure read in this filing, as the line it was reported as (no record of its
   * own for every code), for duplicate and conflicting figures: by the code's place, or by the code
   * where the catalog has none.
   */
  private readonly firsts = new Array<FirstFigure | undefined>(codePlaces.size);
  private uncatalogued: Map<string, FirstFigure> | undefined;
  /** The Cover Page read before this filing's first statement, if one was printed. */
  cover: CoverPage | undefined;

  constructor(
    readonly header: Header,
    /** The first line of its header, or of its first statement when no header was printed. */
    readonly source: SourceLine,
  ) {}

  /** A repeated header that agrees with this filing's own continues it. */
  continuedBy(block: Header): boolean {
    return (Object.keys(block) as (keyof Header)[]).every((k) => block[k] === undefined || block[k] === this.header[k]);
  }

  /**
   * A code's figure read before in the filing, if it was: the same code printed again is not counted
   * twice. A repeat with the same figure is a duplicate, with another figure a conflict (the first is kept).
   */
  repeatOf(
    code: string,
    value: number,
  ): {
    readonly repeat: "duplicate-code" | "conflicting-code";
    readonly message: string;
    readonly earlier: FirstFigure;
  } | null {
    const place = codePlaces.get(code);
    const earlier = place === undefined ? this.uncatalogued?.get(code) : this.firsts[place];
    if (!earlier) return null;
    if (earlier.value === value)
      return {
        repeat: "duplicate-code",
        earlier,
        message: repeatedSameFigure(code, earlier.sourceLine),
      };
    return {
      repeat: "conflicting-code",
      earlier,
      message: repeatedDifferentFigure(code, earlier.sourceLine, value, earlier.value),
    };
  }

  /** Notes a code's first figure, read where `repeatOf` found none before it. */
  record(code: string, first: FirstFigure): void {
    const place = codePlaces.get(code);
    if (place === undefined) (this.uncatalogued ??= new Map()).set(code, first);
    else this.firsts[place] = first;
  }

  hasKind(kind: Statement["kind"]): boolean {
    return kind !== "unknown" && this.statements.some((s) => s.kind === kind);
  }

  finish(): { readonly filing: Filing; readonly diagnostics: readonly Diagnostic[] } {
    const h = this.header;
    const diagnostics: Diagnostic[] = [];
    const missing = (name: string): void => {
      diagnostics.push(
        diagnostic("missing-header", "warning", this.source, missingHeaderField(this.source.number, name)),
      );
    };
    if (h.firm === undefined) missing("Firm Name");
    if (h.form === undefined) missing("Form");
    if (h.endDate == null) missing("End Date");
    if (h.submitDate == null) missing("Submit Date");
    const filing: Filing = {
      firm: h.firm ?? null,
      form: h.form ?? null,
      endDate: h.endDate ?? null,
      submitDate: h.submitDate ?? null,
      amendment: h.amendment ?? false,
      complete: this.statements.every((s) => s.complete),
      statements: this.statements,
      sourceLine: this.source.number,
      ...(this.cover ? { cover: this.cover } : {}),
    };
    return { filing, diagnostics };
  }
}
