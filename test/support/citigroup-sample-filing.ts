import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formByVersion } from "../../src/core/forms";
import type { Filing, ReportedLine, Statement } from "../../src/core/model";

/**
 * The 2013 Citigroup sample as a Filing built from a table of its printed figures, for layout and
 * workbook tests that must not wait for (or depend on) the parser. Labels come from the catalog;
 * each figure's source line is found in the fixture text by its "[code]".
 */

export const SAMPLE_FIXTURE = join(
  __dirname,
  "..",
  "fixtures",
  "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt",
);

const FIGURES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  "secured-amounts-2013": {
    "7360": 996128635,
    "7370": 1169376731,
    "7380": 173248096,
    "7500": 286214407,
    "7520": 0,
    "7530": 286214407,
    "7540": 0,
    "7560": 276062612,
    "7570": 276062612,
    "7580": 0,
    "7590": 0,
    "7600": 0,
    "7610": 0,
    "7615": 0,
    "7620": 0,
    "7640": 0,
    "7650": 0,
    "7660": 0,
    "7670": 0,
    "7675": 0,
    "7680": 0,
    "7700": 557495222,
    "7710": 21691629,
    "7720": 26928538,
    "7730": 6733409,
    "7735": -5749086,
    "7740": 607099712,
    "7760": 0,
    "7765": 0,
    "7770": 1169376731,
  },
  "segregation-2013": {
    "7010": 5598505864,
    "7020": 1392357829,
    "7030": -76329662,
    "7032": 1043742387,
    "7033": -728918941,
    "7040": 7229357477,
    "7045": 34299928,
    "7047": -29540566,
    "7050": 4759362,
    "7060": 7234116839,
    "7070": 4069114414,
    "7080": 0,
    "7090": 77059933,
    "7100": 49756091,
    "7110": 1791281738,
    "7120": 1311867686,
    "7130": -5922393,
    "7132": 1043742387,
    "7133": -728918941,
    "7140": 37229,
    "7150": 0,
    "7160": 3430210,
    "7170": 0,
    "7180": 7611448354,
    "7190": 377331515,
  },
  "cleared-swaps-2013": {
    "8500": 596023373,
    "8510": 794063730,
    "8520": 1003777392,
    "8530": 0,
    "8540": 0,
    "8550": 2393864495,
    "8560": 12657079,
    "8570": -12325861,
    "8580": 331218,
    "8590": 2394195713,
    "8600": 306642342,
    "8610": 0,
    "8620": 41243113,
    "8630": 1607812984,
    "8640": 0,
    "8650": 752820617,
    "8660": 6756990,
    "8670": 0,
    "8680": 0,
    "8690": 0,
    "8700": 0,
    "8710": 0,
    "8715": 0,
    "8720": 2715276046,
    "8730": 321080333,
  },
};

const TITLES: Readonly<Record<string, string>> = {
  "secured-amounts-2013": "Daily Segregation - Secured Amounts",
  "segregation-2013": "Daily Segregation - Segregation Statement",
  "cleared-swaps-2013": "Daily Segregation - Sequestration Statement",
};

export function citigroupSampleFiling(): Filing {
  const text = readFileSync(SAMPLE_FIXTURE, "utf8").split(/\r?\n/);
  const lineOf = (needle: string, from = 0): number => text.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
  const statements = Object.keys(FIGURES).map((version): Statement => {
    const form = formByVersion(version)!;
    const values = FIGURES[version]!;
    const titleLine = lineOf(`**${TITLES[version]}**`);
    const lines: ReportedLine[] = [];
    for (const section of form.sections)
      for (const l of section.lines) {
        if (l.code === null && !l.uncoded) continue;
        // Sequestration 12.A/12.B print a figure without a code: find them under line 12.
        const sourceLine = l.code
          ? lineOf(`[${l.code}]`)
          : lineOf(l.line.endsWith("A") ? "A. Cash" : "B. Securities", lineOf("12.\tCleared OTC"));
        const value = l.code ? values[l.code]! : 0;
        lines.push({
          line: l.line,
          section: section.id,
          label: l.label,
          code: l.code,
          value,
          sourceLine,
          raw: value.toLocaleString("en-US"),
        });
      }
    const notes =
      version === "cleared-swaps-2013"
        ? [
            {
              text: "Input for Sequestration Statement will not be required until 10/4/2010.",
              sourceLine: lineOf("Input for Sequestration"),
            },
          ]
        : [];
    return {
      kind: form.kind,
      title: TITLES[version]!,
      version,
      complete: true,
      missing: [],
      lines,
      notes,
      sourceLine: titleLine,
    };
  });
  return {
    firm: "Citigroup Global Markets Inc.",
    form: "Daily Seg - FOCUS II",
    endDate: "2013-06-18",
    submitDate: "2013-06-19",
    amendment: true,
    complete: true,
    statements,
    sourceLine: lineOf("**AMENDMENT**"),
  };
}

/** A copy of `filing` with the figure of `code` changed (value, label, …). */
export function withFigure(filing: Filing, code: string, change: Partial<ReportedLine>): Filing {
  return {
    ...filing,
    statements: filing.statements.map((s) => ({
      ...s,
      lines: s.lines.map((l) => (l.code === code ? { ...l, ...change } : l)),
    })),
  };
}

/** A copy of `filing` without the figure of `code`, as when the text ended before it. */
export function withoutFigure(filing: Filing, code: string): Filing {
  return {
    ...filing,
    complete: false,
    statements: filing.statements.map((s) =>
      s.lines.some((l) => l.code === code)
        ? { ...s, complete: false, missing: [...s.missing, code], lines: s.lines.filter((l) => l.code !== code) }
        : s,
    ),
  };
}
