import type { CoverPage } from "../forms/cover-page";
import type { Diagnostic, Filing, Statement } from "../model";

/** The header fields that identify a filing; a change in any of them starts a new one. */
export interface Header {
  readonly amendment?: boolean;
  readonly firm?: string;
  readonly form?: string;
  readonly endDate?: string | null;
  readonly submitDate?: string | null;
}

/** A header block as printed before a statement, with where it started. */
export interface HeaderBlock {
  readonly fields: Header;
  readonly sourceLine: number;
}

export class FilingBuilder {
  readonly statements: Statement[] = [];
  /** Codes already read in this filing, for duplicate and conflicting figures. */
  readonly seen = new Map<string, { readonly value: number; readonly line: number }>();
  /** The Cover Page read before this filing's first statement, if one was printed. */
  cover: CoverPage | undefined;

  constructor(
    readonly header: Header,
    readonly sourceLine: number,
  ) {}

  /** A repeated header that agrees with this filing's own continues it. */
  continuedBy(block: Header): boolean {
    return (Object.keys(block) as (keyof Header)[]).every((k) => block[k] === undefined || block[k] === this.header[k]);
  }

  hasKind(kind: Statement["kind"]): boolean {
    return kind !== "unknown" && this.statements.some((s) => s.kind === kind);
  }

  finish(): { readonly filing: Filing; readonly diagnostics: readonly Diagnostic[] } {
    const h = this.header;
    const diagnostics: Diagnostic[] = [];
    const missing = (name: string): void => {
      diagnostics.push({
        code: "missing-header",
        severity: "warning",
        line: this.sourceLine,
        text: "",
        message: `The filing that starts at input line ${this.sourceLine} has no ${name}.`,
      });
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
      sourceLine: this.sourceLine,
      ...(this.cover ? { cover: this.cover } : {}),
    };
    return { filing, diagnostics };
  }
}
