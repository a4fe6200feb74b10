#!/usr/bin/env node
// Runs the CLI from its bundle (dist-cli/, built by `npm ci` through `prepare` and by `npm run build`),
// so a cold start loads one JavaScript file. A checkout whose sources are newer than the bundle (or
// that has none) runs the TypeScript through tsx instead: never a stale build, whatever was edited.
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const bundle = path.join(root, "dist-cli", "tieout.cjs");

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

function bundleIsFresh() {
  try {
    return fs.statSync(bundle).mtimeMs >= newestSource(path.join(root, "src"));
  } catch {
    return false;
  }
}

let cli;
if (bundleIsFresh()) cli = require(bundle);
else {
  require("tsx/cjs");
  cli = require("../src/cli/index.ts");
}

cli.main(process.argv.slice(2), cli.nodeEnv(root)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Only a bug gets here: the commands return their failures as exit codes.
    process.stderr.write(`tieout: internal error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
