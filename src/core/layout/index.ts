export { layoutWorkbook } from "./layout-workbook";
export type { LayoutDiagnostic, LayoutInput } from "./layout-workbook";
export { codeName, isSafeDefinedName, TOLERANCE_NAME } from "./defined-names";
export { quoteSheetName, sanitizeSheetName, sheetReference, SHEET_NAME_MAX, SUMMARY_SHEET } from "./sheet-names";
export { CHECK_OK, FLAG_TEXT, FLAG_SEVERITY, type FlagKind } from "./check-formula";
export { COL as STATEMENT_COLUMNS, STATEMENT_HEADERS } from "./statement-columns";
export { isPercentageChoice, TARGET_STATEMENT_LABEL } from "./cover-rows";
export {
  amendmentChanges,
  amendmentPairs,
  type AmendedFigure,
  type AmendmentChanges,
  type ChangedCode,
} from "./amendment-changes";
