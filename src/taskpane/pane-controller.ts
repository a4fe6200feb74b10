import type { ImportStep, ReplaceMode } from "../excel";
import { checkPaneInput, refusalView, type CheckView, type DiagnosticRow, type FindingRow } from "./check-view";
import { downloadXlsx } from "./download-xlsx";
import { importIntoExcel, selectInExcel } from "./excel-bridge";
import { importMessage, lineRange, readFile, readToleranceField } from "./pane-model";
import { connectOffice, type HostInfo } from "./office-host";
import type { PaneElements } from "./pane-elements";
import { renderCheckView, renderStatus } from "./render-view";

const PASTED = "pasted text";
const STEPS: Readonly<Record<ImportStep, [number, string]>> = {
  reading: [1, "Reading the workbook's sheets and names…"],
  writing: [2, "Writing the sheets…"],
  restoring: [3, "Excel refused part of the import; undoing it…"],
};

/** Wires the pane: events in, views out. What to show is decided by the pure modules it calls. */
export function startPane(els: PaneElements): void {
  let host: HostInfo | null = null;
  let sourceName = PASTED;
  let busy = false;

  const setBusy = (on: boolean): void => {
    busy = on;
    for (const button of [els.check, els.import, els.replace])
      button.disabled = on || (button === els.import && host === null);
  };

  const selectLine = (line: number): void => {
    const range = lineRange(els.text.value, line);
    if (!range) return;
    els.text.focus();
    els.text.setSelectionRange(range.start, range.end);
    const lineHeight = parseFloat(getComputedStyle(els.text).lineHeight) || 16;
    els.text.scrollTop = Math.max(0, (line - 3) * lineHeight);
  };

  const onFinding = async (row: FindingRow): Promise<void> => {
    if (host?.inExcel && row.name) {
      const problem = await selectInExcel(row.name);
      if (problem) renderStatus(els, "warning", problem);
    } else selectLine(row.line);
  };
  const onDiagnostic = (row: DiagnosticRow): void => selectLine(row.line);
  const show = (view: CheckView): void =>
    renderCheckView(els, view, { onFinding: (row) => void onFinding(row), onDiagnostic });

  const check = (): CheckView | null => {
    const tolerance = readToleranceField(els.tolerance.value);
    els.tolerance.toggleAttribute("aria-invalid", !tolerance.ok);
    if (!tolerance.ok) {
      renderStatus(els, "error", tolerance.message);
      els.tolerance.focus();
      return null;
    }
    const view = checkPaneInput({ text: els.text.value, sourceName }, tolerance.dollars);
    show(view);
    els.replace.hidden = true;
    return view;
  };

  const loadFile = async (file: File): Promise<void> => {
    renderStatus(els, "busy", `Reading ${file.name}…`);
    const read = await readFile(file);
    if (read.kind === "refused") return show(refusalView(read.diagnostic, file.name));
    els.text.value = read.text;
    sourceName = file.name;
    check();
  };

  const runImport = async (mode: ReplaceMode): Promise<void> => {
    const view = check();
    if (!view?.plan || !view.identity || busy) return; // the headline already says why
    setBusy(true);
    try {
      if (!host?.inExcel) {
        renderStatus(els, "busy", "Writing the workbook…");
        const name = await downloadXlsx(view.plan, view.sourceName);
        renderStatus(els, "ok", `Downloaded ${name}: open it in Excel.`);
        return;
      }
      els.progress.hidden = false;
      const progress = (step: ImportStep): void => {
        const [value, text] = STEPS[step];
        els.progress.value = value;
        renderStatus(els, "busy", text);
      };
      const result = await importIntoExcel(view.plan, view.identity, host.supports, mode, progress);
      const message = importMessage(result);
      renderStatus(els, message.tone, message.text, message.details);
      els.replace.hidden = !message.offerReplace;
    } catch (error) {
      // Not an Excel error (those are results): the .xlsx writer or the browser refused the download.
      renderStatus(
        els,
        "error",
        `The workbook could not be written: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      els.progress.hidden = true;
      els.progress.value = 0;
      setBusy(false);
    }
  };

  els.form.addEventListener("submit", (event) => {
    event.preventDefault();
    check();
  });
  els.text.addEventListener("paste", () => void (sourceName = PASTED));
  els.file.addEventListener("change", () => {
    const file = els.file.files?.[0];
    if (file) void loadFile(file);
  });
  // A file dropped anywhere on the pane is read, as its help says; left to the browser, a drop
  // outside the form would open the file in place of the pane. Text dragged into a field still lands there.
  const doc = els.dropZone.ownerDocument;
  const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes("Files") ?? false;
  const intoField = (event: DragEvent): boolean =>
    event.target instanceof HTMLElement && event.target.matches("textarea, input") && !carriesFiles(event);
  doc.addEventListener("dragover", (event) => {
    if (intoField(event)) return;
    event.preventDefault();
    if (carriesFiles(event)) els.dropZone.classList.add("dragging");
  });
  doc.addEventListener("dragleave", (event) => {
    if (event.relatedTarget === null) els.dropZone.classList.remove("dragging");
  });
  doc.addEventListener("drop", (event) => {
    if (intoField(event)) return;
    event.preventDefault();
    els.dropZone.classList.remove("dragging");
    const file = event.dataTransfer?.files[0];
    if (file) void loadFile(file);
  });
  els.import.addEventListener("click", () => void runImport("same-filing"));
  els.replace.addEventListener("click", () => void runImport("any-import"));

  void connectOffice().then((info) => {
    host = info;
    els.import.textContent = info.inExcel ? "Import" : "Download .xlsx";
    els.hostStatus.textContent = info.inExcel
      ? `In Excel (ExcelApi ${info.api}): Import writes the filing's sheets into this workbook.`
      : `Outside Excel: ${info.reason}. Check works here, and Import becomes Download .xlsx.`;
    els.hostStatus.dataset.host = info.inExcel ? "excel" : "browser";
    setBusy(busy);
  });
}
