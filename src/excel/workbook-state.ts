import type { SheetApis } from "./api-support";
import type { SheetMarker } from "./sheet-marker";

/** What the import read of the workbook before changing it (and, after a failure, of what is left). */
export interface ExistingSheet {
  readonly name: string;
  /** The Tieout marker; null for a user's sheet, or when the host cannot read markers. */
  readonly marker: SheetMarker | null;
}

export interface ExistingName {
  readonly name: string;
  /** "='Secured Amounts'!$D$5" */
  readonly formula: string;
  readonly comment: string;
}

export interface WorkbookState {
  readonly sheets: readonly ExistingSheet[];
  readonly names: readonly ExistingName[];
  /** What the worksheet objects of the loaded Office.js offer; absent when not probed. */
  readonly sheetApis?: SheetApis;
}

/** Sheet and defined names in Excel ignore case. */
export const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
export const nameSet = (names: Iterable<string>): Set<string> => new Set([...names].map((n) => n.toLowerCase()));
