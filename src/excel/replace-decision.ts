import type { WorkbookPlan } from "../core";
import type { SheetMarker } from "./sheet-marker";
import { nameSet, nameTarget, sameName, type ExistingName, type WorkbookState } from "./workbook-state";

/** Something in the workbook that stops an import before it changes anything. */
export type Conflict =
  /** A sheet of the plan's name that Tieout did not make (or cannot tell that it did: no markers). */
  | { readonly kind: "sheet"; readonly sheet: string }
  /** A sheet of the plan's name from Tieout's import of another filing; `replace: "any-import"` replaces it. */
  | { readonly kind: "other-import"; readonly sheet: string; readonly label: string }
  /** A live defined name of the plan's name that refers to something the import does not replace. */
  | { readonly kind: "name"; readonly name: string; readonly formula: string };

/** An earlier import's sheet that the plan has no sheet of its name for: renamed aside, then deleted. */
export interface ReplacedSheet {
  readonly name: string;
  /** The name it carries while the import runs, so it can be put back if the import fails. */
  readonly backup: string;
}

/**
 * An earlier import's sheet of a name the plan writes: cleared and written again in place, so that
 * the user's formulas and names that point into it keep working. A copy of it is kept while the
 * import runs, to put its contents back if the import fails.
 */
export interface ReusedSheet {
  readonly name: string;
  /** The plan's name for it: its own, or the one the import gave it before the user renamed it. */
  readonly as: string;
  readonly copy: string;
  /** Its marker before the import, put back with its contents. */
  readonly marker: SheetMarker;
}

export type ReplaceDecision =
  | { readonly kind: "conflict"; readonly conflicts: readonly Conflict[] }
  | {
      readonly kind: "go";
      readonly replaced: readonly ReplacedSheet[];
      readonly reused: readonly ReusedSheet[];
      /** Names of the plan's that exist already, on sheets it replaces or broken; restored if the import fails. */
      readonly namesToDelete: readonly ExistingName[];
    };

export type ReplaceMode = "same-filing" | "any-import";

/**
 * What an import of `plan` may do to the workbook, decided before it changes anything:
 * - the sheets of an earlier import of the same filing (same marker key) are replaced, whatever their names now:
 *   one of a name the plan writes is rewritten in place (the user's references into it keep working),
 *   any other is deleted;
 * - a sheet in the way that Tieout made for another filing is rewritten only in "any-import" mode;
 * - a sheet in the way that the user made (or that cannot be told apart, without markers) stops the import;
 * - a name of the plan's that refers to a sheet the import replaces, or is broken (#REF!), is defined
 *   again; a live name in the way stops the import. No other name is touched: a name the user made
 *   on an imported sheet stays, and keeps pointing at its cell.
 */
export function decideReplace(
  plan: WorkbookPlan,
  state: WorkbookState,
  marker: SheetMarker,
  mode: ReplaceMode,
): ReplaceDecision {
  const wanted = nameSet(plan.sheets.map((s) => s.name));
  const conflicts: Conflict[] = [];
  const replaced = new Set<string>();
  const reused = new Map<string, { as: string; marker: SheetMarker }>();
  const current = nameSet(state.sheets.map((s) => s.name));
  const claimed = new Set<string>();
  // A renamed sheet of this filing is rewritten in place under the name the import gave it, if the
  // plan still has that sheet and nothing else bears the name (or is rewritten as it) already.
  const renamedTo = (m: SheetMarker): string | null => {
    const as = plan.sheets.find((p) => sameName(p.name, m.sheet ?? ""))?.name;
    return as && !current.has(as.toLowerCase()) && !claimed.has(as.toLowerCase()) ? as : null;
  };
  for (const sheet of state.sheets) {
    const inTheWay = wanted.has(sheet.name.toLowerCase());
    if (sheet.marker?.key === marker.key) {
      const as = inTheWay ? sheet.name : renamedTo(sheet.marker);
      if (as) {
        claimed.add(as.toLowerCase());
        reused.set(sheet.name, { as, marker: sheet.marker });
      } else replaced.add(sheet.name);
    } else if (!inTheWay) continue;
    else if (!sheet.marker) conflicts.push({ kind: "sheet", sheet: sheet.name });
    else if (mode === "any-import") reused.set(sheet.name, { as: sheet.name, marker: sheet.marker });
    else conflicts.push({ kind: "other-import", sheet: sheet.name, label: sheet.marker.label });
  }

  const replacedLower = nameSet([...replaced, ...reused.keys()]);
  const planNames = nameSet(plan.names.map((n) => n.name));
  const namesToDelete: ExistingName[] = [];
  for (const name of state.names) {
    const target = nameTarget(name.formula);
    const inTheWay = planNames.has(name.name.toLowerCase());
    if (!inTheWay) continue;
    if (target.kind === "broken" || (target.kind === "sheet" && replacedLower.has(target.sheet.toLowerCase())))
      namesToDelete.push(name);
    else conflicts.push({ kind: "name", name: name.name, formula: name.formula });
  }
  if (conflicts.length) return { kind: "conflict", conflicts };

  const taken = nameSet([...state.sheets.map((s) => s.name), ...wanted]);
  let n = 0;
  const aside = (): string => {
    do n++;
    while (taken.has(backupName(marker.nonce, n).toLowerCase()));
    taken.add(backupName(marker.nonce, n).toLowerCase());
    return backupName(marker.nonce, n);
  };
  return {
    kind: "go",
    replaced: [...replaced].map((name) => ({ name, backup: aside() })),
    reused: [...reused].map(([name, { as, marker: old }]) => ({ name, as, copy: aside(), marker: old })),
    namesToDelete,
  };
}

function backupName(nonce: string, n: number): string {
  return `Tieout old ${nonce.slice(0, 8)} ${n}`.slice(0, 31);
}

/** One sentence per conflict, saying what to do. */
export function conflictMessage(conflicts: readonly Conflict[]): string {
  const sheets = conflicts.flatMap((c) => (c.kind === "sheet" ? [`'${c.sheet}'`] : []));
  const others = conflicts.flatMap((c) => (c.kind === "other-import" ? [`'${c.sheet}'`] : []));
  const label = conflicts.find((c) => c.kind === "other-import")?.label;
  const names = conflicts.flatMap((c) => (c.kind === "name" ? [`${c.name} (${c.formula})`] : []));
  const parts: string[] = [];
  if (sheets.length)
    parts.push(
      `This workbook already has ${plural(sheets.length, "a sheet", "sheets")} named ${sheets.join(", ")}. ` +
        `Rename or delete ${sheets.length === 1 ? "it" : "them"}, then import again.`,
    );
  if (others.length)
    parts.push(
      `${plural(others.length, "Sheet", "Sheets")} ${others.join(", ")} hold${others.length === 1 ? "s" : ""} ` +
        `Tieout's import of another filing${label ? ` (${label})` : ""}. ` +
        `Choose "Replace" to overwrite ${others.length === 1 ? "it" : "them"}, ` +
        `or rename ${others.length === 1 ? "it" : "them"} and delete its names first.`,
    );
  if (names.length)
    parts.push(
      `This workbook already defines ${plural(names.length, "the name", "the names")} ${names.join(", ")}, ` +
        `which the import needs. Delete ${names.length === 1 ? "it" : "them"} in Formulas › Name Manager, ` +
        "then import again.",
    );
  return parts.join(" ");
}

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);
