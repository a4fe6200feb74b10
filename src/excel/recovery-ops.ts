import type { WorkbookPlan } from "../core";
import type { Op } from "./ops";
import type { ReplacedSheet } from "./replace-decision";
import { nameSet, sameName, type ExistingName, type WorkbookState, nameTarget } from "./workbook-state";

export interface RecoveryInput {
  readonly plan: WorkbookPlan;
  readonly nonce: string;
  readonly replaced: readonly ReplacedSheet[];
  readonly namesToDelete: readonly ExistingName[];
  /** The workbook as read before the import. */
  readonly before: WorkbookState;
  /** The workbook as read after the failed batch. */
  readonly after: WorkbookState;
}

export interface Recovery {
  /**
   * "back": the workbook is put back as it was. "forward": the batch failed after it had begun deleting
   * the replaced sheets (its last step, after every write), so the new import is complete and going
   * back would lose the old sheets already deleted: the remaining old sheets are deleted instead.
   */
  readonly direction: "back" | "forward";
  readonly ops: Op[];
  /** The sheets the import added that these operations remove ("back" only). */
  readonly removes: readonly string[];
}

const isBroken = (n: ExistingName): boolean => nameTarget(n.formula).kind === "broken";

/**
 * What to do after a failed import batch, from what the workbook holds now. Office.js applies a batch
 * up to the failing operation and skips the rest, so any prefix of `importOps` may have run; this
 * finds which from the sheets' names and markers and undoes exactly that prefix.
 */
export function recoveryOps({ plan, nonce, replaced, namesToDelete, before, after }: RecoveryInput): Recovery {
  const present = nameSet(after.sheets.map((s) => s.name));
  const backupsLeft = replaced.filter((r) => present.has(r.backup.toLowerCase()));
  // A replaced sheet not renamed aside yet still has its name and its old marker; one that is neither
  // there nor aside was deleted, which the import does only once everything else is written.
  const untouched = (r: ReplacedSheet): boolean =>
    after.sheets.some((s) => sameName(s.name, r.name) && s.marker !== null && s.marker.nonce !== nonce);
  const deleted = replaced.filter((r) => !present.has(r.backup.toLowerCase()) && !untouched(r));
  if (deleted.length > 0) {
    const ops: Op[] = backupsLeft.map((r) => ({ op: "delete-sheet", sheet: r.backup }));
    if (plan.sheets[0]) ops.push({ op: "activate", sheet: plan.sheets[0].name });
    return { direction: "forward", ops, removes: [] };
  }

  const planSheets = nameSet(plan.sheets.map((s) => s.name));
  const hadBefore = nameSet(before.sheets.map((s) => s.name));
  const renamedAside = nameSet(backupsLeft.map((r) => r.name));
  // A sheet is the import's if it carries this import's nonce, or bears a plan name that was free
  // before (or was freed by renaming the old sheet aside): the marker may not have been set yet.
  const added = after.sheets
    .filter((s) => {
      const lower = s.name.toLowerCase();
      return s.marker?.nonce === nonce || (planSheets.has(lower) && (!hadBefore.has(lower) || renamedAside.has(lower)));
    })
    .map((s) => s.name);

  const touched = nameSet([...plan.names.map((n) => n.name), ...namesToDelete.map((n) => n.name)]);
  const ops: Op[] = [];
  // A broken (#REF!) name is left alone if still there; every other name of the plan's is deleted and
  // the old ones put back from their formulas, which is the same whether or not they were deleted.
  for (const n of after.names)
    if (touched.has(n.name.toLowerCase()) && !isBroken(n)) ops.push({ op: "delete-name", name: n.name });
  for (const sheet of added) ops.push({ op: "delete-sheet", sheet });
  for (const r of backupsLeft) ops.push({ op: "rename-sheet", sheet: r.backup, to: r.name });
  for (const n of namesToDelete)
    if (!isBroken(n)) ops.push({ op: "restore-name", name: n.name, formula: n.formula, comment: n.comment });
  return { direction: "back", ops, removes: added };
}
