// allVersions: the later layouts are read too (src/core/forms/*-later.ts).
import { allVersions as catalog, type StatementForm } from "../forms";
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

export function matchTitle(line: SourceLine): TitleMatch | null {
  const folded = foldForMatch(line.clean);
  if (folded === "") return null;
  const forms = catalog.filter((f) => f.titles.some((t) => foldForMatch(t) === folded));
  const first = forms[0];
  if (first) return { known: true, kind: first.kind, forms: catalog.filter((f) => f.kind === first.kind) };
  const looksLikeTitle = line.emphasised || /^\s*daily\s+seg(regation)?\s*[-\u2013:]/i.test(line.clean);
  return looksLikeTitle && !/\[\d{4}\]/.test(line.clean) ? { known: false } : null;
}

/** The section id a heading line opens, among the candidate forms' sections. */
export function matchSection(forms: readonly StatementForm[], clean: string): string | null {
  const folded = foldForMatch(clean);
  if (folded === "") return null;
  for (const form of forms)
    for (const section of form.sections)
      if (section.headings.some((h) => foldForMatch(h) === folded)) return section.id;
  return null;
}

/** The section whose heading ends this text (a heading run into the label text before a line number). */
export function matchSectionEnding(forms: readonly StatementForm[], text: string): string | null {
  const folded = foldForMatch(text);
  if (folded === "") return null;
  for (const form of forms)
    for (const section of form.sections)
      if (section.headings.some((h) => folded.endsWith(foldForMatch(h)))) return section.id;
  return null;
}

/** The catalog forms whose lines print this code. */
export function formsWithCode(code: string): readonly StatementForm[] {
  return catalog.filter((f) => f.sections.some((s) => s.lines.some((l) => l.code === code)));
}
