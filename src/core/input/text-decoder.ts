/**
 * UTF-8 decoding through the platform's TextDecoder.
 *
 * The core compiles against lib ES2022 alone, and TextDecoder is not part of ECMAScript: its type lives
 * in lib.dom and @types/node, both deliberately absent here. Yet every runtime Tieout ships to has it as
 * a global (Node >= 11, Excel's WebView2 and every browser), and it validates and decodes 20 MB natively
 * far faster and more surely than a hand-written decoder. So this one file declares the few members it
 * uses, module-scoped: the declaration shadows nothing outside this module (no clash with lib.dom when
 * the whole project is type-checked) and compiles to a plain reference to the global.
 */
interface MinimalTextDecoder {
  decode(input: Uint8Array): string;
}

declare const TextDecoder: new (
  label: "utf-8",
  options: { readonly fatal: boolean; readonly ignoreBOM: boolean },
) => MinimalTextDecoder;

/** `fatal` decoders throw a TypeError on malformed input; a result value says so instead. */
export type Utf8Result = { readonly ok: true; readonly text: string } | { readonly ok: false };

/** Decodes strictly: any malformed sequence makes the whole input "not UTF-8". A BOM is left in the text. */
export function decodeUtf8Strict(bytes: Uint8Array): Utf8Result {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    // The only failure of a fatal decode is malformed input; the caller tries another encoding.
    return { ok: false };
  }
}

/** Decodes leniently: malformed sequences become U+FFFD (used when a BOM has declared the text UTF-8). */
export function decodeUtf8Lenient(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes);
}
