import { extensionOf } from "./types";
import { MAX_CONTROL_RATIO, NUL_WINDOW, SNIFF_BYTES } from "./limits";
import type { FileKind } from "./types";

/**
 * The start of the input seen as byte values. A string (a file a browser already read as text) maps
 * each character below 256 to that byte; U+FFFD, what a UTF-8 reader makes of a non-UTF-8 byte, stands
 * for any byte ≥ 0x80, so a PNG or PDF read as text is recognised as well as its bytes are.
 */
interface Sample {
  readonly length: number;
  at(i: number): number;
}

export function sampleOfBytes(bytes: Uint8Array): Sample {
  return { length: Math.min(bytes.length, SNIFF_BYTES), at: (i) => bytes[i] ?? -1 };
}

export function sampleOfString(text: string): Sample {
  return { length: Math.min(text.length, SNIFF_BYTES), at: (i) => text.charCodeAt(i) };
}

const ascii = (s: string): readonly number[] => Array.from(s, (c) => c.charCodeAt(0));

function matchesAt(sample: Sample, offset: number, magic: readonly number[]): boolean {
  if (offset + magic.length > sample.length) return false;
  let exact = 0;
  for (let i = 0; i < magic.length; i++) {
    const b = magic[i] ?? -1;
    const c = sample.at(offset + i);
    if (c === b) exact++;
    else if (!(b >= 0x80 && c === 0xfffd)) return false;
  }
  // A run of U+FFFD alone (JPEG's FF D8 FF read as UTF-8) is too weak to name a format; the
  // control-ratio rule judges it.
  return exact > 0;
}

function contains(sample: Sample, needle: readonly number[], limit: number): boolean {
  const end = Math.min(sample.length, limit) - needle.length;
  for (let i = 0; i <= end; i++) if (matchesAt(sample, i, needle)) return true;
  return false;
}

const ZIP = [ascii("PK\x03\x04"), ascii("PK\x05\x06"), ascii("PK\x07\x08")] as const;
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const JPEG = [0xff, 0xd8, 0xff] as const;
const GIF = [ascii("GIF87a"), ascii("GIF89a")] as const;
const GZIP = [0x1f, 0x8b] as const;
const PDF = ascii("%PDF-");

const XLSX_PARTS = [ascii("xl/workbook."), ascii("xl/worksheets/"), ascii("xl/_rels/"), ascii("xl/styles.")];
const DOCX_PARTS = [ascii("word/document."), ascii("word/_rels/"), ascii("word/styles.")];

/** An Office Open XML package names its parts, uncompressed, in the zip's local headers ("xl/workbook.xml"). */
function zipKind(sample: Sample, fileName: string | undefined): FileKind {
  const ext = extensionOf(fileName);
  if (["xlsx", "xlsm", "xltx", "xltm"].includes(ext) || XLSX_PARTS.some((p) => contains(sample, p, SNIFF_BYTES)))
    return "xlsx";
  if (["docx", "docm", "dotx"].includes(ext) || DOCX_PARTS.some((p) => contains(sample, p, SNIFF_BYTES))) return "docx";
  return "zip";
}

/**
 * The kind of a known binary format by its magic bytes, or null. PDF may be preceded by junk, so its
 * first 1 KB is searched.
 */
export function sniffMagic(sample: Sample, fileName?: string): FileKind | null {
  if (contains(sample, PDF, 1024)) return "pdf";
  if (ZIP.some((m) => matchesAt(sample, 0, m))) return zipKind(sample, fileName);
  if (matchesAt(sample, 0, OLE)) return "ole";
  if (matchesAt(sample, 0, PNG)) return "png";
  if (matchesAt(sample, 0, JPEG)) return "jpeg";
  if (GIF.some((m) => matchesAt(sample, 0, m))) return "gif";
  if (matchesAt(sample, 0, GZIP)) return "gzip";
  return null;
}

/** Tab, LF, VT, FF and CR are what text files hold; other C0 controls, DEL, C1 controls and U+FFFD are not. */
function isControl(c: number): boolean {
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d;
  return c === 0x7f || (c >= 0x80 && c <= 0x9f) || c === 0xfffd;
}

/**
 * Bytes are binary when a NUL falls in the first 8,000 (as git decides) or more than a tenth of the
 * sample is control bytes. C1 and U+FFFD count only in strings: in bytes 0x80–0x9F are UTF-8
 * continuation bytes or windows-1252 punctuation.
 */
export function looksBinary(sample: Sample, kind: "bytes" | "string"): boolean {
  if (sample.length === 0) return false;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.at(i);
    if (c === 0 && kind === "bytes" && i < NUL_WINDOW) return true;
    if (kind === "bytes" ? c < 0x80 && isControl(c) : isControl(c)) controls++;
  }
  return controls / sample.length > MAX_CONTROL_RATIO;
}
