import { catalog, type StatementForm } from "../../src/core/forms";
import type { Filing, ReportedLine, Statement, StatementKind } from "../../src/core/model";

/**
 * The sample filing (citigroup-2013-06-18, amendment) built by hand from the catalog, so the checks
 * can be tested without the parser. Rows: [code or null, value, 1-based line of the sample text].
 * The two uncoded figures are Sequestration 12.A and 12.B.
 */
const rows: readonly (readonly [string | null, number, number])[] = [
  ["7360", 996128635, 17], ["7370", 1169376731, 18], ["7380", 173248096, 19], ["7500", 286214407, 22],
  ["7520", 0, 23], ["7530", 286214407, 23], ["7540", 0, 25], ["7560", 276062612, 26], ["7570", 276062612, 26],
  ["7580", 0, 28], ["7590", 0, 29], ["7600", 0, 30], ["7610", 0, 31], ["7615", 0, 32], ["7620", 0, 32],
  ["7640", 0, 34], ["7650", 0, 35], ["7660", 0, 36], ["7670", 0, 37], ["7675", 0, 38], ["7680", 0, 38],
  ["7700", 557495222, 40], ["7710", 21691629, 41], ["7720", 26928538, 42], ["7730", 6733409, 43],
  ["7735", -5749086, 44], ["7740", 607099712, 44], ["7760", 0, 45], ["7765", 0, 46], ["7770", 1169376731, 47],
  ["7010", 5598505864, 64], ["7020", 1392357829, 65], ["7030", -76329662, 66], ["7032", 1043742387, 68],
  ["7033", -728918941, 69], ["7040", 7229357477, 70], ["7045", 34299928, 71], ["7047", -29540566, 72],
  ["7050", 4759362, 72], ["7060", 7234116839, 73], ["7070", 4069114414, 76], ["7080", 0, 77], ["7090", 77059933, 78],
  ["7100", 49756091, 80], ["7110", 1791281738, 81], ["7120", 1311867686, 82], ["7130", -5922393, 83],
  ["7132", 1043742387, 85], ["7133", -728918941, 86], ["7140", 37229, 88], ["7150", 0, 89], ["7160", 3430210, 90],
  ["7170", 0, 91], ["7180", 7611448354, 92], ["7190", 377331515, 93],
  ["8500", 596023373, 114], ["8510", 794063730, 115], ["8520", 1003777392, 116], ["8530", 0, 118], ["8540", 0, 119],
  ["8550", 2393864495, 120], ["8560", 12657079, 121], ["8570", -12325861, 122], ["8580", 331218, 122],
  ["8590", 2394195713, 123], ["8600", 306642342, 126], ["8610", 0, 127], ["8620", 41243113, 128],
  ["8630", 1607812984, 130], ["8640", 0, 131], ["8650", 752820617, 132], ["8660", 6756990, 133], ["8670", 0, 135],
  ["8680", 0, 136], ["8690", 0, 138], ["8700", 0, 139], ["8710", 0, 140], [null, 0, 142], [null, 0, 143],
  ["8715", 0, 144], ["8720", 2715276046, 145], ["8730", 321080333, 146],
];

const titles: Readonly<Record<Exclude<StatementKind, "unknown">, readonly [string, number]>> = {
  "secured-amounts": ["Daily Segregation - Secured Amounts", 13],
  segregation: ["Daily Segregation - Segregation Statement", 59],
  "cleared-swaps": ["Daily Segregation - Sequestration Statement", 105],
};

const uncodedLines = ["12.A", "12.B"];

function findLine(code: string | null, uncodedIndex: number): { form: StatementForm; section: string; line: string; label: string } {
  for (const form of catalog)
    for (const section of form.sections)
      for (const l of section.lines)
        if (code !== null ? l.code === code : l.uncoded && l.line === uncodedLines[uncodedIndex] && form.kind === "cleared-swaps")
          return { form, section: section.id, line: l.line, label: l.label };
  throw new Error(`sample code ${code} is not in the catalog`);
}

/** A Filing of the sample's 82 figures; `values` replaces figures by code, `omit` leaves codes out. */
export function sampleFiling(values: Readonly<Record<string, number>> = {}, omit: readonly string[] = []): Filing {
  const byKind = new Map<string, { form: StatementForm; lines: ReportedLine[] }>();
  let uncoded = 0;
  for (const [code, value, sourceLine] of rows) {
    if (code !== null && omit.includes(code)) continue;
    const found = findLine(code, code === null ? uncoded++ : 0);
    const v = code !== null && code in values ? values[code]! : value;
    const entry = byKind.get(found.form.kind) ?? { form: found.form, lines: [] };
    byKind.set(found.form.kind, entry);
    entry.lines.push({ line: found.line, section: found.section, label: found.label, code, value: v, sourceLine, raw: String(v) });
  }
  const statements: Statement[] = [...byKind.values()].map(({ form, lines }) => {
    const [title, sourceLine] = titles[form.kind];
    return { kind: form.kind, title, version: form.version, complete: true, missing: [], lines, notes: [], sourceLine };
  });
  return {
    firm: "Citigroup Global Markets Inc.",
    form: "Daily Seg - FOCUS II",
    endDate: "2013-06-18",
    submitDate: "2013-06-19",
    amendment: true,
    complete: true,
    statements,
    sourceLine: 3,
  };
}
