import type { StatementFormInput } from "./schema";
import { clearedSwaps2013 } from "./cleared-swaps";

/**
 * Cleared Swaps Customer Requirements — CEAct 4d(f): the 2013 Sequestration statement (S) renamed,
 * with the same codes and lines, plus a management target and the excess over it (8760, 8770;
 * unconfirmed). Later titles say "Cleared Swaps"; the version is told by 8760/8770.
 */
type SectionInput = StatementFormInput["sections"][number];

/**
 * The later wording of a 2013 label: what was "cleared OTC derivatives … sequestered" is "cleared
 * swaps … segregated".
 */
function renamed(label: string): string {
  return label
    .replace(/cleared OTC derivatives/gi, "cleared swaps")
    .replace(/sequestration/gi, "segregation")
    .replace(/sequestered/gi, "segregated");
}

function renamedSection(section: SectionInput, headings: readonly string[]): SectionInput {
  return { ...section, headings: [...headings], lines: section.lines.map((l) => ({ ...l, label: renamed(l.label) })) };
}

// The 2013 statement has two sections: requirements, then funds.
const requirements = clearedSwaps2013.sections[0]!;
const funds = clearedSwaps2013.sections[1]!;
const fundsLater: SectionInput = renamedSection(funds, ["Funds in Cleared Swaps Customer Segregated Accounts"]);

export const clearedSwapsLater: StatementFormInput = {
  ...clearedSwaps2013,
  version: "cleared-swaps-later",
  titles: [
    "Daily Segregation - Cleared Swaps Segregation",
    "Statement of Cleared Swaps Customer Segregation Requirements and Funds in Cleared Swaps Customer Accounts " +
      "Under 4D(F) of the CEA",
    "Cleared Swaps Segregation Statement",
  ],
  markers: ["8760", "8770"],
  sections: [
    renamedSection(requirements, ["Cleared Swaps Customer Requirements"]),
    {
      ...fundsLater,
      lines: [
        ...fundsLater.lines,
        {
          line: "15",
          label: "Management target amount for excess funds in cleared swaps segregated accounts",
          code: "8760",
          confirmed: false,
        },
        {
          line: "16",
          label:
            "Excess (deficiency) funds in cleared swaps customer segregated accounts " +
            "over (under) management target excess",
          code: "8770",
          confirmed: false,
        },
      ],
    },
  ],
  rules: [
    ...clearedSwaps2013.rules,
    { id: "SWP-8770", kind: "difference", total: "8770", minuend: "8730", subtrahend: "8760", confirmed: false },
    { id: "SWP-8770-shortfall", kind: "non-negative", code: "8770", meaning: "target-shortfall", confirmed: false },
  ],
};
