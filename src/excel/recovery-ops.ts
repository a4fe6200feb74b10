import type { WorkbookPlan } from "../core";
import type { Op } from "./ops";
import type { ReplacedSheet, ReusedSheet } from "./replace-decision";
import { encodeMarker, MARKER_KEY } from "./sheet-marker";
import { nameSet, nameTarget, sameName, type ExistingName, type WorkbookState } from "./workbook-state";

export interface RecoveryInput {
  readonly plan: WorkbookPlan;
  readonly nonce: string;
  readonly replaced: readonly ReplacedSheet[];
  readonly reused: readonly ReusedSheet[];
  readonly namesToDelete: readonly ExistingName[];
  /** The workbook as read before the import. */
  readonly before: WorkbookState;
  /** The workbook as read after the failed batch. */
  readonly after: WorkbookState;
}

export interface Recovery {
  /**
   * "back": the workbook is put back as it was. "forward": the batch failed after it had begun deleting
   * the copies and the replaced sheets (its last step, after every write), so the new import is complete
   * and going back would lose what was already deleted: the remaining copies and old sheets are deleted instead.
   */
  readonly direction: "back" | "forward";
  readonly ops: Op[];
  /** The sheets the import added that these operations remove ("back" only). */
  readonly removes: readonly string[];
  /** The user's earlier sheets that these operations put back from a copy or from aside ("back" only). */
  readonly restores: readonly string[];
}

const isBroken = (n: ExistingName): boolean => nameTarget(n.formula).kind === "broken";

/**
 * What to do after a failed import, from what the workbook holds now. Office.js applies a batch up
 * to the failing operation and skips the rest, so any prefix of `importRequests` may have run; this
 * finds which from the sheets' markers and undoes exactly that prefix. A sheet is deleted only when
 * it carries this import's marker, or has no marker and a name that was free before: never a sheet of
 * the user's, nor one rewritten in place (that one gets its contents and its marker back from its copy).
 */
export function recoveryOps({ plan, nonce, replaced, reused, namesToDelete, before, after }: RecoveryInput): Recovery {
  const present = nameSet(after.sheets.map((s) => s.name));
  const backupsLeft = replaced.filter((r) => present.has(r.backup.toLowerCase()));
  const copiesLeft = reused.filter((r) => present.has(r.copy.toLowerCase()));
  const markerOf = (name: string) => after.sheets.find((s) => sameName(s.name, name))?.marker ?? null;
  // A replaced sheet not renamed aside yet still has its name and its old marker; one that is neither
  // there nor aside was deleted, which the import does only once everything else is written. A copy
  // is gone either because it was never made (its sheet still has its old marker) or deleted at the end.
  const untouched = (r: ReplacedSheet): boolean => {
    const m = markerOf(r.name);
    return m !== null && m.nonce !== nonce;
  };
  const deleted = replaced.filter((r) => !present.has(r.backup.toLowerCase()) && !untouched(r));
  // A sheet rewritten in place bears its old name until the import renames it back to the plan's.
  const now = (r: ReusedSheet): string => (present.has(r.name.toLowerCase()) ? r.name : r.as);
  const copiesDeleted = reused.filter((r) => !present.has(r.copy.toLowerCase()) && markerOf(now(r))?.nonce === nonce);
  if (deleted.length > 0 || copiesDeleted.length > 0) {
    const ops: Op[] = [
      ...copiesLeft.map((r): Op => ({ op: "delete-sheet", sheet: r.copy })),
      ...backupsLeft.map((r): Op => ({ op: "delete-sheet", sheet: r.backup })),
    ];
    if (plan.sheets[0]) ops.push({ op: "activate", sheet: plan.sheets[0].name });
    return { direction: "forward", ops, removes: [], restores: [] };
  }

  const planSheets = nameSet(plan.sheets.map((s) => s.name));
  const hadBefore = nameSet(before.sheets.map((s) => s.name));
  const inPlace = nameSet(reused.flatMap((r) => [r.name, r.as]));
  const copies = nameSet(reused.map((r) => r.copy));
  const oldNonces = new Set(reused.map((r) => r.marker.nonce));
  // The import's own sheets carry its nonce; one added but not yet marked has no marker and a plan
  // name that was free before. A copy whose naming failed carries the old marker under a new name.
  const added = after.sheets
    .filter((s) => {
      const lower = s.name.toLowerCase();
      if (inPlace.has(lower) || copies.has(lower) || hadBefore.has(lower)) return false;
      if (s.marker === null) return planSheets.has(lower);
      return s.marker.nonce === nonce || oldNonces.has(s.marker.nonce);
    })
    .map((s) => s.name);

  const touched = nameSet([...plan.names.map((n) => n.name), ...namesToDelete.map((n) => n.name)]);
  const ops: Op[] = [];
  // A broken (#REF!) name is left alone if still there; every other name of the plan's is deleted and
  // the old ones put back from their formulas, which is the same whether or not they were deleted.
  for (const n of after.names)
    if (touched.has(n.name.toLowerCase()) && !isBroken(n)) ops.push({ op: "delete-name", name: n.name });
  for (const sheet of added) ops.push({ op: "delete-sheet", sheet });
  for (const r of copiesLeft)
    ops.push(
      { op: "restore-sheet", sheet: now(r), from: r.copy },
      ...(now(r) === r.name ? [] : [{ op: "rename-sheet", sheet: now(r), to: r.name } as const]),
      { op: "mark-sheet", sheet: r.name, key: MARKER_KEY, value: encodeMarker(r.marker) },
      { op: "delete-sheet", sheet: r.copy },
    );
  for (const r of backupsLeft) ops.push({ op: "rename-sheet", sheet: r.backup, to: r.name });
  for (const n of namesToDelete)
    if (!isBroken(n)) ops.push({ op: "restore-name", name: n.name, formula: n.formula, comment: n.comment });
  return {
    direction: "back",
    ops,
    removes: added,
    restores: [...copiesLeft.map((r) => r.name), ...backupsLeft.map((r) => r.name)],
  };
}

const sheets = (n: number): string => (n === 1 ? "1 sheet" : `${n} sheets`);

/**
 * What a "back" recovery did, and on what it relied: the workbook as read after the failure and the
 * sheets' markers. Its own requests are not read back, so the sentence claims no more than that.
 */
export function undoneSentence(recovery: Recovery): string {
  const done = [
    recovery.removes.length > 0 ? `deleted the ${sheets(recovery.removes.length)} it had added` : "",
    recovery.restores.length > 0 ? `put back the ${sheets(recovery.restores.length)} it was replacing` : "",
    "put back the names it had changed",
  ].filter(Boolean);
  const list = done.length > 1 ? `${done.slice(0, -1).join(", ")} and ${done.at(-1)}` : done[0];
  return (
    `The import was undone by what Excel showed after the error: Tieout found the import's sheets by their ` +
    `marker, ${list}; sheets without its marker were left as they were.`
  );
}
