import type { Diagnostic, DiagnosticCode } from "../model";
import { MAX_HTML_DEPTH, MAX_INPUT_BYTES } from "./limits";
import type { FileKind } from "./types";

const SAVE_AS_HTML = "or save the NFA page of the filing as a web page (.htm) and choose that file";
const COPY_OR_SAVE_AS_TEXT =
  "open it, copy the filing's text and paste it here, or save it as plain text (.txt) and choose that file";
const SAVED_AS_TEXT_OR_PAGE = "saved as text (.txt) or as a web page (.htm)";

/** What each refused kind is called, and what to do instead; one sentence each, addressed to an accountant. */
function binaryMessage(kind: FileKind, ext: string): string {
  switch (kind) {
    case "pdf":
      return (
        "This is a PDF file, and Tieout reads the filing's text: " +
        `open the PDF, select and copy its text and paste it here, ${SAVE_AS_HTML}.`
      );
    case "xlsx":
      return (
        `This is an Excel workbook (.${ext === "xlsm" ? "xlsm" : "xlsx"}), not the filing's text: ` +
        `copy the text of the filing from the NFA page and paste it here, ${SAVE_AS_HTML}.`
      );
    case "docx":
      return `This is a Word document (.docx), not plain text: ${COPY_OR_SAVE_AS_TEXT}.`;
    case "zip":
      return `This is a ZIP archive: unzip it and choose the filing inside, ${SAVED_AS_TEXT_OR_PAGE}.`;
    case "ole": {
      const what =
        ext === "doc"
          ? "an older Word document (.doc)"
          : ext === "xls"
            ? "an older Excel workbook (.xls)"
            : "an older Microsoft Office file (.doc, .xls or .msg)";
      return `This is ${what}, not plain text: ${COPY_OR_SAVE_AS_TEXT}.`;
    }
    case "png":
    case "jpeg":
    case "gif":
      return (
        `This is a ${kind.toUpperCase()} image, and Tieout reads text, not pictures of it: ` +
        `copy the text of the filing from the NFA page and paste it here, ${SAVE_AS_HTML}.`
      );
    case "gzip":
      return `This is a compressed (gzip) file: decompress it and choose the filing inside, ${SAVED_AS_TEXT_OR_PAGE}.`;
    case "binary":
      return (
        `This file is not text (it holds binary data): choose the filing ${SAVED_AS_TEXT_OR_PAGE}, ` +
        "or paste the filing's text."
      );
  }
}

function refusal(code: DiagnosticCode, message: string): Diagnostic {
  return { code, severity: "error", line: 0, text: "", message };
}

export function emptyInput(fromHtml: boolean): Diagnostic {
  return refusal(
    "empty-input",
    fromHtml
      ? "The page holds no text: save the NFA page of the filing with its content, or paste the filing text."
      : "The input is empty: paste the filing text or choose a file.",
  );
}

const megabytes = (n: number): string => (n / (1024 * 1024)).toFixed(1);

export function inputTooLarge(size: number): Diagnostic {
  const limit = megabytes(MAX_INPUT_BYTES).replace(/\.0$/, "");
  // Just over the limit, megabytes round to the limit itself ("20.0 MB, above the limit of 20 MB"): say bytes then.
  const sizes =
    Number(megabytes(size)) > Number(limit)
      ? `${megabytes(size)} MB, above the limit of ${limit} MB`
      : `${size.toLocaleString("en-US")} bytes, above the limit of ${limit} MB ` +
        `(${MAX_INPUT_BYTES.toLocaleString("en-US")} bytes)`;
  return refusal(
    "input-too-large",
    `The input is ${sizes}; ` +
      "a daily segregation filing is a few kilobytes of text: check that this is the filing, or paste only the filing.",
  );
}

export function pageTooDeep(pageLine: number): Diagnostic {
  return refusal(
    "input-too-large",
    `This page nests its elements more than ${MAX_HTML_DEPTH.toLocaleString("en-US")} deep ` +
      `(by line ${pageLine} of the page), which no filing page does, so Tieout stopped reading it: ` +
      "paste the filing's text instead, or save the NFA page of the filing again.",
  );
}

export function binaryInput(kind: FileKind, ext: string): Diagnostic {
  return refusal("binary-input", binaryMessage(kind, ext));
}
