import type { CellStyle, ChartPlan, PrintPlan } from "../core";
import type { FormulaInput } from "./sheet-grid";

/**
 * One change to the workbook, as data. Builders decide what to write where (pure, tested directly);
 * `runOps` is the only code that turns these into Office.js calls, queued into a request per batch.
 * Sheets are named by the name they have when the operation runs.
 */
export type Op =
  | { readonly op: "suspend-calculation" }
  | { readonly op: "suspend-screen" }
  | { readonly op: "rename-sheet"; readonly sheet: string; readonly to: string }
  | { readonly op: "delete-sheet"; readonly sheet: string }
  | { readonly op: "add-sheet"; readonly sheet: string }
  /** A copy of a sheet, at the end, named `to`: what a sheet rewritten in place is put back from. */
  | { readonly op: "copy-sheet"; readonly sheet: string; readonly to: string }
  /** Everything in a sheet cleared (contents, formats, conditional formats, frozen panes); the sheet itself stays. */
  | { readonly op: "clear-sheet"; readonly sheet: string }
  /** A sheet's contents replaced by those of its copy (`from`), after a failed import. */
  | { readonly op: "restore-sheet"; readonly sheet: string; readonly from: string }
  | { readonly op: "mark-sheet"; readonly sheet: string; readonly key: string; readonly value: string }
  | { readonly op: "delete-name"; readonly name: string }
  /** A name referring to a range of a sheet: the safe kind of name on every host. */
  | {
      readonly op: "add-name";
      readonly name: string;
      readonly sheet: string;
      readonly address: string;
      readonly comment: string;
    }
  /** A name put back from the formula it had ("='Secured Amounts'!$D$5"), after a failed import. */
  | { readonly op: "restore-name"; readonly name: string; readonly formula: string; readonly comment: string }
  | { readonly op: "number-formats"; readonly sheet: string; readonly address: string; readonly formats: string[][] }
  | { readonly op: "formulas"; readonly sheet: string; readonly address: string; readonly formulas: FormulaInput[][] }
  /** `rows` > 1 with a top border means a border above every row, not only above the block. */
  | {
      readonly op: "style";
      readonly sheet: string;
      readonly address: string;
      readonly style: CellStyle;
      readonly rows: number;
    }
  | { readonly op: "column-width"; readonly sheet: string; readonly address: string; readonly points: number }
  | { readonly op: "freeze-rows"; readonly sheet: string; readonly rows: number }
  /** A row (by a cell of it, "A5") tall enough for its wrapped text. */
  | { readonly op: "row-height"; readonly sheet: string; readonly address: string; readonly points: number }
  | { readonly op: "page-layout"; readonly sheet: string; readonly print: PrintPlan }
  | { readonly op: "line-chart"; readonly sheet: string; readonly chart: ChartPlan }
  | {
      readonly op: "conditional-format";
      readonly sheet: string;
      readonly address: string;
      readonly formula: string;
      readonly style: CellStyle;
      readonly priority: number;
    }
  | {
      readonly op: "note";
      readonly sheet: string;
      readonly address: string;
      readonly text: string;
      readonly kind: "note" | "comment";
    }
  | {
      readonly op: "hyperlink";
      readonly sheet: string;
      readonly address: string;
      readonly reference: string;
      readonly text: string;
    }
  | { readonly op: "activate"; readonly sheet: string };

export type OpKind = Op["op"];
