/**
 * A workbook plan: everything a writer needs to render the workbook, as pure data. Layout is the only
 * code that knows rows and columns; the Office.js and ExcelJS writers render a plan and never
 * re-derive arithmetic. Addresses are A1-style without sheet ("D5", "A1:G40").
 */

/** Named styles; `styles` on the plan says what each looks like. */
export type CellStyleId =
  | "title"
  | "heading"
  | "section"
  | "label"
  | "field"
  | "code"
  | "money"
  | "money-total"
  | "check"
  | "integer"
  | "link"
  | "note"
  /** An editable input such as the Tolerance cell. */
  | "input"
  /** Money to the cent, for differences: a 0.40 difference must not show as 0. */
  | "money-cents"
  /** A fraction shown as a percentage (0.015 → 1.5%), for the Cover Page's percentage targets. */
  | "percent";

/** What each style looks like. */
export type PlanStyles = Readonly<Record<CellStyleId, CellStyle>>;

export interface CellStyle {
  /** Excel number format, e.g. `_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)`. */
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Single underline (links). */
  readonly underline?: boolean;
  readonly fontSize?: number;
  /** #RRGGBB */
  readonly fontColor?: string;
  /** #RRGGBB */
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly horizontal?: "left" | "center" | "right";
  readonly borderTop?: boolean;
}

/**
 * One cell. Text is always data: a writer must make `text` land as a literal string even when it
 * begins with `=`, `+`, `-`, `@`, a tab or CR. Formulas begin with `=` and may use defined names.
 */
export type PlanCell =
  | null
  | { readonly kind: "text"; readonly text: string; readonly style?: CellStyleId }
  | { readonly kind: "number"; readonly value: number; readonly style?: CellStyleId }
  | {
      readonly kind: "formula";
      readonly formula: string;
      readonly style?: CellStyleId;
      /** What the formula evaluates to on the data as read (a cached result for file writers). */
      readonly result?: number | string | boolean;
    }
  | {
      readonly kind: "link";
      readonly text: string;
      /** Target sheet name (unquoted) and address in it. */
      readonly sheet: string;
      readonly address: string;
      readonly style?: CellStyleId;
    };

/** Colours of live flags; `styles` on the plan does not apply, `flagStyles` does. */
export type FlagStyleId = "error" | "warning" | "ok";

export interface ConditionalFormatPlan {
  /** Range the rule applies to, e.g. "D5:D40". */
  readonly range: string;
  /** Excel expression, relative to the range's top-left cell, e.g. `=ABS($F5)>Tolerance`. */
  readonly formula: string;
  readonly style: FlagStyleId;
}

export interface NotePlan {
  readonly address: string;
  readonly text: string;
}

/** One band of a printed page's header or footer, in Excel's codes: &P page, &N pages, &A sheet; a literal & is &&. */
export interface HeaderFooterPlan {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

/** How a sheet prints: always one page wide (as many pages tall as it needs). */
export interface PrintPlan {
  readonly orientation: "portrait" | "landscape";
  /** Rows 1 to this repeat at the top of every printed page (0 = none). */
  readonly titleRows: number;
  readonly header: HeaderFooterPlan;
  readonly footer: HeaderFooterPlan;
}

/** A line chart over columns of its sheet: one series per column, the categories along the x axis. */
export interface ChartPlan {
  readonly title: string;
  /** "A3:A33": the x axis labels. */
  readonly categories: string;
  readonly series: readonly { readonly name: string; readonly values: string }[];
  /** The cell the chart's top-left corner sits on. */
  readonly anchor: string;
}

export interface SheetPlan {
  /** ≤ 31 characters, none of `: \ / ? * [ ]`, unique in the workbook. */
  readonly name: string;
  /** "overview": the Index, Trend and Changes of a workbook of several filings. */
  readonly role: "summary" | "overview" | "statement";
  /** Rectangular grid from A1: every row has the same length. */
  readonly rows: readonly (readonly PlanCell[])[];
  /** Width of each column in characters. */
  readonly columnWidths: readonly number[];
  /** Rows kept in view when scrolling (0 = none). */
  readonly frozenRows: number;
  readonly notes: readonly NotePlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  /** Heights in points of rows whose wrapped text needs more than one line (1-based row → points). */
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly print?: PrintPlan;
  /** Drawn by the Office.js writer; ExcelJS cannot write charts, so the .xlsx keeps the data only. */
  readonly charts?: readonly ChartPlan[];
}

export interface DefinedNamePlan {
  /** e.g. SEC_7740, Tolerance; never something Excel could read as a cell reference. */
  readonly name: string;
  readonly sheet: string;
  /** Absolute address in that sheet, e.g. "$D$12". */
  readonly address: string;
  readonly comment?: string;
}

export interface WorkbookPlan {
  /** The font every cell is written in, named so that bold or italic text never falls back to another face. */
  readonly font: { readonly name: string; readonly size: number };
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly DefinedNamePlan[];
  readonly styles: PlanStyles;
  readonly flagStyles: Readonly<Record<FlagStyleId, CellStyle>>;
}
