import type { InputHints } from "./types";

/** Windows' clipboard format for HTML ("CF_HTML") puts a header of offsets before the markup. */
const CF_HTML = /^Version:\d+\.\d+[ \t]*\r?\n(?:[A-Za-z]+:[^\r\n]*\r?\n)*/;

/** Where the markup of a clipboard HTML payload begins (0 when there is no CF_HTML header). */
export function markupStart(text: string): number {
  return CF_HTML.exec(text)?.[0].length ?? 0;
}

const DOCUMENT_TAG = /^<(?:!doctype\s+html|html|head|body|meta)\b/i;

/**
 * Whether the text starts like a document: whitespace, an XML prolog and comments skipped by
 * scanning, then a doctype or one of html/head/body/meta. (A single regex with a repeated lazy
 * comment group backtracks exponentially on a run of comments that ends in no tag.)
 */
function startsLikeDocument(head: string): boolean {
  let i = 0;
  for (;;) {
    while (i < head.length && /[\s\uFEFF]/.test(head[i]!)) i++;
    const close = head.startsWith("<!--", i) ? "-->" : head.startsWith("<?xml", i) ? ">" : null;
    if (close === null) return DOCUMENT_TAG.test(head.slice(i, i + 32));
    const end = head.indexOf(close, i + 4);
    if (end === -1) return false;
    i = end + close.length;
  }
}

/** Table markup: the sample's own `<b><u>` markup is text the parser reads, so only these tags make a fragment HTML. */
const TABLE_TAG = /<(?:table|tr|td|th)\b[^<>]*>/i;

const HTML_MIME = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;
const TEXT_MIME = /^\s*text\/plain\b/i;
const HTML_EXT = /\.(?:html?|xhtml|shtml)$/i;
const TEXT_EXT = /\.(?:txt|text)$/i;

/**
 * Whether the input is a web page (or an HTML fragment from the clipboard) to be read by the HTML
 * reader. Said so by its MIME type or file name, or seen in its content: a document start wins over a
 * ".txt" name, table tags only count when nothing said the input was plain text.
 */
export function isHtml(text: string, hints: InputHints): boolean {
  if (HTML_MIME.test(hints.mimeType ?? "") || HTML_EXT.test(hints.fileName ?? "")) return true;
  const head = text.slice(0, 4096);
  if (startsLikeDocument(head) || markupStart(head) > 0) return true;
  if (TEXT_MIME.test(hints.mimeType ?? "") || TEXT_EXT.test(hints.fileName ?? "")) return false;
  return TABLE_TAG.test(text.slice(0, 64 * 1024));
}
