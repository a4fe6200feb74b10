import type { Diagnostic } from "../model";

/** What the caller knows about the input besides its content: both optional, both only hints. */
export interface InputHints {
  /** The file's name as chosen ("seg-2013-06-18.htm"); its extension is a hint, never trusted over content. */
  readonly fileName?: string;
  /** The MIME type a browser or clipboard reported ("text/html", "application/pdf"). */
  readonly mimeType?: string;
  /**
   * The whole file's size in bytes, when the caller read only its start (`file.slice(0, MAX_INPUT_BYTES + 1)`),
   * so that a refusal states the real size rather than the size of what was read.
   */
  readonly size?: number;
}

/** How bytes became characters; "string" when the caller already gave text (a paste, a decoded file). */
export type InputEncoding =
  "string" | "utf-8" | "utf-8-bom" | "utf-16le-bom" | "utf-16be-bom" | "utf-16le" | "utf-16be" | "windows-1252";

/**
 * A kind of file that is not filing text, recognised from its first bytes (or, for "binary", from NUL
 * and control bytes).
 */
export type FileKind = "pdf" | "xlsx" | "docx" | "zip" | "ole" | "png" | "jpeg" | "gif" | "gzip" | "binary";

/** Input the parser should read. */
export interface InputText {
  readonly kind: "text";
  /** The text to give to `parseFilings`: a leading BOM removed, otherwise as given or decoded. */
  readonly text: string;
  readonly encoding: InputEncoding;
  /** "html" when the input was a web page and `text` is its rows and blocks as lines. */
  readonly format: "text" | "html";
  /**
   * For HTML input only: the 1-based line of the page on which each text line began (index 0 holds text
   * line 1), so a diagnostic on a text line can be traced to the page.
   */
  readonly pageLines?: readonly number[];
}

/** Input refused before parsing, with the diagnostic to show. */
export interface InputRefused {
  readonly kind: "refused";
  /** Its code is one of "empty-input", "input-too-large", "binary-input"; line 0 (the input as a whole). */
  readonly diagnostic: Diagnostic;
  /** What the input was recognised as, for "binary-input" refusals. */
  readonly detected?: FileKind;
}

export type InputResult = InputText | InputRefused;

/** The lower-case extension of a file name ("seg.HTM" → "htm"), "" when there is none or no name. */
export function extensionOf(fileName: string | undefined): string {
  return /\.([A-Za-z0-9]+)$/.exec(fileName ?? "")?.[1]?.toLowerCase() ?? "";
}
