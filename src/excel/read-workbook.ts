import { sheetApisOf, type Features } from "./import-types";
import { decodeMarker, MARKER_KEY } from "./sheet-marker";
import type { WorkbookState } from "./workbook-state";

/**
 * Queues the loads the import needs (every sheet's name and, where the host has them, its custom
 * properties; every workbook name's formula) and returns the reader to call after the next sync.
 * One batch, however many sheets and names the workbook has.
 */
export function queueWorkbookRead(context: Excel.RequestContext, features: Features): () => WorkbookState {
  const sheets = context.workbook.worksheets;
  sheets.load(
    features.markers ? "items/name,items/customProperties/items/key,items/customProperties/items/value" : "items/name",
  );
  const names = context.workbook.names;
  names.load("items/name,items/formula,items/comment");
  return () => ({
    sheets: sheets.items.map((ws) => ({
      name: ws.name,
      marker: features.markers
        ? decodeMarker(ws.customProperties.items.find((p) => p.key.toLowerCase() === MARKER_KEY.toLowerCase())?.value)
        : null,
    })),
    // A workbook always has a sheet: its object says which collections this Office.js has.
    ...(sheets.items[0] ? { sheetApis: sheetApisOf(sheets.items[0]) } : {}),
    names: names.items.map((n) => ({
      name: n.name,
      formula: typeof n.formula === "string" ? n.formula : String(n.formula ?? ""),
      comment: n.comment ?? "",
    })),
  });
}
