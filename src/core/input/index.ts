export { readInput } from "./read-input";
export { parseInput, type InputParseResult } from "./read-input";
export { htmlToText, type HtmlText } from "./html-to-text";
export { MAX_HTML_DEPTH, MAX_INPUT_BYTES } from "./limits";
export type { FileKind, InputEncoding, InputHints, InputRefused, InputResult, InputText } from "./types";
