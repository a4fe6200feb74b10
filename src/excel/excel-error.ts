/** An Office.js error (OfficeExtension.Error) or anything else thrown, as plain data for a message. */
export interface ExcelErrorInfo {
  readonly code: string;
  readonly message: string;
  readonly location: string;
}

export function excelErrorInfo(error: unknown): ExcelErrorInfo {
  if (typeof error !== "object" || error === null) return { code: "Unknown", message: String(error), location: "" };
  const e = error as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } };
  return {
    code: typeof e.code === "string" ? e.code : "Unknown",
    message: typeof e.message === "string" ? e.message : String(error),
    location: typeof e.debugInfo?.errorLocation === "string" ? e.debugInfo.errorLocation : "",
  };
}

/** What each known code means for an import, in the user's terms. */
const HINTS: Readonly<Record<string, string>> = {
  RequestPayloadSizeLimitExceeded:
    "The workbook is too large to send to Excel on the web in one request; import fewer filings at a time.",
  InvalidArgument: "Excel rejected a value the import sent.",
  ItemAlreadyExists: "A sheet or name the import needs appeared while it ran.",
  ItemNotFound: "A sheet or name the import needs disappeared while it ran.",
  AccessDenied: "The workbook is protected or read-only.",
  InvalidOperationInCellEditMode: "Excel is editing a cell: press Enter or Esc in the sheet, then import again.",
};

export function errorSentence(info: ExcelErrorInfo): string {
  const where = info.location ? ` at ${info.location}` : "";
  const hint = HINTS[info.code];
  return `Excel reported ${info.code}${where}: ${info.message}${hint ? ` ${hint}` : ""}`;
}
