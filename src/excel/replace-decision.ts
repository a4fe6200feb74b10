import type { WorkbookPlan } from "../core";
import type { SheetMarker } from "./sheet-marker";
import { nameSet, type ExistingName, type WorkbookState, nameTarget } from "./workbook-state";

/** Something in the workbook that stops an import before it changes anything. */
export type Conflict =
  /** A sheet of the plan's name that Tieout did not make (or cannot tell that it did: no markers). */
  | { readonly kind: "sheet"; readonly sheet: string }
  /** A sheet of the plan's name from Tieout's import of another filing; `replace: "any-import"` replaces it. */
  | { readonly kind: "other-import"; readonly sheet: string; readonly label: string }
  /** A live defined name of the plan's name that refers to something the import does not replace. */
  | { readonly kind: "name"; readonly name: string; readonly formula: string };

export interface ReplacedSheet {
  readonly name: string;
  /** The name it carries while the import runs, so it can be put back if the import fails. */
  readonly backup: string;
}

export type ReplaceDecision =
  | { readonly kind: "conflict"; readonly conflicts: readonly Conflict[] }
  | {
      readonly kind: "go";
      readonly replaced: readonly ReplacedSheet[];
      /** Names that refer to replaced sheets, or are broken and in the plan's way; restored if the import fails. */
      readonly namesToDelete: readonly ExistingName[];
    };

export type ReplaceMode = "same-filing" | "any-import";

/**
 * What an import of `plan` may do to the workbook, decided before it changes anything:
 * - the sheets of an earlier import of the same filing (same marker key) are replaced, whatever their names now;
 * - a sheet in the way that Tieout made for another filing is replaced only in "any-import" mode;
 * - a sheet in the way that the user made (or that cannot be told apart, without markers) stops the import;
 * - names that refer to replaced sheets go with them; a broken (#REF!) name in the way is removed;
 *   a live name in the way stops the import.
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
  for (const sheet of state.sheets) {
    const inTheWay = wanted.has(sheet.name.toLowerCase());
    if (sheet.marker?.key === marker.key) replaced.add(sheet.name);
    else if (!inTheWay) continue;
    else if (!sheet.marker) conflicts.push({ kind: "sheet", sheet: sheet.name });
    else if (mode === "any-import") replaced.add(sheet.name);
    else conflicts.push({ kind: "other-import", sheet: sheet.name, label: sheet.marker.label });
  }

  const replacedLower = nameSet(replaced);
  const planNames = nameSet(plan.names.map((n) => n.name));
  const namesToDelete: ExistingName[] = [];
  for (const name of state.names) {
    const target = nameTarget(name.formula);
    const inTheWay = planNames.has(name.name.toLowerCase());
    if (target.kind === "sheet" && replacedLower.has(target.sheet.toLowerCase())) namesToDelete.push(name);
    else if (inTheWay && target.kind === "broken") namesToDelete.push(name);
    else if (inTheWay) conflicts.push({ kind: "name", name: name.name, formula: name.formula });
  }
  if (conflicts.length) return { kind: "conflict", conflicts };

  const taken = nameSet([...state.sheets.map((s) => s.name), ...wanted]);
  const backups = [...replaced].map((name, i) => {
    let n = i + 1;
    while (taken.has(backupName(marker.nonce, n).toLowerCase())) n += replaced.size;
    taken.add(backupName(marker.nonce, n).toLowerCase());
    return { name, backup: backupName(marker.nonce, n) };
  });
  return { kind: "go", replaced: backups, namesToDelete };
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
