import type { AmendmentView, ChangeRow } from "./change-view";
import type { CheckView, DiagnosticRow, FilingFindings, FindingRow } from "./check-view";
import type { FilingSummary } from "./pane-model";
import type { PaneElements } from "./pane-elements";
import { changesHeading, diagnosticClickHelp, findingClickHelp, NO_CHANGE, OTHER_FILINGS_CLEAN } from "./pane-messages";

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

export type Tone = "ok" | "warning" | "error" | "busy";

/** The check's verdict (or why there is none); clears what an earlier Import or Download said. */
export function renderStatus(els: PaneElements, tone: Tone, text: string): void {
  els.headline.textContent = text;
  els.headline.dataset.tone = tone;
  renderOutcome(els, null, "");
}

/** What Import or Download did, as a line under the headline, and its further sentences. */
export function renderOutcome(els: PaneElements, tone: Tone | null, text: string, details: readonly string[] = []) {
  els.outcome.textContent = text;
  if (tone) els.outcome.dataset.tone = tone;
  else delete els.outcome.dataset.tone;
  els.details.replaceChildren(...details.map((d) => el("li", null, d)));
}

/** How far a long job has got; null hides the bar. */
export function renderProgress(els: PaneElements, step: { value: number; max: number; text: string } | null): void {
  els.progressBlock.hidden = step === null;
  els.progress.max = step?.max ?? 1;
  els.progress.value = step?.value ?? 0;
  els.progressText.textContent = step?.text ?? "";
}

/** A filing's card: collapsed when there are several, so the list of filings stays short. */
function summaryBlock(filing: FilingSummary, open: boolean): HTMLElement {
  const list = el("dl", "fields");
  for (const [label, value] of filing.fields) list.append(el("dt", null, label), el("dd", null, value));
  const statements = el("ul", "statements");
  for (const s of filing.statements)
    statements.append(
      el("li", null, `${s.title}: ${s.values.toLocaleString("en-US")} values${s.complete ? "" : " (incomplete)"}`),
    );
  const card = el(
    "details",
    "filing",
    el("summary", null, filing.label),
    list,
    statements,
    el("p", "help", `${filing.values.toLocaleString("en-US")} values read in all.`),
  );
  card.open = open;
  return card;
}

export interface ViewHandlers {
  readonly onFinding: (row: FindingRow) => void;
  readonly onDiagnostic: (row: DiagnosticRow) => void;
  /** Whether a finding's click selects its cell in Excel, for the tooltip. */
  readonly inExcel: boolean;
}

function findingItem(row: FindingRow, handlers: ViewHandlers): HTMLLIElement {
  const button = el(
    "button",
    "finding",
    el("span", `badge ${row.severity}`, row.severity),
    el("span", "code", `[${row.code}]`),
    el("span", "message", row.message),
    el("span", "where", `${row.where} · input line ${row.line}`),
  );
  button.type = "button";
  button.title = findingClickHelp(handlers.inExcel, row.name, row.line);
  button.addEventListener("click", () => handlers.onFinding(row));
  return el("li", null, button);
}

function filingGroup(group: FilingFindings, handlers: ViewHandlers): HTMLElement {
  const block = el("section", "finding-group", el("h3", null, group.label));
  block.setAttribute("aria-label", group.label);
  for (const statement of group.statements) {
    const list = el("ol", "findings", ...statement.findings.map((row) => findingItem(row, handlers)));
    list.setAttribute("aria-label", `Findings in ${statement.title}`);
    block.append(el("h4", null, statement.title), list);
  }
  return block;
}

/** A changed code: its label, then the original, amended and difference figures as a small table of terms. */
function changeItem(row: ChangeRow): HTMLLIElement {
  const figures = el("dl", "fields change-figures", el("dt", null, "Original"), el("dd", null, row.original));
  figures.append(el("dt", null, "Amended"), el("dd", null, row.amended));
  if (row.difference !== null) figures.append(el("dt", null, "Difference"), el("dd", null, row.difference));
  return el("li", "change", el("span", "code", `[${row.code}]`), el("span", "label", row.label), figures);
}

function amendmentGroup(view: AmendmentView): HTMLElement {
  const block = el("section", "change-group", el("h3", null, view.label), el("p", "help", view.filings));
  block.setAttribute("aria-label", `Changes: ${view.label}`);
  if (view.statements.length === 0) block.append(el("p", null, NO_CHANGE));
  for (const statement of view.statements) {
    const list = el("ul", "changes", ...statement.changes.map(changeItem));
    list.setAttribute("aria-label", `Changes in ${statement.title}`);
    block.append(el("h4", null, statement.title), list);
  }
  return block;
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
  button.title = diagnosticClickHelp(row.line);
  button.addEventListener("click", () => onSelect(row));
  const item = el("li", null, button);
  if (row.text) item.append(el("code", "source-line", row.text));
  return item;
}

/**
 * The results, in reading order: verdict, findings by filing and statement, what each amendment
 * changed, the filings, diagnostics.
 */
export function renderCheckView(els: PaneElements, view: CheckView, handlers: ViewHandlers): void {
  renderStatus(els, view.tone, view.headline);
  const groups = view.groups.map((group) => filingGroup(group, handlers));
  const clean = view.clean && view.groups.length ? [el("p", "help", OTHER_FILINGS_CLEAN(view.clean))] : [];
  els.findings.replaceChildren(...groups, ...clean);
  els.findingsSection.hidden = view.filings.length === 0;
  els.findingsEmpty.hidden = view.findings.length > 0;
  els.changesHeading.textContent = changesHeading(view.amendments.length);
  els.changes.replaceChildren(...view.amendments.map(amendmentGroup));
  els.changesSection.hidden = view.amendments.length === 0;
  els.summary.replaceChildren(...view.filings.map((f) => summaryBlock(f, view.filings.length === 1)));
  els.summarySection.hidden = view.filings.length === 0;
  els.diagnostics.replaceChildren(...view.diagnostics.map((row) => diagnosticItem(row, handlers.onDiagnostic)));
  els.diagnosticsSection.hidden = view.diagnostics.length === 0;
}
