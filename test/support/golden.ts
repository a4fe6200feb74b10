import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * Golden files hold one JSON value per line wherever the value is flat (a cell, a figure, a name, a
 * style): an object or array whose members are plain values. Everything around them is indented as
 * usual. A change to one cell is then a one-line diff, and the file is still plain JSON.
 */
export function goldenText(value: unknown): string {
  return `${formatted(value, "")}\n`;
}

const isPlain = (v: unknown): boolean => v === null || typeof v !== "object";
const isFlat = (v: unknown): boolean =>
  isPlain(v) ||
  (Array.isArray(v)
    ? v.every(isPlain)
    : Object.values(v as object).every((m) => isPlain(m) || (Array.isArray(m) && m.every(isPlain))));

function formatted(value: unknown, indent: string): string {
  if (isFlat(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => inner + formatted(v, inner)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value as object).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatted(v, inner)}`);
  return `{\n${lines.join(",\n")}\n${indent}}`;
}

/** UPDATE_GOLDEN=1 rewrites golden files from what the code produces now; review the diff before committing. */
export const updatingGoldens = (): boolean => !["", "0", undefined].includes(process.env.UPDATE_GOLDEN);

/**
 * Asserts that `value` is the content of the golden file at `path` (as JSON: same data, key order
 * aside), and that the file is written one flat value per line. With UPDATE_GOLDEN=1, writes it first.
 */
export function assertGolden(path: string, value: unknown): void {
  if (updatingGoldens()) writeFileSync(path, goldenText(value));
  assert.ok(existsSync(path), `no golden file ${path} yet: run once with UPDATE_GOLDEN=1 and review it`);
  const text = readFileSync(path, "utf8");
  const golden: unknown = JSON.parse(text);
  assert.deepEqual(JSON.parse(JSON.stringify(value)), golden);
  assert.equal(text, goldenText(golden), `${path} is not one value per line: regenerate it with UPDATE_GOLDEN=1`);
}
