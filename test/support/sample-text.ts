import { readFileSync } from "node:fs";
import { formatMoney } from "../../src/core/checks";
import { fixture } from "./run-cli";

export const sampleText = readFileSync(fixture, "utf8");

/** The sample's text with the figure printed before `[code]` replaced by `value` (thousands separators, as printed). */
export function withFigure(text: string, code: string, value: number): string {
  const pattern = new RegExp(`(<u>)[-\\d,]+(</u>(?:</b>)? \\[${code}\\])`);
  if (!pattern.test(text)) throw new Error(`[${code}] is not printed in the text`);
  return text.replace(pattern, `$1${formatMoney(value)}$2`);
}
