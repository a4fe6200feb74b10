#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so the repo needs no build step before `tieout` works.
require("tsx/cjs");
const path = require("node:path");
const { main, nodeEnv } = require("../src/cli/index.ts");

main(process.argv.slice(2), nodeEnv(path.join(__dirname, ".."))).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Only a bug gets here: the commands return their failures as exit codes.
    process.stderr.write(`tieout: internal error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
