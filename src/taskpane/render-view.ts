import type { CheckView, DiagnosticRow, FindingRow } from "./check-view";
import type { FilingSummary } from "./pane-model";
import type { PaneElements } from "./pane-elements";

/**
 * Renders views into the pane. Every string from a filing goes in through textContent (via `el`):
 * nothing here parses HTML, so markup in a filing is shown as the characters it is.
 */

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string | null,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  for (const child of children) element.append(typeof child === "string" ? document.createTextNode(child) : child);
  return element;
}

export function renderStatus(
  els: PaneElements,
  tone: "ok" | "warning" | "error" | "busy",
  text: string,
  details: readonly string[] = [],
): void {
  els.headline.textContent = text;
  els.headline.dataset.tone = tone;
  els.details.replaceChildren(...details.map((d) => el("li", null, d)));
}

function summaryBlock(filing: FilingSummary): HTMLElement {
  const list = el("dl", "fields");
  for (const [label, value] of filing.fields) list.append(el("dt", null, label), el("dd", null, value));
  const statements = el("ul", "statements");
  for (const s of filing.statements)
    statements.append(
      el("li", null, `${s.title}: ${s.values.toLocaleString("en-US")} values${s.complete ? "" : " (incomplete)"}`),
    );
  return el(
    "div",
    "filing",
    el("h3", null, filing.firm),
    list,
    statements,
    el("p", "help", `${filing.values.toLocaleString("en-US")} values read in all.`),
  );
}

function findingItem(row: FindingRow, onSelect: (row: FindingRow) => void): HTMLLIElement {
  const button = el(
    "button",
    "finding",
    el("span", `badge ${row.severity}`, row.severity),
    el("span", "code", `[${row.code}]`),
    el("span", "message", row.message),
  );
  button.type = "button";
  button.title = row.name ? `Select ${row.name} in the workbook` : `Show input line ${row.line}`;
  button.addEventListener("click", () => onSelect(row));
  return el("li", null, button);
}

function diagnosticItem(row: DiagnosticRow, onSelect: (row: DiagnosticRow) => void): HTMLLIElement {
  const where = row.line > 0 ? `Line ${row.line}` : "Input";
  const button = el(
    "button",
    "diagnostic",
    el("span", `badge ${row.severity}`, row.severity),
    el("span", "where", `${where} · ${row.code}`),
    el("span", "message", row.message),
  );
  button.type = "button";
  button.addEventListener("click", () => onSelect(row));
  const item = el("li", null, button);
  if (row.text) item.append(el("code", "source-line", row.text));
  return item;
}

export interface ViewHandlers {
  readonly onFinding: (row: FindingRow) => void;
  readonly onDiagnostic: (row: DiagnosticRow) => void;
}

export function renderCheckView(els: PaneElements, view: CheckView, handlers: ViewHandlers): void {
  renderStatus(els, view.tone, view.headline);
  els.summary.replaceChildren(...view.filings.map(summaryBlock));
  els.summarySection.hidden = view.filings.length === 0;
  els.findings.replaceChildren(...view.findings.map((row) => findingItem(row, handlers.onFinding)));
  els.findingsSection.hidden = view.filings.length === 0;
  els.findingsEmpty.hidden = view.findings.length > 0;
  els.diagnostics.replaceChildren(...view.diagnostics.map((row) => diagnosticItem(row, handlers.onDiagnostic)));
  els.diagnosticsSection.hidden = view.diagnostics.length === 0;
}
