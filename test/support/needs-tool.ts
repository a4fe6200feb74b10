/**
 * A test that needs a tool this machine may lack (Chromium, LibreOffice, a built dist/) is skipped
 * with a note when it is missing — except in CI, where .ci/run installs every tool and builds first,
 * so a missing one means set-up broke and every test that needs it would pass by being skipped.
 */
export function needsTool(test: Mocha.Context, available: boolean, missing: string): void {
  if (available) return;
  if (process.env.CI) throw new Error(`${missing}; in CI (.ci/run) it must be there`);
  console.log(`      (skipped: ${missing})`);
  test.skip();
}
