import { NUL_WINDOW } from "./limits";
import { decodeUtf8Lenient, decodeUtf8Strict } from "./text-decoder";
import type { InputEncoding } from "./types";

export interface Decoded {
  readonly text: string;
  readonly encoding: Exclude<InputEncoding, "string">;
}

/**
 * Code points of windows-1252 bytes 0x80–0x9F; the five bytes it leaves undefined map to themselves,
 * as WHATWG does.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
] as const;

/** Turns code units into a string in chunks: one `fromCharCode` call over 20 MB would overflow the stack. */
function fromCodeUnits(units: Uint16Array): string {
  const CHUNK = 8192;
  let out = "";
  for (let i = 0; i < units.length; i += CHUNK) out += String.fromCharCode(...units.subarray(i, i + CHUNK));
  return out;
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units = new Uint16Array(Math.ceil(bytes.length / 2));
  for (let i = 0, u = 0; i + 1 < bytes.length; i += 2, u++) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    units[u] = littleEndian ? a | (b << 8) : (a << 8) | b;
  }
  // An odd byte count cannot be UTF-16: the dangling byte is shown, not dropped.
  if (bytes.length % 2 === 1) units[units.length - 1] = 0xfffd;
  return fromCodeUnits(units);
}

function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    units[i] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b;
  }
  return fromCodeUnits(units);
}

/**
 * UTF-16 without a BOM (some Windows "Unicode" saves) shows as ASCII interleaved with NULs. Recognising
 * it keeps such a file from being refused as binary by the NUL rule.
 */
export function sniffBomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, NUL_WINDOW) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd >= pairs * 0.7 && zeroEven === 0) return "utf-16le";
  if (zeroEven >= pairs * 0.7 && zeroOdd === 0) return "utf-16be";
  return null;
}

/** Reads a byte-order mark if there is one; UTF-16 BOMs are honoured before any binary sniffing. */
export function bomOf(bytes: Uint8Array): "utf-8-bom" | "utf-16le-bom" | "utf-16be-bom" | null {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return "utf-8-bom";
  if (a === 0xff && b === 0xfe) return "utf-16le-bom";
  if (a === 0xfe && b === 0xff) return "utf-16be-bom";
  return null;
}

/** An encoding stated by a BOM or recognised from the bytes; null when only decoding can tell. */
export type KnownEncoding = "utf-8-bom" | "utf-16le-bom" | "utf-16be-bom" | "utf-16le" | "utf-16be" | null;

/**
 * Decodes with an explicit encoding (BOM or UTF-16 sniff), else UTF-8, else windows-1252 (which every
 * byte string is).
 */
export function decodeBytes(bytes: Uint8Array, known: KnownEncoding): Decoded {
  switch (known) {
    case "utf-8-bom":
      return { text: decodeUtf8Lenient(bytes.subarray(3)), encoding: known };
    case "utf-16le-bom":
      return { text: decodeUtf16(bytes.subarray(2), true), encoding: known };
    case "utf-16be-bom":
      return { text: decodeUtf16(bytes.subarray(2), false), encoding: known };
    case "utf-16le":
      return { text: decodeUtf16(bytes, true), encoding: known };
    case "utf-16be":
      return { text: decodeUtf16(bytes, false), encoding: known };
    case null: {
      const utf8 = decodeUtf8Strict(bytes);
      // Pages saved on Windows are often windows-1252; a non-UTF-8 byte stream is read as that, not refused.
      return utf8.ok
        ? { text: utf8.text, encoding: "utf-8" }
        : { text: decodeWindows1252(bytes), encoding: "windows-1252" };
    }
  }
}
