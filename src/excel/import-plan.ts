import type { WorkbookPlan } from "../core";
import { featuresOf, REQUIRED_API, SUPPORTED_HOSTS, type Features } from "./import-types";
import { errorSentence, excelErrorInfo } from "./excel-error";
import { importRequests } from "./import-ops";
import type { Degraded, ImportOptions, ImportResult } from "./import-types";
import { queueWorkbookRead } from "./read-workbook";
import { recoveryOps, undoneSentence } from "./recovery-ops";
import { packRequests, REQUEST_BUDGET } from "./request-budget";
import { conflictMessage, decideReplace } from "./replace-decision";
import { runOps } from "./run-ops";
import type { SheetMarker } from "./sheet-marker";
import { nameSet } from "./workbook-state";

/**
 * Renders a workbook plan into the open workbook in few round trips: one reads the workbook's sheets
 * and names, then the writes (whole 2-D grids, formats by block, names, conditional formats, notes,
 * links) go in as few requests as keep each under Excel on the web's request limit: one for a
 * filing, a few for a month of them. Sheets and names are added before any content and the sheets
 * replaced are deleted last, so a failure in any request can still be undone. Re-importing the same
 * filing (`options.key`) rewrites its sheets in place. If Excel rejects anything, the import reads
 * what is there and puts the workbook back as it was (two more round trips); the user's own sheets
 * are never touched.
 *
 * @example
 * const result = await Excel.run((context) => importPlan(context, plan, { key, label, supports }));
 * if (!result.ok) show(result.message);
 */
export async function importPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: ImportOptions,
): Promise<ImportResult> {
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };
  if (!options.supports(REQUIRED_API)) {
    const message =
      `This Excel lacks ExcelApi ${REQUIRED_API}, which the import needs; ` + `Tieout supports ${SUPPORTED_HOSTS}.`;
    return { ok: false, reason: "unsupported", conflicts: [], message, syncs };
  }
  const readFeatures = featuresOf(options.supports);
  const marker: SheetMarker = { key: options.key, nonce: options.nonce ?? randomNonce(), label: options.label };

  options.onProgress?.("reading");
  const read = queueWorkbookRead(context, readFeatures);
  try {
    await sync();
  } catch (error) {
    const info = excelErrorInfo(error);
    return {
      ok: false,
      reason: "failed",
      message: `${errorSentence(info)} Nothing was changed.`,
      error: info,
      restored: true,
      leftovers: [],
      syncs,
    };
  }
  const before = read();
  const features = featuresOf(options.supports, before.sheetApis);
  const decision = decideReplace(plan, before, marker, options.replace ?? "same-filing");
  if (decision.kind === "conflict")
    return {
      ok: false,
      reason: "conflict",
      conflicts: decision.conflicts,
      message: conflictMessage(decision.conflicts),
      syncs,
    };

  const earlier = nameSet([...decision.replaced, ...decision.reused].map((r) => r.name));
  const replacedNames = before.sheets.map((s) => s.name).filter((name) => earlier.has(name.toLowerCase()));
  options.onProgress?.("writing");
  try {
    for (const request of importRequests({ plan, features, marker, ...decision })) {
      runOps(context, request);
      await sync();
    }
    return done(plan, replacedNames, features, [], syncs);
  } catch (error) {
    const info = excelErrorInfo(error);
    options.onProgress?.("restoring");
    try {
      const readAfter = queueWorkbookRead(context, features);
      await sync();
      const recovery = recoveryOps({ plan, nonce: marker.nonce, ...decision, before, after: readAfter() });
      for (const request of packRequests(
        [],
        recovery.ops.map((op) => [op]),
        REQUEST_BUDGET,
      )) {
        runOps(context, request);
        await sync();
      }
      if (recovery.direction === "forward") {
        const warning =
          `Excel reported an error after the import had written everything (${info.code}); ` +
          "the earlier sheets it replaces were removed.";
        return done(plan, replacedNames, features, [warning], syncs);
      }
      const message = `${errorSentence(info)} ${undoneSentence(recovery)}`;
      return { ok: false, reason: "failed", message, error: info, restored: true, leftovers: [], syncs };
    } catch {
      // The recovery failed too: say which sheets may be left, so the user can delete them by hand.
      const leftovers = plan.sheets.map((s) => s.name);
      const message =
        `${errorSentence(info)} Undoing the import also failed: check for sheets named ` +
        `${leftovers.map((s) => `'${s}'`).join(", ")} and delete them if they are incomplete.`;
      return { ok: false, reason: "failed", message, error: info, restored: false, leftovers, syncs };
    }
  }
}

function done(
  plan: WorkbookPlan,
  replaced: readonly string[],
  features: Features,
  warnings: readonly string[],
  syncs: number,
): ImportResult {
  return {
    ok: true,
    sheets: plan.sheets.map((s) => s.name),
    replaced,
    degraded: degradedFeatures(plan, features),
    warnings,
    syncs,
  };
}

/** What this host could not write, counted, so the pane can say so. */
export function degradedFeatures(plan: WorkbookPlan, features: Features): Degraded[] {
  const count = plan.sheets.reduce((n, s) => n + s.notes.length, 0);
  if (count === 0 || features.notes === "notes") return [];
  const notes = `${count} cell note${count === 1 ? " was" : "s were"}`;
  const why =
    features.notesMissing === "office-js"
      ? "the Office.js this pane loaded has no cell notes, though this Excel does"
      : "notes need ExcelApi 1.18";
  if (features.notes === "comments")
    return [{ feature: "notes", count, message: `${notes} written as comments: ${why}.` }];
  const neither =
    features.notesMissing === "office-js"
      ? "the Office.js this pane loaded has neither cell notes nor comments"
      : "this Excel has neither notes (ExcelApi 1.18) nor comments (1.10)";
  return [
    {
      feature: "notes",
      count,
      message: `${notes} not written: ${neither}. The Check column and the Summary still show every flag.`,
    },
  ];
}

function randomNonce(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}
