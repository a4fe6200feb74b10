import type { Results } from "./results";

/** The printed table: the same figures as results.json, laid out for the README. */
export function formatTable(r: Results): string {
  const rows: Array<[string, string, string]> = [
    ["Seed: parse", ms(r.seed.parseMs), `mean ${ms(r.seed.mean.parseMs)}, p95 ${ms(r.seed.p95.parseMs)}`],
    ["Seed: checks", ms(r.seed.checkMs), `mean ${ms(r.seed.mean.checkMs)}, p95 ${ms(r.seed.p95.checkMs)}`],
    ["Seed: layout", ms(r.seed.layoutMs), `mean ${ms(r.seed.mean.layoutMs)}, p95 ${ms(r.seed.p95.layoutMs)}`],
    ["Seed: xlsx write", ms(r.seed.xlsxMs), `mean ${ms(r.seed.mean.xlsxMs)}, p95 ${ms(r.seed.p95.xlsxMs)}`],
    [
      "Floor: bare [code] scan",
      ms(r.floor.bareScanMs),
      `mean ${ms(r.floor.bareScanMeanMs)}, ${r.floor.bareScanFigures} figures`,
    ],
    ["floorRatio (parse+check ÷ scan, means)", `${r.floorRatio}×`, `medians ${r.floor.floorRatioMedian}×; target ≤ 20`],
    ["CLI: tieout check (cold)", ms(r.cli.checkMs), `node -e 0: ${ms(r.cli.nodeMs)} (${r.cli.runs} runs)`],
    [
      "Allocation per filing",
      r.allocKBPerFiling === null ? "n/a" : `${r.allocKBPerFiling} KB`,
      `parse+check, median of batches ${r.allocBatchesKB.join(", ")}`,
    ],
    ...(["1000", "10000"] as const).map((n): [string, string, string] => {
      const s = r.scale[n];
      return [
        `Scale: ${Number(n).toLocaleString("en-US")} filings`,
        `${s.ms.toLocaleString("en-US")} ms`,
        `${s.filingsPerSec}/s, peak RSS ${s.rssMB} MB, ${s.flagged}/${s.planted} planted flagged`,
      ];
    }),
    ["Scale: linearity (per-filing 10k ÷ 1k)", `${r.scale.linearity}`, "1.0 = linear"],
    ...(["seed", "tenfold", "thirtyOne"] as const).map((k): [string, string, string] => [
      `Excel import: ${k}`,
      r.excelSyncs[k] === null ? "n/a" : `${r.excelSyncs[k]} syncs`,
      r.excelSyncs[k] === null
        ? (r.excelSyncs.note ?? "")
        : `${r.excelSyncs.rangeWrites[k]} range writes, ${r.excelSyncs.sheets[k]} sheets, ${r.excelSyncs.cells[k]} cells, largest request ${mb(r.excelRequestBytes[k])}`,
    ]),
    [
      "Bundle: task pane (gzip)",
      kb(r.bundle.taskpaneGzipKB),
      r.bundle.taskpaneRawKB === null ? (r.bundle.note ?? "") : `${r.bundle.taskpaneRawKB} KB raw`,
    ],
    [
      "Bundle: lazy xlsx chunks (gzip)",
      kb(r.bundle.xlsxChunkGzipKB),
      r.bundle.xlsxChunkRawKB === null
        ? (r.bundle.note ?? "")
        : `${r.bundle.xlsxChunkRawKB} KB raw (ExcelJS ${kb(r.bundle.excelJsGzipKB)})`,
    ],
  ];
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  const header = `${"Measure".padEnd(w0)} | ${"Value".padStart(w1)} | Detail`;
  const rule = `${"-".repeat(w0)}-|-${"-".repeat(w1)}-|-${"-".repeat(40)}`;
  const machine = `${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}, load average ${r.machine.loadAvg1mStart} → ${r.machine.loadAvg1mEnd}, ${r.date}`;
  return [machine, header, rule, ...rows.map(([a, b, c]) => `${a.padEnd(w0)} | ${b.padStart(w1)} | ${c}`)].join("\n");
}

const ms = (v: number): string => `${v} ms`;
const kb = (v: number | null): string => (v === null ? "n/a" : `${v} KB`);
/** Request bytes in decimal MB, the unit of Excel on the web's 5 MB limit. */
const mb = (v: number | null | undefined): string =>
  v === null || v === undefined ? "n/a" : `${(v / 1e6).toFixed(2)} MB`;
