import { codeLines } from "../derive";
import type { Diagnostic, Filing, Finding, Statement } from "../model";
import type { DefinedNamePlan, PlanCell, SheetPlan, WorkbookPlan } from "../plan";
import { TOLERANCE_NAME } from "./defined-names";
import { createSheetNamer, statementSheetBase, SUMMARY_SHEET } from "./sheet-names";
import { statementSheet, type StatementSheet } from "./statement-sheet";
import { changesSheet, indexSheet, trendSheet, type FilingSheets } from "./filing-sheets";
import { printPlan, rowHeights } from "./print";
import { flagStyles, PLAN_FONT, planStyles } from "./styles";
import { summarySheet } from "./summary-sheet";
import type { LocatedFinding } from "./summary-tables";

/** A parser diagnostic, with the file it came from when several files went into one workbook. */
export interface LayoutDiagnostic extends Diagnostic {
  readonly source?: string;
}

export interface LayoutInput {
  readonly filings: readonly Filing[];
  /** findings[i] are the findings of filings[i]. */
  readonly findings: readonly (readonly Finding[])[];
  /** The file name(s) the text came from, shown on the Summary ("sample.txt", or "a.txt, b.txt"). */
  readonly sourceName: string;
  /** Dollars a figure may differ from its arithmetic before it is flagged: the Tolerance cell's starting value. */
  readonly tolerance: number;
  readonly diagnostics?: readonly LayoutDiagnostic[];
  /** sources[i] is the file filings[i] was read from: shown in that filing's block when given. */
  readonly sources?: readonly string[];
}

/**
 * Filings and their findings → the workbook plan: a Summary sheet first, then one sheet per
 * statement laid out like the form, with live formulas, names, flags and notes. Pure: the same input
 * always gives the same plan, and nothing here knows Excel, the DOM or Node.
 *
 * @example
 * const findings = filings.map((f) => checkFiling(f));
 * const plan = layoutWorkbook({ filings, findings, sourceName: "seg.txt", tolerance: 0 });
 */
export function layoutWorkbook(input: LayoutInput): WorkbookPlan {
  const nameSheet = createSheetNamer();
  const claimed = new Set<string>([TOLERANCE_NAME.toLowerCase()]);
  const claimName = (name: string): boolean => {
    const key = name.toLowerCase(); // Excel names ignore case
    if (claimed.has(key)) return false;
    claimed.add(key);
    return true;
  };
  const several = input.filings.length > 1;

  const built: StatementSheet[] = [];
  const builtFor: Filing[] = [];
  const perFiling: FilingSheets[] = [];
  const located: LocatedFinding[] = [];
  input.filings.forEach((filing, filingIndex) => {
    const findings = input.findings[filingIndex] ?? [];
    const owner = findings.map((f) => owningStatement(filing, f));
    const sheets = filing.statements.map((statement) => {
      const suffix = several ? (filing.endDate ?? `filing ${filingIndex + 1}`) : undefined;
      const sheet = statementSheet({
        filing,
        filingIndex,
        statement,
        sheetName: nameSheet(statementSheetBase(statement), suffix),
        findings: findings.filter((_, i) => owner[i] === statement),
        tolerance: input.tolerance,
        claimName,
      });
      built.push(sheet);
      builtFor.push(filing);
      return sheet;
    });
    perFiling.push({ filing, sheets });
    findings.forEach((finding, i) => {
      const at = owner[i] ? sheets[filing.statements.indexOf(owner[i]!)] : undefined;
      const address = at?.reportedCells.get(finding.code) ?? null;
      located.push({ finding, sheet: at && address ? at.sheet.name : null, address });
    });
  });

  const summary = summarySheet({
    sourceName: input.sourceName,
    tolerance: input.tolerance,
    filings: input.filings,
    sheets: built.map((s) => ({ name: s.sheet.name, checkRange: s.checkRange, results: s.results })),
    findings: located,
    diagnostics: input.diagnostics,
    sources: input.sources,
  });
  const names: DefinedNamePlan[] = [
    {
      name: TOLERANCE_NAME,
      sheet: SUMMARY_SHEET,
      address: summary.toleranceAddress,
      comment: "Dollars a figure may differ from its arithmetic before it is flagged",
    },
  ];
  for (const s of built) names.push(...s.names);
  // A month of filings gets its Index and Trend; an amendment beside its original, the Changes.
  const overview = [
    several ? indexSheet(perFiling) : null,
    several ? trendSheet(perFiling) : null,
    changesSheet(perFiling),
  ].flatMap((s) => (s ? [finishSheet(s, null)] : []));
  const sheets: SheetPlan[] = [
    finishSheet(summary.sheet, null),
    ...overview,
    ...built.map((s, i) => finishSheet(s.sheet, builtFor[i] ?? null)),
  ];
  return { font: PLAN_FONT, sheets, names, styles: planStyles, flagStyles };
}

/** A sheet ready for the page: texts within Excel's limit, rows tall enough for their wrapped text, print setup. */
function finishSheet(sheet: SheetPlan, filing: Filing | null): SheetPlan {
  const clipped = clipTexts(sheet);
  const heights = rowHeights(clipped.rows, clipped.columnWidths, planStyles);
  return {
    ...clipped,
    ...(Object.keys(heights).length > 0 ? { rowHeights: heights } : {}),
    print: printPlan(clipped, filing),
  };
}

/** The statement a finding is about: of its kind, and printing its code when several are of that kind. */
function owningStatement(filing: Filing, finding: Finding): Statement | undefined {
  const ofKind = filing.statements.filter((s) => s.kind === finding.statement);
  // By each statement's index of its codes: a statement of many thousand lines is not searched for every finding.
  return ofKind.find((s) => codeLines(s).has(finding.code)) ?? ofKind[0];
}

/** Excel's limit on the characters of one cell. */
export const CELL_TEXT_MAX = 32767;

const long = (c: PlanCell): boolean => c?.kind === "text" && c.text.length > CELL_TEXT_MAX;
const hasLongText = (cells: readonly PlanCell[]): boolean => cells.some(long);

/**
 * A cell holds at most 32,767 characters (Excel rejects more, and a pasted page can arrive as one
 * line that a diagnostic quotes): longer text is cut, and says so with a trailing ellipsis.
 */
function clipTexts(sheet: SheetPlan): SheetPlan {
  if (!sheet.rows.some(hasLongText)) return sheet;
  const rows = sheet.rows.map((r) =>
    r.map((c) => (c?.kind === "text" && long(c) ? { ...c, text: `${c.text.slice(0, CELL_TEXT_MAX - 1)}…` } : c)),
  );
  return { ...sheet, rows };
}
