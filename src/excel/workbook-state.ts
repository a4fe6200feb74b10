import type { SheetApis } from "./import-types";
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

/** What an existing workbook name refers to, read from its formula ("='Secured Amounts'!$D$5"). */
export type NameTarget =
  | { readonly kind: "sheet"; readonly sheet: string }
  /** A name whose sheet was deleted: Excel keeps it as "=#REF!$D$5", pointing nowhere. */
  | { readonly kind: "broken" }
  /** A constant, a formula, several areas or another workbook: not something an import may touch. */
  | { readonly kind: "other" };

const QUOTED = /^='((?:[^']|'')+)'!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;
const BARE = /^=([^'!=,\s()"]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;

export function nameTarget(formula: string): NameTarget {
  const text = formula.trim();
  if (text.includes("#REF!")) return { kind: "broken" };
  const quoted = QUOTED.exec(text);
  if (quoted) return { kind: "sheet", sheet: quoted[1]!.replace(/''/g, "'") };
  const bare = BARE.exec(text);
  if (bare && !bare[1]!.startsWith("[")) return { kind: "sheet", sheet: bare[1]! };
  return { kind: "other" };
}
