import type { ParseResult } from "../model";
import { parseFilings } from "../parse";
import { bomOf, decodeBytes, sniffBomlessUtf16, type KnownEncoding } from "./decode-bytes";
import { htmlToText } from "./html-to-text";
import { MAX_INPUT_BYTES } from "./limits";
import { binaryInput, emptyInput, inputTooLarge, pageTooDeep } from "./messages";
import { looksBinary, sampleOfBytes, sampleOfString, sniffMagic } from "./sniff-binary";
import { isHtml } from "./sniff-html";
import {
  extensionOf,
  type FileKind,
  type InputEncoding,
  type InputHints,
  type InputRefused,
  type InputResult,
} from "./types";

/** Whitespace, and the invisible characters a paste can carry (zero-width spaces and joiners, word joiner, BOM). */
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/;

function refuseBinary(kind: FileKind, hints: InputHints): InputRefused {
  return { kind: "refused", diagnostic: binaryInput(kind, extensionOf(hints.fileName)), detected: kind };
}

/** The common path once there are characters: refuse binary-looking or blank text, read HTML, else pass the text on. */
function fromText(text: string, encoding: InputEncoding, hints: InputHints): InputResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (BLANK.test(body)) return { kind: "refused", diagnostic: emptyInput(false) };
  if (encoding === "string") {
    // A file a browser read as text arrives as a string: its bytes' signature still shows.
    const sample = sampleOfString(body);
    const magic = sniffMagic(sample, hints.fileName);
    if (magic !== null) return refuseBinary(magic, hints);
    if (looksBinary(sample, "string")) return refuseBinary("binary", hints);
  }
  if (!isHtml(body, hints)) return { kind: "text", text: body, encoding, format: "text" };
  const page = htmlToText(body);
  if (!page.ok) return { kind: "refused", diagnostic: pageTooDeep(page.line) };
  if (BLANK.test(page.text)) return { kind: "refused", diagnostic: emptyInput(true) };
  return { kind: "text", text: page.text, encoding, format: "html", pageLines: page.pageLines };
}

function fromBytes(bytes: Uint8Array, hints: InputHints): InputResult {
  if (bytes.length === 0) return { kind: "refused", diagnostic: emptyInput(false) };
  // A BOM states the encoding: UTF-16's NULs must not be taken for binary.
  const bom = bomOf(bytes);
  if (bom === null || bom === "utf-8-bom") {
    const sample = sampleOfBytes(bytes);
    const magic = sniffMagic(sample, hints.fileName);
    if (magic !== null) return refuseBinary(magic, hints);
    if (bom === null) {
      const utf16 = sniffBomlessUtf16(bytes);
      if (utf16 !== null) return fromDecoded(bytes, utf16, hints);
    }
    if (looksBinary(sample, "bytes")) return refuseBinary("binary", hints);
  }
  return fromDecoded(bytes, bom, hints);
}

function fromDecoded(bytes: Uint8Array, known: KnownEncoding, hints: InputHints): InputResult {
  const decoded = decodeBytes(bytes, known);
  // Decoded UTF-16 was never sniffed as bytes: judge its characters (a UTF-16 BOM on binary data proves nothing).
  if (decoded.encoding.startsWith("utf-16") && looksBinary(sampleOfString(decoded.text), "string"))
    return refuseBinary("binary", hints);
  return fromText(decoded.text, decoded.encoding, hints);
}

/**
 * The input gate: what the user gave (pasted text, or a file's bytes with its name and MIME type)
 * becomes either text for `parseFilings` or a refusal carrying an "empty-input", "input-too-large" or
 * "binary-input" diagnostic with a message that says what to do instead. Input over
 * `MAX_INPUT_BYTES` is refused before anything else is done with it. Pure, and never throws.
 *
 * @example
 * const input = readInput(bytes, { fileName: "seg.htm", mimeType: "text/html" });
 * const result = input.kind === "text" ? parseFilings(input.text) : { filings: [], diagnostics: [input.diagnostic] };
 */
export function readInput(input: string | Uint8Array, hints: InputHints = {}): InputResult {
  const size = Math.max(input.length, hints.size ?? 0);
  if (size > MAX_INPUT_BYTES) return { kind: "refused", diagnostic: inputTooLarge(size) };
  return typeof input === "string" ? fromText(input, "string", hints) : fromBytes(input, hints);
}

/** A parse result that also tells how the input was read (and, for a web page, where each text line came from). */
export interface InputParseResult extends ParseResult {
  readonly input: InputResult;
}

/**
 * `readInput` then `parseFilings`: the one call the CLI and the task pane need. A refused input is a
 * result with no filing and the refusal as its only diagnostic.
 *
 * @example parseInput(await file.bytes(), { fileName: file.name, mimeType: file.type }).diagnostics
 */
export function parseInput(input: string | Uint8Array, hints: InputHints = {}): InputParseResult {
  const read = readInput(input, hints);
  if (read.kind === "refused") return { filings: [], diagnostics: [read.diagnostic], input: read };
  return { ...parseFilings(read.text), input: read };
}
