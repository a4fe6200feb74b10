import type { Filing } from "../model";

/** The filing's header fields as the Summary shows them; a field the text lacks says so. */
export function filingFields(filing: Filing): readonly (readonly [label: string, value: string])[] {
  return [
    ["Firm", filing.firm ?? "(not given)"],
    ["Form", filing.form ?? "(not given)"],
    ["End date", filing.endDate ?? "(not given)"],
    ["Submit date", filing.submitDate ?? "(not given)"],
    ["Amendment", filing.amendment ? "Yes" : "No"],
    ["Complete", filing.complete ? "Yes" : "No: a statement ended before all its lines were read"],
  ];
}

/** One line under each statement sheet's title: whose filing, which form, which day. */
export function filingLine(filing: Filing): string {
  const parts = [
    filing.firm ?? "Firm not given",
    filing.form ?? "form not given",
    `end date ${filing.endDate ?? "not given"}`,
  ];
  if (filing.amendment) parts.push("amendment");
  return parts.join(" · ");
}
