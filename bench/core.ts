import { buildSync } from "esbuild";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { compileFunction } from "node:vm";
import type { ParseResult } from "../src/core/index";

/**
 * The core as users run it. Under tsx every module of src/core is compiled to CommonJS on its own: each
 * call into another module goes through an export getter, and esbuild's keepNames wraps functions in
 * `__name`. The CLI runs an esbuild bundle (scripts/build-cli.mjs) and the pane a webpack bundle, where
 * modules share one scope and a call is a plain call. So the bench bundles src/core the CLI's way and
 * times that bundle's functions; everything untimed (the generator, the statistics) stays under tsx.
 */
export const CODE_MEASURED = "esbuild bundle of src/core (platform node, target node20, cjs), as the CLI ships it";

/** What the bench calls; `parseFilings` is the core's own, re-exported by the bench's entry alone. */
export type Core = typeof import("../src/core/index") & { readonly parseFilings: (text: string) => ParseResult };

const ROOT = join(__dirname, "..");
const TMP = join(__dirname, "tmp");

/**
 * Bundles src/core afresh into bench/tmp (git ignores it) and returns the file's path: a bundle left by an
 * earlier run could predate the sources, so none is reused. The file is this process's own (two runs at
 * once must not overwrite each other's) and is removed when the process exits. The options are
 * scripts/build-cli.mjs's.
 */
export function buildCore(): string {
  mkdirSync(TMP, { recursive: true });
  const outfile = join(TMP, `core-${process.pid}.cjs`);
  buildSync({
    stdin: {
      contents: 'export * from "./src/core/index"; export { parseFilings } from "./src/core/parse";',
      resolveDir: ROOT,
      sourcefile: "bench-core-entry.ts",
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile,
    logLevel: "warning",
  });
  process.on("exit", () => rmSync(outfile, { force: true }));
  return outfile;
}

/**
 * Loads a bundle as Node loads any CommonJS file, but compiled here rather than through `require`: tsx's
 * require hook transforms a .cjs file it takes for an ES module, and the bundle must run as esbuild wrote it.
 */
export function loadCore(file: string = buildCore()): Core {
  const code = readFileSync(file, "utf8");
  if (code.includes("__name(")) throw new Error(`${file} has keepNames wrappers: it is not the bundle the CLI ships`);
  const module = { exports: {} as Core };
  const wrapper = compileFunction(code, ["exports", "require", "module", "__filename", "__dirname"], {
    filename: file,
  });
  wrapper(module.exports, createRequire(file), module, file, dirname(file));
  // The bundle's exports are getters: copied once into plain properties, a timed call pays for none.
  return { ...module.exports };
}
