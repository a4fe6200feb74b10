/**
 * The largest input read, in bytes (for a string: UTF-16 code units, i.e. characters). A daily
 * segregation filing is a few kilobytes and a saved NFA page well under a megabyte; 20 MiB leaves room
 * for a year of filings pasted together while refusing a wrong file (a video, a database dump) before
 * any decoding, HTML parsing or regex work is spent on it.
 */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** How much of the start of the input the binary sniffers look at: enough to judge, bounded for speed. */
export const SNIFF_BYTES = 64 * 1024;

/** Like git, a NUL within this many leading bytes marks a file as binary. */
export const NUL_WINDOW = 8000;

/** Share of control characters (other than tab, LF, CR, FF, VT) above which input is binary, not text. */
export const MAX_CONTROL_RATIO = 0.1;

/**
 * htmlparser2 keeps its open elements in an array it `unshift`s, so each tag costs time in the
 * nesting depth: 200,000 unclosed <div>s take seconds, a 20 MB page of them hours. No filing page
 * nests anywhere near this deep (a few dozen levels), so reading stops beyond it.
 */
export const MAX_HTML_DEPTH = 1000;
