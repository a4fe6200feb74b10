// Bundles the CLI ahead of time (npm ci runs this through `prepare`, npm test through `build`): a
// cold `tieout check` is then Node plus one JavaScript file, not TypeScript transpiled at every
// start. ExcelJS stays outside the bundle and is required only by `convert` and `demo`.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/index.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs"],
  outfile: "dist-cli/tieout.cjs",
  logLevel: "warning",
});
