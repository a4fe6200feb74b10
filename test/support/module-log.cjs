// Preloaded into a CLI run by test/unit/cli-startup.test.ts: lists on stderr, at exit, every module
// file the process loaded, so a test can say what a command did (and did not) load.
const Module = require("node:module");
const loaded = new Set();
const load = Module._load;
Module._load = function (request, parent, isMain) {
  try {
    loaded.add(Module._resolveFilename(request, parent, isMain));
  } catch {
    // A built-in or an unresolvable request: only files matter here.
  }
  return load.apply(this, arguments);
};
process.on("exit", () => process.stderr.write(`\nMODULES ${JSON.stringify([...loaded])}\n`));
