import type { ImportResult } from "../excel";

export interface StatusMessage {
  readonly tone: "ok" | "warning" | "error";
  readonly text: string;
  /** Further sentences (what degraded, what to do). */
  readonly details: readonly string[];
  /** Offer "Replace" (sheets of another filing's import are in the way, nothing else). */
  readonly offerReplace: boolean;
}

/** An import's result, in the pane's words. */
export function importMessage(result: ImportResult): StatusMessage {
  if (result.ok) {
    const replaced = result.replaced.length
      ? `, replacing the earlier import's ${result.replaced.length === 1 ? "sheet" : "sheets"}`
      : "";
    return {
      tone: result.warnings.length || result.degraded.length ? "warning" : "ok",
      text: `Imported ${result.sheets.length} ${result.sheets.length === 1 ? "sheet" : "sheets"} (${result.sheets.join(", ")})${replaced}, in ${result.syncs} round trips to Excel.`,
      details: [...result.degraded.map((d) => d.message), ...result.warnings],
      offerReplace: false,
    };
  }
  const offerReplace =
    result.reason === "conflict" &&
    result.conflicts.length > 0 &&
    result.conflicts.every((c) => c.kind === "other-import");
  return { tone: "error", text: result.message, details: [], offerReplace };
}
