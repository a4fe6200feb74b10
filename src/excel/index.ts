export { importPlan, degradedFeatures } from "./import-plan";
export type {
  Degraded,
  ImportDone,
  ImportFailed,
  ImportOptions,
  ImportRefused,
  ImportResult,
  ImportStep,
} from "./import-types";
export {
  featuresOf,
  MANIFEST_API,
  REQUIRED_API,
  SUPPORTED_HOSTS,
  type ApiSupport,
  type Features,
} from "./import-types";
export {
  conflictMessage,
  decideReplace,
  type Conflict,
  type ReplaceDecision,
  type ReplaceMode,
} from "./replace-decision";
export { filingKey } from "./sheet-marker";
export { selectName } from "./select-name";
export { excelErrorInfo, type ExcelErrorInfo } from "./excel-error";
export { importOps, sheetOps } from "./import-ops";
export type { Op } from "./ops";
