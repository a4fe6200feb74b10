import type { BundleSizes } from "./bundle";
import type { CliStart } from "./cli-start";
import type { RoundTrips } from "./excel-round-trips";
import type { ScaleRun } from "./scale";
import type { FloorResult, SeedResult } from "./seed-pipeline";

type PerImport<T> = { readonly seed: T; readonly tenfold: T; readonly thirtyOne: T };

/** The shape of bench/results.json; keys are stable (bench/README.md documents each with its unit). */
export interface Results {
  readonly date: string;
  readonly machine: {
    readonly cpus: number;
    readonly cpuModel: string;
    readonly node: string;
    readonly platform: string;
    readonly totalMemMB: number;
    readonly loadAvg1mStart: number;
    readonly loadAvg1mEnd: number;
  };
  /** What parse, check and layout ran as (bench/core.ts): the bundle the CLI ships, not tsx's per-module output. */
  readonly code: string;
  readonly seed: SeedResult;
  readonly floorRatio: number;
  readonly floor: FloorResult;
  readonly scale: {
    readonly "1000": ScaleRun;
    readonly "10000": ScaleRun;
    readonly linearity: number;
    readonly seed: number;
    readonly filingsPerText: number;
  };
  readonly excelSyncs: PerImport<number | null> & {
    readonly rangeWrites: PerImport<number | null>;
    readonly calls: PerImport<number | null>;
    readonly cells: PerImport<number | null>;
    readonly sheets: PerImport<number | null>;
    readonly note?: string;
  };
  /** Bytes of each import's largest request (Office.js's serializer); Excel on the web refuses over 5 MB. */
  readonly excelRequestBytes: PerImport<number | null>;
  readonly bundle: BundleSizes;
  readonly cli: CliStart;
  /** KB allocated to parse and check one generated filing; null when a collection hid part of it. */
  readonly allocKBPerFiling: number | null;
  /** Each allocation batch's KB per filing, lowest first (allocKBPerFiling is their median). */
  readonly allocBatchesKB: readonly number[];
  /** Wall time of the whole bench, s. */
  readonly benchSeconds: number;
}

export const perImport = <T>(
  detail: PerImport<RoundTrips> | null,
  pick: (r: RoundTrips) => T,
): PerImport<T | null> => ({
  seed: detail ? pick(detail.seed) : null,
  tenfold: detail ? pick(detail.tenfold) : null,
  thirtyOne: detail ? pick(detail.thirtyOne) : null,
});
