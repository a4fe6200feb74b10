/**
 * Text → filings. One line of a filing, followed through the reader:
 *
 * 1. `parse-filings.ts` `parseFilings`: a text that prints no `[dddd]` code goes to the readers of
 *    statements printed without codes (`schedules.ts`, `nfa-summary.ts`); any other is split into
 *    lines by `normalize.ts` (a `SourceLine`: its number, its raw and cleaned text), and a line that
 *    holds a header field, a title or a page footer inside longer text is cut into parts
 *    (`line-parts.ts`).
 * 2. `Reader.read` says what the line is, from its first characters wherever it can: blank, a header
 *    field (`header-reader.ts`, `header.ts`, `dates.ts`), page furniture (`furniture.ts`), a Cover
 *    Page (`cover-page.ts`), a statement's title or a section heading (`titles.ts`, walking the
 *    catalog's names in `folded-names.ts`), or a row of the open statement.
 * 3. `line-items.ts` `readLine` turns a row into items in print order: markers ("5.", "A."), runs of
 *    label words, figures with their codes, unreadable figures, strays. `columns.ts` first settles
 *    whether the row prints figures before their codes (as filings do) or after (Excel and CSV
 *    copies), reporting a row that could pair two ways; `figures.ts` and `numbers.ts` read each
 *    figure; `scan.ts` holds every loop over a row's characters.
 * 4. `statement-text.ts` places each item by the numbering in force (`numbering.ts`) and the section:
 *    a figure gets its line id and label, a sign or figure a wrap cut off is joined back, a paragraph
 *    with no figure is a note. `filing-builder.ts` notices a code printed twice.
 * 5. When the statement ends, `statement-builder.ts` settles its figures against the catalog: the
 *    version by the codes present, line ids and sections, lines never printed, instructions only
 *    partly understood (asked of `derive/`).
 *
 * Whatever is not read becomes a diagnostic on its input line (`diagnostics.ts`), worded in
 * `messages.ts`.
 */
export { parseFilings } from "./parse-filings";
export { readFigure } from "./numbers";
export { isoDate } from "./header";
