import type { StatementFormInput } from "./schema";
import { segregation2013 } from "./segregation";

/**
 * Segregation Statement, the later layout: the 2013 lines (S) plus a management target and the excess
 * over it (7194, 7198), which FORMS.md lists as commonly printed but unconfirmed. Told from 2013 by
 * the presence of 7194 or 7198, which 2013 never prints.
 */
const requirements = segregation2013.sections[0]!;
const funds = segregation2013.sections[1]!;

export const segregationLater: StatementFormInput = {
  ...segregation2013,
  version: "segregation-later",
  markers: ["7194", "7198"],
  sections: [
    requirements,
    {
      ...funds,
      lines: [
        ...funds.lines,
        {
          line: "15",
          label: "Management target amount for excess funds in segregation",
          code: "7194",
          confirmed: false,
        },
        {
          line: "16",
          label: "Excess (deficiency) funds in segregation over (under) management target amount excess",
          code: "7198",
          confirmed: false,
        },
      ],
    },
  ],
  rules: [
    ...segregation2013.rules,
    { id: "SEG-7198", kind: "difference", total: "7198", minuend: "7190", subtrahend: "7194", confirmed: false },
    { id: "SEG-7198-shortfall", kind: "non-negative", code: "7198", meaning: "target-shortfall", confirmed: false },
  ],
};
