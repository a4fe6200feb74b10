import type { CellStyle, FlagStyleId, PlanStyles } from "../plan";

/** Accounting format: thousands separators, negatives in parentheses, zero as a dash. */
export const ACCOUNTING_FORMAT = '_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)';

/** The same, to the cent. */
export const ACCOUNTING_CENTS_FORMAT = '_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)';

/** Excel's default face, named on every cell so that no style falls back to another font in print. */
export const PLAN_FONT = { name: "Calibri", size: 11 } as const;

export const planStyles: PlanStyles = {
  title: { bold: true, fontSize: 14 },
  heading: { bold: true, fill: "#D9E1F2", wrap: true },
  section: { bold: true, fill: "#F2F2F2" },
  label: { wrap: true },
  field: {},
  code: { numberFormat: "0", horizontal: "center" },
  money: { numberFormat: ACCOUNTING_FORMAT },
  "money-total": { numberFormat: ACCOUNTING_FORMAT, bold: true, borderTop: true },
  check: { horizontal: "center", bold: true },
  integer: { numberFormat: "0", horizontal: "center" },
  link: { fontColor: "#0563C1", underline: true },
  note: { italic: true, fontColor: "#595959" },
  input: { numberFormat: "#,##0.00", bold: true, fill: "#FFF2CC" },
  "money-cents": { numberFormat: ACCOUNTING_CENTS_FORMAT },
  // Up to three decimals: a target of 0.125% must not show as 0.13%.
  percent: { numberFormat: "0.0##%" },
};

/** Excel's own "bad" / "neutral" / "good" colours, which accountants already read as such. */
export const flagStyles: Readonly<Record<FlagStyleId, CellStyle>> = {
  error: { fill: "#FFC7CE", fontColor: "#9C0006" },
  warning: { fill: "#FFEB9C", fontColor: "#9C5700" },
  ok: { fontColor: "#006100" },
};
