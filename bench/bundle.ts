import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { round } from "./stats";

export interface BundleSizes {
  /** dist/taskpane.js, gzipped (level 9, what a server would send), KB = 1024 bytes. */
  readonly taskpaneGzipKB: number | null;
  /** Everything Download .xlsx loads lazily: the xlsx-writer chunk plus the ExcelJS chunk, gzipped, KB. */
  readonly xlsxChunkGzipKB: number | null;
  readonly xlsxWriterGzipKB: number | null;
  readonly excelJsGzipKB: number | null;
  readonly taskpaneRawKB: number | null;
  readonly xlsxChunkRawKB: number | null;
  /** Where the sizes were read (dist/ when current, else a fresh build under bench/tmp/). */
  readonly from: string | null;
  readonly note?: string;
}

const ROOT = join(__dirname, "..");
const gzipKB = (bytes: Buffer): number => round(gzipSync(bytes, { level: 9 }).length / 1024, 1);
const rawKB = (bytes: Buffer): number => round(bytes.length / 1024, 1);

/** Newest modification time of the files a build reads. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(ROOT, "src"));
  for (const f of ["webpack.config.js", "package-lock.json"])
    newest = Math.max(newest, statSync(join(ROOT, f)).mtimeMs);
  return newest;
}

/**
 * dist/ when it is newer than every source; otherwise a fresh production build into bench/tmp/dist,
 * never into dist/: other engineers' browser tests serve dist/, and webpack empties it while building.
 */
function distDir(): { dir: string } | { note: string } {
  const dist = join(ROOT, "dist");
  if (existsSync(join(dist, "taskpane.js")) && statSync(join(dist, "taskpane.js")).mtimeMs >= newestSource())
    return { dir: dist };
  const out = join(__dirname, "tmp", "dist");
  const build = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production", "--output-path", out],
    {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 16 << 20,
    },
  );
  if (build.status !== 0)
    return {
      note: `npm run build failed (exit ${build.status}): ${(build.stderr || build.stdout).trim().split("\n").slice(-3).join(" ")}`,
    };
  return { dir: out };
}

export function measureBundle(): BundleSizes {
  const none = {
    taskpaneGzipKB: null,
    xlsxChunkGzipKB: null,
    xlsxWriterGzipKB: null,
    excelJsGzipKB: null,
    taskpaneRawKB: null,
    xlsxChunkRawKB: null,
    from: null,
  };
  const found = distDir();
  if ("note" in found) return { ...none, note: found.note };
  const { dir } = found;
  const chunks = existsSync(join(dir, "chunks")) ? readdirSync(join(dir, "chunks")) : [];
  const chunk = (prefix: string): Buffer | null => {
    const name = chunks.find((c) => c.startsWith(`${prefix}.`) && c.endsWith(".js"));
    return name ? readFileSync(join(dir, "chunks", name)) : null;
  };
  const taskpane = readFileSync(join(dir, "taskpane.js"));
  const writer = chunk("xlsx-writer");
  const excelJs = chunk("exceljs");
  const lazy = writer && excelJs ? Buffer.concat([writer, excelJs]) : null;
  return {
    taskpaneGzipKB: gzipKB(taskpane),
    // Gzipped one by one and added: the browser fetches (and the server compresses) them as two files.
    xlsxChunkGzipKB: writer && excelJs ? round(gzipKB(writer) + gzipKB(excelJs), 1) : null,
    xlsxWriterGzipKB: writer ? gzipKB(writer) : null,
    excelJsGzipKB: excelJs ? gzipKB(excelJs) : null,
    taskpaneRawKB: rawKB(taskpane),
    xlsxChunkRawKB: lazy ? rawKB(lazy) : null,
    from: relative(ROOT, dir),
    ...(lazy
      ? {}
      : {
          note: `no xlsx-writer/exceljs chunk in ${relative(ROOT, dir)}/chunks (found: ${chunks.join(", ") || "none"})`,
        }),
  };
}
