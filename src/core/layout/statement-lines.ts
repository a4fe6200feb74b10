import type { StatementForm } from "../forms";
import type { ReportedLine, Statement } from "../model";

/**
 * What a statement sheet shows, top to bottom, before rows and columns exist: the catalog's
 * sections and lines in the form's order, each with the figure the text gave for it, then any figure
 * the catalog does not know (kept, never dropped), in the order of the text.
 */
export type StatementItem =
  | { readonly kind: "section"; readonly text: string }
  /** A printed line that carries no figure ("1. Net ledger balance"). */
  | { readonly kind: "heading"; readonly line: string; readonly label: string }
  /** A figure line; `reported` undefined when the text never reached it. */
  | {
      readonly kind: "figure";
      readonly line: string;
      readonly label: string;
      readonly code: string | null;
      readonly reported: ReportedLine | undefined;
    };

export const OTHER_FIGURES_HEADING = "Figures the form does not list";

export function statementItems(statement: Statement, form: StatementForm | undefined): readonly StatementItem[] {
  if (!form) return statement.lines.map(figureOf);
  const used = new Set<ReportedLine>();
  const take = (found: ReportedLine | undefined): ReportedLine | undefined => {
    if (found) used.add(found);
    return found;
  };
  const { coded, uncoded } = linesByKey(statement.lines);
  const firstUnused = (lines: readonly ReportedLine[] | undefined): ReportedLine | undefined =>
    lines?.find((l) => !used.has(l));
  // A statement printed without codes omits the lines it has nothing for (an audited schedule prints a
  // net line without its gross and offset): a line it never printed is not a missing figure.
  const printedOnly = statement.lines.some((l) => l.codeSource === "matched");
  const items: StatementItem[] = [];
  for (const section of form.sections) {
    items.push({ kind: "section", text: section.headings[0] ?? section.id });
    const first = items.length;
    for (const line of section.lines) {
      if (line.code === null && !line.uncoded) {
        items.push({ kind: "heading", line: line.line, label: line.label });
        continue;
      }
      const reported = take(firstUnused(line.code !== null ? coded.get(line.code) : uncoded.get(line.line)));
      if (!reported && printedOnly) continue;
      items.push({ kind: "figure", line: line.line, label: reported?.label ?? line.label, code: line.code, reported });
    }
    // A figure of this section the catalog does not list goes at the end of its section.
    for (const extra of statement.lines.filter((l) => l.section === section.id && !used.has(l)))
      items.push(figureOf(take(extra)!));
    items.push(...totalsAfterParts(items.splice(first)));
  }
  const rest = statement.lines.filter((l) => !used.has(l));
  if (rest.length) items.push({ kind: "section", text: OTHER_FIGURES_HEADING }, ...rest.map(figureOf));
  return items;
}

/**
 * The statement's figures by code, and its uncoded figures by line id, each in the text's order:
 * looked up once per catalog line, rather than a scan of the statement for each.
 */
function linesByKey(lines: readonly ReportedLine[]): {
  readonly coded: ReadonlyMap<string, readonly ReportedLine[]>;
  readonly uncoded: ReadonlyMap<string, readonly ReportedLine[]>;
} {
  const coded = new Map<string, ReportedLine[]>();
  const uncoded = new Map<string, ReportedLine[]>();
  const add = (map: Map<string, ReportedLine[]>, key: string, line: ReportedLine): void => {
    const same = map.get(key);
    if (same) same.push(line);
    else map.set(key, [line]);
  };
  for (const line of lines) {
    if (line.code !== null) add(coded, line.code, line);
    else add(uncoded, line.line, line);
  }
  return { coded, uncoded };
}

/**
 * The catalog lists a numbered line's total before its lettered parts (1, 1.A, 1.B); the form prints
 * it after them, on the last part's row, and an accountant reads a ruled figure as the sum of what
 * stands above it. So the line's label heads its parts and its figure follows them.
 */
function totalsAfterParts(items: readonly StatementItem[]): StatementItem[] {
  const out: StatementItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    let end = i + 1;
    if (item.kind === "figure" && item.line !== "" && !item.line.includes("."))
      while (end < items.length && isPartOf(items[end]!, item.line)) end++;
    if (item.kind !== "figure" || end === i + 1) {
      out.push(item);
      continue;
    }
    out.push({ kind: "heading", line: item.line, label: item.label }, ...items.slice(i + 1, end), item);
    i = end - 1;
  }
  return out;
}

const isPartOf = (item: StatementItem, line: string): boolean =>
  item.kind === "figure" && item.line.startsWith(`${line}.`);

function figureOf(line: ReportedLine): StatementItem {
  return { kind: "figure", line: line.line, label: line.label, code: line.code, reported: line };
}
