import { catalog, type StatementForm } from "../forms";
import type { StatementKind } from "../model";
import { FoldedEndings, FoldedNames } from "./folded-names";
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
const matchOfKind = new Map<StatementKind, TitleMatch>(
  catalog.map((f) => [f.kind, { known: true, kind: f.kind, forms: catalog.filter((g) => g.kind === f.kind) }]),
);
const UNKNOWN: TitleMatch = { known: false };
const foldedHeadings = new Map(
  catalog.map((f) => [f, f.sections.map((s) => ({ id: s.id, headings: s.headings.map(foldForMatch) }))]),
);
/** Each catalog form's section ids by folded heading, the first section printing a heading taking it. */
const sectionByHeading = new Map<StatementForm, ReadonlyMap<string, string>>();
for (const [form, sections] of foldedHeadings) {
  const byHeading = new Map<string, string>();
  for (const section of sections) for (const h of section.headings) if (!byHeading.has(h)) byHeading.set(h, section.id);
  sectionByHeading.set(form, byHeading);
}
/**
 * The same for each list of forms a known title opens a statement with (the list is the key), the
 * first form's first section printing a heading taking it: one look-up a line, not one a form.
 */
const sectionByHeadingOf = new Map<readonly StatementForm[], ReadonlyMap<string, string>>();
for (const match of matchOfKind.values()) {
  if (!match.known) continue;
  const byHeading = new Map<string, string>();
  for (const form of match.forms)
    for (const [heading, id] of sectionByHeading.get(form)!) if (!byHeading.has(heading)) byHeading.set(heading, id);
  sectionByHeadingOf.set(match.forms, byHeading);
}
/** Every title and heading of the catalog, for telling at a line's first characters that it is none of them. */
const NAMES = new FoldedNames([
  ...formsByTitle.keys(),
  ...[...foldedHeadings.values()].flat().flatMap((s) => s.headings),
]);
const foldedIfNamed = (text: string): string | null => NAMES.foldIfNamed(text);
/** Every heading of the catalog, for telling at a label's last characters that it ends none of them. */
const HEADING_ENDINGS = new FoldedEndings([...foldedHeadings.values()].flat().flatMap((s) => s.headings));
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
  // Only a short line can be a title, and a suffix ends in a digit or ")": the suffix pattern is not
  // run over a long line's every space, nor over a line that ends otherwise (most lines).
  if (text.length > 200 || !endsLikeSuffix(text.charCodeAt(text.length - 1))) return text;
  return text.replace(SUFFIX_AT_END, "");
}

function endsLikeSuffix(last: number): boolean {
  return last === 41 || (last >= 48 && last <= 57);
}

/** What a line names: a statement's title, or a section heading of the statement open. */
export interface Naming {
  readonly title: TitleMatch | null;
  readonly section: string | null;
}

const NOTHING: Naming = { title: null, section: null };

/**
 * What `line` names: the statement it is the title of, or — with a statement of `openForms` open
 * and the line no known title — the section it heads, since a heading set in bold or capitals like
 * a title is still the open statement's section.
 */
export function nameOf(line: SourceLine, openForms: readonly StatementForm[] | null): Naming {
  const folded = foldedIfNamed(line.clean);
  const title = titleOf(line, folded);
  const section = openForms && !title?.known ? sectionOf(openForms, line, folded) : null;
  if (section) return { title: null, section };
  return title === null ? NOTHING : { title, section: null };
}

/** The statement `line` is the title of, if any. */
export function matchTitle(line: SourceLine): TitleMatch | null {
  return titleOf(line, foldedIfNamed(line.clean));
}

/** `folded` as foldedIfNamed gives it for the line. */
function titleOf(line: SourceLine, folded: string | null): TitleMatch | null {
  if (folded === "") return null;
  const first = folded && (formsByTitle.get(folded) ?? titleBefore(line));
  if (first) return matchOfKind.get(first.kind)!;
  // A line read "Daily Segregation - …" begins with a "d", whatever spaces come before it.
  const looksLikeTitle = line.emphasised || (line.startsWith("d") && DAILY_SEGREGATION.test(line.clean));
  return looksLikeTitle && !line.hasCode ? UNKNOWN : null;
}

/** The title a line prints before what may follow one ("… as of 6/18/2013"): folded again only when there is such. */
function titleBefore(line: SourceLine): StatementForm | undefined {
  const bare = titleText(line.text);
  return bare === line.text ? undefined : formsByTitle.get(foldForMatch(bare));
}

const DAILY_SEGREGATION = /^\s*daily\s+seg(regation)?\s*[-\u2013:]/i;

/** The section a heading line opens, among the candidate forms' sections; `folded` as foldedIfNamed gives it. */
function sectionOf(forms: readonly StatementForm[], line: SourceLine, folded: string | null): string | null {
  const known = sectionByHeadingOf.get(forms);
  if (known) return folded ? (known.get(folded) ?? null) : null;
  for (const form of forms) {
    const byHeading = sectionByHeading.get(form);
    // NAMES holds the catalog's headings only: a form outside it is matched on the line's full fold.
    const text = byHeading ? folded : foldForMatch(line.clean);
    if (!text) continue;
    const id = byHeading ? byHeading.get(text) : sectionsOf(form).find((s) => s.headings.includes(text))?.id;
    if (id !== undefined) return id;
  }
  return null;
}

/** The section whose heading ends this text (a heading run into the label text before a line number). */
export function matchSectionEnding(forms: readonly StatementForm[], text: string): string | null {
  // Most labels end no heading: told without folding them, when every form is the catalog's.
  if (inCatalog(forms) && !HEADING_ENDINGS.mayEnd(text)) return null;
  const folded = foldForMatch(text);
  if (folded === "") return null;
  for (const form of forms)
    for (const section of sectionsOf(form)) if (section.headings.some((h) => folded.endsWith(h))) return section.id;
  return null;
}

/** Whether every one of `forms` is the catalog's (whose headings HEADING_ENDINGS holds). */
function inCatalog(forms: readonly StatementForm[]): boolean {
  for (const form of forms) if (!foldedHeadings.has(form)) return false;
  return true;
}

/** The catalog forms whose lines print this code. */
export function formsWithCode(code: string): readonly StatementForm[] {
  return formsByCode.get(code) ?? [];
}
