/** The pane's elements, found once by id (taskpane.html declares them). */
export interface PaneElements {
  readonly hostStatus: HTMLElement;
  readonly dropZone: HTMLElement;
  readonly form: HTMLFormElement;
  readonly text: HTMLTextAreaElement;
  readonly file: HTMLInputElement;
  readonly tolerance: HTMLInputElement;
  readonly check: HTMLButtonElement;
  readonly import: HTMLButtonElement;
  readonly replace: HTMLButtonElement;
  readonly sample: HTMLButtonElement;
  readonly clear: HTMLButtonElement;
  readonly progressBlock: HTMLElement;
  readonly progress: HTMLProgressElement;
  readonly progressText: HTMLElement;
  readonly results: HTMLElement;
  readonly headline: HTMLElement;
  /** What Import or Download did, under the check's headline (which it never replaces). */
  readonly outcome: HTMLElement;
  readonly details: HTMLUListElement;
  readonly summarySection: HTMLElement;
  readonly summary: HTMLElement;
  readonly findingsSection: HTMLElement;
  readonly findingsEmpty: HTMLElement;
  readonly findings: HTMLElement;
  readonly changesSection: HTMLElement;
  readonly changesHeading: HTMLElement;
  readonly changes: HTMLElement;
  readonly diagnosticsSection: HTMLElement;
  readonly diagnostics: HTMLOListElement;
}

function byId<T extends HTMLElement>(doc: Document, id: string, type: new () => T): T {
  const element = doc.getElementById(id);
  if (!(element instanceof type)) throw new Error(`taskpane.html lacks #${id} (${type.name})`);
  return element;
}

export function paneElements(doc: Document): PaneElements {
  return {
    hostStatus: byId(doc, "host-status", HTMLElement),
    dropZone: byId(doc, "drop-zone", HTMLElement),
    form: byId(doc, "filing-form", HTMLFormElement),
    text: byId(doc, "filing-text", HTMLTextAreaElement),
    file: byId(doc, "file-input", HTMLInputElement),
    tolerance: byId(doc, "tolerance", HTMLInputElement),
    check: byId(doc, "check-button", HTMLButtonElement),
    import: byId(doc, "import-button", HTMLButtonElement),
    replace: byId(doc, "replace-button", HTMLButtonElement),
    sample: byId(doc, "sample-button", HTMLButtonElement),
    clear: byId(doc, "clear-button", HTMLButtonElement),
    progressBlock: byId(doc, "progress-block", HTMLElement),
    progress: byId(doc, "import-progress", HTMLProgressElement),
    progressText: byId(doc, "progress-text", HTMLElement),
    results: byId(doc, "results", HTMLElement),
    headline: byId(doc, "headline", HTMLElement),
    outcome: byId(doc, "outcome", HTMLElement),
    details: byId(doc, "headline-details", HTMLUListElement),
    summarySection: byId(doc, "summary-section", HTMLElement),
    summary: byId(doc, "summary", HTMLElement),
    findingsSection: byId(doc, "findings-section", HTMLElement),
    findingsEmpty: byId(doc, "findings-empty", HTMLElement),
    findings: byId(doc, "findings", HTMLElement),
    changesSection: byId(doc, "changes-section", HTMLElement),
    changesHeading: byId(doc, "changes-heading", HTMLElement),
    changes: byId(doc, "changes", HTMLElement),
    diagnosticsSection: byId(doc, "diagnostics-section", HTMLElement),
    diagnostics: byId(doc, "diagnostics", HTMLOListElement),
  };
}
