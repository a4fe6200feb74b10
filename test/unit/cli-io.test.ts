import assert from "node:assert/strict";
import type { CliEnv, ReadResult } from "../../src/cli/env";
import { readInputs } from "../../src/cli/io";
import { main } from "../../src/cli/main";

const bytes = (text: string) => new TextEncoder().encode(text);

function fakeEnv(files: Record<string, string>, stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  let stdinReads = 0;
  const env: CliEnv = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (p): Promise<ReadResult> =>
      p in files ? { ok: true, bytes: bytes(files[p]!) } : { ok: false, reason: `cannot read ${p}: no such file` },
    readStdin: async () => {
      stdinReads++;
      return { ok: true, bytes: bytes(stdin) };
    },
    root: "/nowhere",
  };
  return { env, out, err, stdinReads: () => stdinReads };
}

describe("cli input and dispatch (in process)", () => {
  it("reads standard input once however often - is given, files in argument order", async () => {
    const fake = fakeEnv({ "a.txt": "A" }, "S");
    const r = await readInputs(["-", "a.txt", "-"], fake.env);
    assert.ok(r.ok);
    assert.deepEqual(
      r.inputs.map((i) => [i.name, typeof i.content === "string" ? i.content : new TextDecoder().decode(i.content)]),
      [
        ["(stdin)", "S"],
        ["a.txt", "A"],
        ["(stdin)", "S"],
      ],
    );
    assert.equal(fake.stdinReads(), 1);
  });

  it("stops at the first file it cannot read", async () => {
    const r = await readInputs(["a.txt", "b.txt"], fakeEnv({ "a.txt": "A" }).env);
    assert.deepEqual(r, { ok: false, reason: "cannot read b.txt: no such file" });
  });

  it("main returns the exit code instead of exiting, and writes through the env", async () => {
    const fake = fakeEnv({});
    assert.equal(await main(["check", "missing.txt"], fake.env), 2);
    assert.deepEqual(fake.err, ["tieout: cannot read missing.txt: no such file\n"]);
    assert.deepEqual(fake.out, []);
    assert.equal(await main(["toString"], fake.env), 2, "only own commands dispatch");
  });
});
