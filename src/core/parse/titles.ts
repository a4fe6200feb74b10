import { catalog, type StatementForm } from "../forms";
import type { StatementKind } from "../model";
import { foldForMatch, type SourceLine } from "./normalize";

/**
 * Which statement a line opens. Known titles come from the catalog; a line that is emphasised like
 * a title, or reads "Daily Segregation - …", but is not in the catalog opens an unknown statement
 * whose figures are still read.
 */
export type TitleMatch =
  | { readonly known: true; readonly kind: Exclude<StatementKind, "unknown">; readonly forms: readonly StatementForm[] }
  | { readonly known: false };

// Every input line is matched against every title and heading: fold the catalog's once, not per line.
const formsByTitle = new Map<string, StatementForm>();
for (const form of catalog)
  for (const title of form.titles)
    if (!formsByTitle.has(foldForMatch(title))) formsByTitle.set(foldForMatch(title), form);
const formsOfKind = new Map(catalog.map((f) => [f.kind, catalog.filter((g) => g.kind === f.kind)]));
const foldedHeadings = new Map(
  catalog.map((f) => [f, f.sections.map((s) => ({ id: s.id, headings: s.headings.map(foldForMatch) }))]),
);
const formsByCode = new Map<string, StatementForm[]>();
for (const form of catalog)
  for (const code of new Set(form.sections.flatMap((s) => s.lines.flatMap((l) => (l.code ? [l.code] : [])))))
    formsByCode.set(code, [...(formsByCode.get(code) ?? []), form]);

/** A form's sections with their headings folded (computed here for a form outside the catalog). */
function sectionsOf(form: StatementForm): readonly { readonly id: string; readonly headings: readonly string[] }[] {
  return foldedHeadings.get(form) ?? form.sections.map((s) => ({ id: s.id, headings: s.headings.map(foldForMatch) }));
}

/** What may follow a title on its line: the date it is as of, or its status ("… Statement (Amended)"). */
export const TITLE_SUFFIX =
  String.raw`(?:\s*[-\u2013,]?\s*(?:as\s+(?:of|at)|for|dated)\s+[A-Za-z0-9,./ -]{6,20}?\d(?![\w/])|` +
  String.raw`\s*\(\s*(?:amended|amendment|initial|revised|corrected)\s*\))`;
const SUFFIX_AT_END = new RegExp(`${TITLE_SUFFIX}\\s*$`, "i");

/** A title as printed without what may follow it ("… as of 6/18/2013", "(Amended)"). */
export function titleText(clean: string): string {
  const text = clean.trim();
  // Only a short line can be a title; the suffix pattern is not run over a long line's every space.
  return text.length > 200 ? text : text.replace(SUFFIX_AT_END, "");
}

/**
 * `folded` is the line's clean text as foldForMatch gives it (the reader folds each line once, for titles and
 * headings).
 */
export function matchTitle(line: SourceLine, folded: string): TitleMatch | null {
  if (folded === "") return null;
  const first = formsByTitle.get(folded) ?? formsByTitle.get(foldForMatch(titleText(line.clean)));
  if (first) return { known: true, kind: first.kind, forms: formsOfKind.get(first.kind)! };
  const looksLikeTitle = line.emphasised || /^\s*daily\s+seg(regation)?\s*[-\u2013:]/i.test(line.clean);
  return looksLikeTitle && !/\[\d{4}\]/.test(line.clean) ? { known: false } : null;
}

/** The section id a heading line opens, among the candidate forms' sections; `folded` as for matchTitle. */
export function matchSection(forms: readonly StatementForm[], folded: string): string | null {
  if (folded === "") return null;
  for (const form of forms)
    for (const section of sectionsOf(form)) if (section.headings.some((h) => h === folded)) return section.id;
  return null;
}

/** The section whose heading ends this text (a heading run into the label text before a line number). */
export function matchSectionEnding(forms: readonly StatementForm[], text: string): string | null {
  const folded = foldForMatch(text);
  if (folded === "") return null;
  for (const form of forms)
    for (const section of sectionsOf(form)) if (section.headings.some((h) => folded.endsWith(h))) return section.id;
  return null;
}

/** The catalog forms whose lines print this code. */
export function formsWithCode(code: string): readonly StatementForm[] {
  return formsByCode.get(code) ?? [];
}
