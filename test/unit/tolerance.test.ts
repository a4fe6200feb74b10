import assert from "node:assert/strict";
import fc from "fast-check";
import { parseCheckArgs } from "../../src/cli/check-args";
import { readToleranceField } from "../../src/taskpane/pane-model";
import { runCli } from "../support/run-cli";

/** What the CLI makes of `--tolerance <text>`: dollars, or undefined when it refuses the argument. */
function cliTolerance(text: string): number | undefined {
  const args = parseCheckArgs(["x.txt", `--tolerance=${text}`]);
  return args.ok ? args.tolerance : undefined;
}

/** What the pane makes of the same text in its Tolerance field. */
function paneTolerance(text: string): number | undefined {
  const read = readToleranceField(text);
  return read.ok ? read.dollars : undefined;
}

describe("tolerance: the CLI and the pane read it alike", () => {
  const accepted: readonly (readonly [string, number])[] = [
    ["0", 0],
    ["100", 100],
    ["1,000", 1000],
    ["$5", 5],
    ["0.50", 0.5],
    [".5", 0.5],
    [" 2.25 ", 2.25],
    ["", 0],
  ];
  for (const [text, dollars] of accepted)
    it(`accepts '${text}' as ${dollars} dollars, on both sides`, () => {
      assert.equal(cliTolerance(text), dollars);
      assert.equal(paneTolerance(text), dollars);
    });

  for (const text of ["-5", "-0.5", "abc", "1e3", "5 dollars", "NaN", "Infinity", "1.", "0x10", "1.2.3"])
    it(`refuses '${text}', on both sides`, () => {
      assert.equal(cliTolerance(text), undefined);
      assert.equal(paneTolerance(text), undefined);
    });

  it("agree on any text at all", () => {
    const typed = fc.oneof(fc.string({ maxLength: 12 }), fc.stringMatching(/^\$?-?\d{0,4}(,\d{3})?(\.\d{0,3})?$/));
    fc.assert(fc.property(typed, (text) => assert.equal(cliTolerance(text), paneTolerance(text))));
  });

  it("a typed amount is the amount, cents included", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (cents) => {
        const text = (cents / 100).toFixed(2);
        assert.equal(cliTolerance(text), cents / 100);
        assert.equal(paneTolerance(text.replace(/^0(?=\.)/, "")), cents / 100);
      }),
    );
  });

  it("the command line checks the sample with a tolerance of '.5'", () => {
    const r = runCli([
      "check",
      "test/fixtures/citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt",
      "--tolerance",
      ".5",
    ]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /\(tolerance 0\.50\)\./);
  });
});
