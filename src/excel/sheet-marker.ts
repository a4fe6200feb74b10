/**
 * Which sheets an import made. Each sheet Tieout adds carries a worksheet custom property (ExcelApi
 * 1.12) holding the filing's key, so re-importing that filing finds and replaces exactly its sheets,
 * and the import's own nonce, so a failed import finds exactly what it added. The property travels
 * with the sheet when the user renames it; a user's own sheet never has it.
 */

export const MARKER_KEY = "Tieout.import";

/** Excel limits a custom property's value to 255 characters. */
const VALUE_MAX = 255;

export interface SheetMarker {
  /** Hash of the filing's identity (firm, form, dates): the same filing → the same key. */
  readonly key: string;
  /** One per import attempt. */
  readonly nonce: string;
  /** For messages: "Citigroup Global Markets Inc., 2013-06-18". */
  readonly label: string;
  /** The name the import gave this sheet, so a re-import finds it after the user renamed it; "" when unknown. */
  readonly sheet?: string;
}

/** FNV-1a, 2 × 32 bits: a short, stable hash (not a secret) of a filing's identity. */
export function filingKey(identity: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ identity.length;
  for (let i = 0; i < identity.length; i++) {
    const c = identity.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a & 0xff), 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}

export function encodeMarker(marker: SheetMarker): string {
  const value = (l: string): string =>
    JSON.stringify({ k: marker.key, n: marker.nonce, l, ...(marker.sheet ? { s: marker.sheet } : {}) });
  let label = marker.label.slice(0, Math.max(0, VALUE_MAX - value("").length));
  // JSON escapes can lengthen the label: trim until the whole value fits.
  while (value(label).length > VALUE_MAX) label = label.slice(0, -1);
  return value(label);
}

/** null for a value Tieout did not write. */
export function decodeMarker(value: unknown): SheetMarker | null {
  if (typeof value !== "string") return null;
  try {
    const data: unknown = JSON.parse(value);
    if (typeof data !== "object" || data === null) return null;
    const { k, n, l, s } = data as Record<string, unknown>;
    return typeof k === "string" && typeof n === "string"
      ? { key: k, nonce: n, label: typeof l === "string" ? l : "", ...(typeof s === "string" ? { sheet: s } : {}) }
      : null;
  } catch {
    return null; // a property of the same key written by someone else: not ours
  }
}
