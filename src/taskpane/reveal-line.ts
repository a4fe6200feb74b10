import { lineRange } from "./pane-model";

/**
 * Selects a 1-based input line in the Filing text box and brings it into view at any pane width: the
 * box onto the screen, the line into the box's middle, and its end (where a line prints its figure
 * and code) inside the box's width. The box does not wrap (white-space: pre), so a line's place is
 * its number times the line height and its end's is its width in the monospace font, tabs expanded.
 */
export function revealLine(text: HTMLTextAreaElement, line: number): void {
  const range = lineRange(text.value, line);
  if (!range) return;
  text.focus({ preventScroll: true });
  text.setSelectionRange(range.start, range.end);
  const style = getComputedStyle(text);
  const lineHeight = parseFloat(style.lineHeight) || 16;
  text.scrollTop = Math.max(0, (line - 1) * lineHeight - (text.clientHeight - lineHeight) / 2);
  const end = columnsOf(text.value.slice(range.start, range.end).trimEnd(), Number(style.tabSize) || 8);
  const charWidth = monospaceWidth(style);
  const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) || 0;
  text.scrollLeft = Math.max(0, end * charWidth - (text.clientWidth - padding) + 2 * charWidth);
  text.scrollIntoView({ block: "nearest", inline: "nearest" });
}

/** Display columns of a line: a tab advances to the next multiple of the tab size. */
export function columnsOf(line: string, tabSize: number): number {
  let columns = 0;
  for (const ch of line) columns = ch === "\t" ? (Math.floor(columns / tabSize) + 1) * tabSize : columns + 1;
  return columns;
}

function monospaceWidth(style: CSSStyleDeclaration): number {
  const context = document.createElement("canvas").getContext("2d");
  if (!context) return parseFloat(style.fontSize) * 0.6 || 7;
  context.font = `${style.fontSize} ${style.fontFamily}`;
  return context.measureText("0".repeat(100)).width / 100;
}
