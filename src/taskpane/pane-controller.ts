import type { ImportStep, ReplaceMode } from "../excel";
import { checkSteps, refusalView, type CheckView, type DiagnosticRow, type FindingRow } from "./check-view";
import { downloadXlsx } from "./download-xlsx";
import { importIntoExcel, selectInExcel } from "./excel-bridge";
import { importMessage, readFile, readToleranceField } from "./pane-model";
import {
  checkingStep,
  DOWNLOAD_STEP,
  READING_STEP,
  readingFiles,
  RESTORING_STEP,
  sampleUnavailable,
  savedLine,
  writingStep,
} from "./pane-messages";
import { connectOffice, onThemeChange, type HostInfo } from "./office-host";
import type { PaneElements } from "./pane-elements";
import { renderCheckView, renderOutcome, renderProgress, renderStatus } from "./render-view";
import { revealLine } from "./reveal-line";
import { applyTheme } from "./pane-theme";

const PASTED = "pasted text";
/** The bundled sample, copied beside the pane by the build (webpack.config.js). */
const SAMPLE_NAME = "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt";
const SAMPLE_URL = `samples/${SAMPLE_NAME}`;

/** Lets the browser paint between steps, so progress shows while filings are checked. */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Wires the pane: events in, views out. What to show is decided by the pure modules it calls. */
export function startPane(els: PaneElements): void {
  let host: HostInfo | null = null;
  let sourceName = PASTED;
  let busy = false;
  /** Bumped by every check and by Clear: a check that finishes after a newer one began shows nothing. */
  let run = 0;
  let shown: CheckView | null = null;

  const setBusy = (on: boolean): void => {
    busy = on;
    for (const button of [els.check, els.import, els.replace, els.sample, els.clear])
      button.disabled = on || (button === els.import && host === null);
  };

  const onFinding = async (row: FindingRow): Promise<void> => {
    if (host?.inExcel && row.name) {
      const problem = await selectInExcel(row.name);
      if (problem) renderOutcome(els, "warning", problem);
    } else revealLine(els.text, row.line);
  };
  const onDiagnostic = (row: DiagnosticRow): void => revealLine(els.text, row.line);
  const show = (view: CheckView): void => {
    shown = view;
    renderCheckView(els, view, {
      onFinding: (row) => void onFinding(row),
      onDiagnostic,
      inExcel: host?.inExcel === true,
    });
  };
  /** Results first: the headline at the top of the pane, the findings right under it. */
  const reveal = (): void => els.results.scrollIntoView({ block: "start" });

  /**
   * Checks the text, one step per filing; `after` more steps follow (the import's), for the bar's
   * length. null when the tolerance is not an amount or a newer check or Clear overtook this one.
   */
  const check = async (after = 0): Promise<CheckView | null> => {
    const tolerance = readToleranceField(els.tolerance.value);
    els.tolerance.toggleAttribute("aria-invalid", !tolerance.ok);
    if (!tolerance.ok) {
      renderStatus(els, "error", tolerance.message);
      els.tolerance.focus();
      return null;
    }
    const mine = ++run;
    const steps = checkSteps({ text: els.text.value, sourceName }, tolerance.dollars);
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done) {
        if (mine !== run) return null;
        show(next.value);
        els.replace.hidden = true;
        reveal();
        return next.value;
      }
      const { done, total, label } = next.value;
      if (total + after > 1) {
        renderProgress(els, { value: done, max: total + after, text: checkingStep(done, total, label) });
        await nextFrame();
      }
    }
  };

  /** Back to an empty pane: no text, no file, no results. */
  const clearAll = (): void => {
    run++;
    els.text.value = "";
    els.file.value = "";
    sourceName = PASTED;
    shown = null;
    renderStatus(els, "ok", "");
    const sections = [els.findingsSection, els.changesSection, els.summarySection, els.diagnosticsSection];
    for (const section of sections) section.hidden = true;
    els.replace.hidden = true;
    renderProgress(els, null);
  };

  /** Runs a job with the buttons off, then gives focus back to the button that started it. */
  const withBusy = async (button: HTMLButtonElement, job: () => Promise<void>): Promise<void> => {
    if (busy) return;
    setBusy(true);
    try {
      await job();
    } finally {
      renderProgress(els, null);
      setBusy(false);
      // Disabling the focused button dropped focus on the page; a field the job focused keeps it.
      if (!document.activeElement || document.activeElement === document.body)
        (button.hidden ? els.import : button).focus({ preventScroll: true });
    }
  };

  const loadFiles = async (files: readonly File[]): Promise<void> => {
    renderStatus(els, "busy", readingFiles(files.map((f) => f.name)));
    const texts: string[] = [];
    for (const file of files) {
      const read = await readFile(file);
      if (read.kind === "refused") {
        // Nothing of the earlier filing may stay behind to be downloaded under this file's name.
        clearAll();
        show(refusalView(read.diagnostic, file.name));
        reveal();
        return;
      }
      texts.push(read.text);
    }
    els.text.value = texts.join("\n\n");
    sourceName = files.map((f) => f.name).join(", ");
    await check();
  };

  const loadSample = async (): Promise<void> => {
    try {
      const response = await fetch(SAMPLE_URL);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      clearAll();
      els.text.value = await response.text();
      sourceName = SAMPLE_NAME;
      await check();
    } catch (error) {
      renderStatus(els, "error", sampleUnavailable(error instanceof Error ? error.message : String(error)));
    }
  };

  const runImport = async (mode: ReplaceMode): Promise<void> => {
    const inExcel = host?.inExcel === true;
    const view = await check(inExcel ? 2 : 1);
    if (!view?.plan || !view.identity) return; // the headline already says why
    const filings = view.filings.length;
    try {
      if (!host?.inExcel) {
        renderProgress(els, { value: filings, max: filings + 1, text: DOWNLOAD_STEP });
        await downloadXlsx(view.plan, view.fileName);
        renderOutcome(els, "ok", savedLine(view.fileName));
        return;
      }
      const progress = (step: ImportStep): void => {
        // The bar counts steps done: every filing checked, then the workbook read, then written.
        const at = step === "reading" ? filings : filings + 1;
        const text = step === "reading" ? READING_STEP : step === "writing" ? writingStep(filings) : RESTORING_STEP;
        renderProgress(els, { value: at, max: filings + 2, text });
      };
      const result = await importIntoExcel(view.plan, view.identity, host.supports, mode, progress);
      const message = importMessage(result);
      renderOutcome(els, message.tone, message.text, message.details);
      els.replace.hidden = !message.offerReplace;
    } catch (error) {
      // Not an Excel error (those are results): the .xlsx writer or the browser refused the download.
      const reason = error instanceof Error ? error.message : String(error);
      renderOutcome(els, "error", `The workbook could not be written: ${reason}`);
    }
  };

  els.form.addEventListener("submit", (event) => {
    event.preventDefault();
    void withBusy(els.check, async () => void (await check()));
  });
  els.text.addEventListener("paste", () => void (sourceName = PASTED));
  els.file.addEventListener("change", () => {
    const files = [...(els.file.files ?? [])];
    if (files.length) void withBusy(els.check, () => loadFiles(files));
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
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) void withBusy(els.check, () => loadFiles(files));
  });
  els.import.addEventListener("click", () => void withBusy(els.import, () => runImport("same-filing")));
  els.replace.addEventListener("click", () => void withBusy(els.replace, () => runImport("any-import")));
  els.sample.addEventListener("click", () => void withBusy(els.sample, loadSample));
  els.clear.addEventListener("click", () => {
    if (busy) return;
    clearAll();
    els.text.focus();
  });

  void connectOffice((info) => {
    host = info;
    if (info.inExcel) {
      applyTheme(document.documentElement, info.theme);
      onThemeChange((theme) => applyTheme(document.documentElement, theme));
    }
    els.import.textContent = info.inExcel ? "Import" : "Download .xlsx";
    els.hostStatus.textContent = info.inExcel
      ? `In Excel (ExcelApi ${info.api}): Import writes the filing's sheets into this workbook.`
      : `Outside Excel: ${info.reason}. Check works here, and Import becomes Download .xlsx.`;
    els.hostStatus.dataset.host = info.inExcel ? "excel" : "browser";
    setBusy(busy);
    // The findings' tooltips say what a click does here, which is known only now.
    if (shown) show(shown);
  });
}
