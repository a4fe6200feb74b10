import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * LibreOffice headless as a second, independent spreadsheet engine: it opens an .xlsx, recalculates
 * every formula, and exports each sheet as CSV. Each run has its own profile, so parallel runs do not
 * collide, and that profile says "always recalculate on load": by default LibreOffice shows the
 * cached results of an .xlsx, which would prove nothing.
 */

export function sofficePath(): string | null {
  const found = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Filter options: comma, double quotes, UTF-8, raw values (not as shown), and -1 = every sheet to its own file. */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** Recalculates `bytes` in LibreOffice and returns each named sheet as rows of cells. */
export function recalculatedSheets(bytes: Uint8Array, sheets: readonly string[]): Map<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), "tieout-lo-"));
  const profile = join(dir, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const file = join(dir, "book.xlsx");
  writeFileSync(file, bytes);
  const out = join(dir, "out");
  const run = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      CSV_FILTER,
      "--outdir",
      out,
      file,
    ],
    { encoding: "utf8", timeout: 120000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
  const result = new Map<string, string[][]>();
  for (const sheet of sheets) {
    const csv = join(out, `${basename(file, ".xlsx")}-${sheet}.csv`);
    if (!existsSync(csv)) throw new Error(`soffice wrote no ${csv}: ${run.stdout}`);
    result.set(sheet, parseCsv(readFileSync(csv, "utf8")));
  }
  return result;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
