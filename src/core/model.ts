import type { CoverPage } from "./parse/cover-page";

/**
 * The domain types every layer shares: what a filing is once read, what a check finds, what the
 * parser could not read. Pure data, readonly, JSON-serialisable.
 */

/** A statement family of the daily segregation filing. `unknown` = a coded statement the catalog does not know. */
export type StatementKind = "secured-amounts" | "segregation" | "cleared-swaps" | "unknown";

export type Severity = "error" | "warning" | "info";

/** One figure as printed, traceable to the text it came from. */
export interface ReportedLine {
  /**
   * Printed line id: "5", "5.E", "12.A"; "" when the form prints none (e.g. "Less: …" rows get their
   * parent's id + letter from the catalog).
   */
  readonly line: string;
  /** Catalog section id within the statement ("summary", "funds-deposited", …); null when unknown. */
  readonly section: string | null;
  readonly label: string;
  /** Four-digit code printed in brackets, or null for an uncoded figure (Sequestration 12.A/12.B). */
  readonly code: string | null;
  readonly value: number;
  /** 1-based line number in the input text. */
  readonly sourceLine: number;
  /** The figure exactly as printed ("(1,234)", "-", "$5,598,505,864"). */
  readonly raw: string;
  /**
   * Present (true) when the figure was printed right after another figure with no label between
   * ("0 [7520] 286,214,407 [7530]"): the subtotal of its numbered line, wherever a line break fell.
   */
  readonly subtotal?: true;
  /**
   * How the code was found: absent when it was printed beside the figure; "matched" when the statement
   * prints no codes and the line's words and place matched a catalog line.
   */
  readonly codeSource?: "matched";
}

/**
 * A printed sentence that is neither a figure nor a heading ("Input for Sequestration Statement will
 * not be required until 10/4/2010.").
 */
export interface Note {
  readonly text: string;
  readonly sourceLine: number;
}

/**
 * A figure the text prints that Tieout did not read: its token is not a number ("N/A [7010]", "12 345
 * [7010]"), or its code was printed again with another figure (the first printing is the one kept).
 * It is reported as an `error` finding on its code: a result can only be clean if every printed
 * figure was read.
 */
export interface UnreadFigure {
  readonly reason: "unreadable" | "conflicting";
  /** The code printed with it; null for an uncoded figure (then `line` names it). */
  readonly code: string | null;
  /** The printed line id where it stands ("1.A"), "" when unknown. */
  readonly line: string;
  /** The token as printed ("N/A", "12 345"; the repeated figure for a conflict). */
  readonly raw: string;
  /** 1-based input line of the token. */
  readonly sourceLine: number;
  /** For a conflict: the figure that was kept, and its input line. */
  readonly kept?: { readonly value: number; readonly sourceLine: number };
}

export interface Statement {
  readonly kind: StatementKind;
  /** The title as printed ("Daily Segregation - Secured Amounts"). */
  readonly title: string;
  /** Catalog version id ("secured-amounts-2013"); null when no catalog version matched. */
  readonly version: string | null;
  /** False when the text ended (or the next statement began) before the catalog's lines did. */
  readonly complete: boolean;
  /** Catalog codes that the text never reached; each also has a `missing-line` diagnostic. */
  readonly missing: readonly string[];
  readonly lines: readonly ReportedLine[];
  readonly notes: readonly Note[];
  readonly sourceLine: number;
  /** Printed figures that were not read (present only when there are some). */
  readonly unread?: readonly UnreadFigure[];
  /** Dollars per printed unit when the heading says so ("(in thousands)", "$000"): 1000; absent = 1. */
  readonly scale?: number;
  /**
   * Dollars each figure is rounded to (1000 for figures printed in or rounded to thousands); absent when
   * figures are exact. A total within the rounding of its parts is consistent (XBRL calculation 1.1).
   */
  readonly rounding?: number;
}

export interface Filing {
  readonly firm: string | null;
  readonly form: string | null;
  /** ISO yyyy-mm-dd. */
  readonly endDate: string | null;
  /** ISO yyyy-mm-dd. */
  readonly submitDate: string | null;
  readonly amendment: boolean;
  /** True when every statement is complete. */
  readonly complete: boolean;
  readonly statements: readonly Statement[];
  readonly sourceLine: number;
  /** The Cover Page printed before the statements (later filings): firm, contact, residual-interest targets. */
  readonly cover?: CoverPage;
  /** The firm's NFA ID, as NFA's public summary pages print it. */
  readonly nfaId?: string;
}

/** Why a piece of the input could not be read as intended. Tests and the UI match on these, never on English. */
export type DiagnosticCode =
  | "empty-input"
  | "no-filing"
  | "input-too-large"
  | "binary-input"
  | "unparsed-number"
  | "orphan-figure"
  | "unknown-code"
  | "duplicate-code"
  | "conflicting-code"
  | "missing-line"
  | "missing-header"
  | "missing-title"
  | "unknown-statement"
  | "unused-instruction"
  | "unmatched-line"
  | "empty-schedule";

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** 1-based input line; 0 when the diagnostic is about the input as a whole. */
  readonly line: number;
  /** The input line as it was (markup included), "" when line is 0. */
  readonly text: string;
  readonly message: string;
}

export interface ParseResult {
  readonly filings: readonly Filing[];
  readonly diagnostics: readonly Diagnostic[];
}

export type RuleKind = "sum" | "difference" | "tie" | "non-negative" | "greater-of";

/** What a finding is about: a rule of that kind, a printed figure not read, or a code printed with two figures. */
export type FindingKind = RuleKind | "unread-figure" | "conflicting-figure";

/** A reported figure that disagrees with the form's arithmetic (or a deficiency, or an observation). */
export interface Finding {
  readonly severity: Severity;
  /** Rule id from the catalog ("SEC-7740") or of a derived rule. */
  readonly rule: string;
  readonly kind: FindingKind;
  /** Code of the flagged figure; for an uncoded figure not read, its printed line id. */
  readonly code: string;
  readonly statement: StatementKind;
  /** The figure as printed; 0 when the figure itself is missing from the filing (then `missing` names it). */
  readonly reported: number;
  /**
   * What the arithmetic gives; for non-negative rules, 0 (the floor); null when the rule could not be
   * evaluated (a component is missing).
   */
  readonly expected: number | null;
  /** reported − expected; null when expected is. */
  readonly difference: number | null;
  /**
   * One sentence an accountant reads: "Line 5 total [7740] is 607,099,812 but lines 5.A–5.E add to
   * 607,099,712: a difference of 100".
   */
  readonly message: string;
  /** Codes of the figures the rule reads. */
  readonly components: readonly string[];
  /** Input line of the flagged figure; the statement's first line when the figure is missing. */
  readonly sourceLine: number;
  /**
   * Codes the rule needed that the filing does not give (present only on a rule that could not be
   * evaluated); with an `error` severity when one of them is printed but was not read.
   */
  readonly missing?: readonly string[];
}
