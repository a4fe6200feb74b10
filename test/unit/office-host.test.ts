import assert from "node:assert/strict";
import { connectOffice, type HostInfo } from "../../src/taskpane/office-host";

/** An Office.js stand-in whose onReady answers when the test says, as `host` with ExcelApi up to `api`. */
function fakeOffice(host: string | null, api = 14) {
  let answer: (info: { host: string | null }) => void = () => {};
  const ready = new Promise<{ host: string | null }>((resolve) => (answer = resolve));
  (globalThis as any).Office = {
    onReady: () => ready,
    HostType: { Excel: "Excel", Word: "Word" },
    context: {
      requirements: { isSetSupported: (_set: string, v: string) => Number(v.split(".")[1]) <= api },
      officeTheme: undefined,
    },
  };
  return () => answer({ host });
}

/** Calls connectOffice and hands back each HostInfo as it comes, in order. */
function connect(timeoutMs: number) {
  const seen: HostInfo[] = [];
  let next: (() => void) | null = null;
  const done = connectOffice((info) => (seen.push(info), next?.()), timeoutMs);
  const nth = (n: number) =>
    new Promise<HostInfo>((resolve) => {
      const check = () => (seen.length >= n ? resolve(seen[n - 1]!) : (next = check));
      check();
    });
  return { seen, nth, done };
}

describe("connectOffice: waiting for Office.onReady", () => {
  afterEach(() => delete (globalThis as any).Office);

  it("an onReady that comes after the wait: outside Excel first, then Excel when it answers", async () => {
    const answer = fakeOffice("Excel");
    const { seen, nth, done } = connect(1);
    assert.deepEqual(await nth(1), { inExcel: false, reason: "Office did not answer" });
    answer();
    await done;
    const late = seen[1];
    assert.equal(seen.length, 2);
    assert.equal(late?.inExcel, true);
    assert.equal(late?.inExcel && late.api, "1.14");
  });

  it("an onReady in time: answered by what it says", async () => {
    const answer = fakeOffice(null);
    const { seen, done } = connect(60000);
    answer();
    await done;
    assert.deepEqual(seen, [{ inExcel: false, reason: "opened in a browser" }]);
  });

  it("a late answer from another host says which", async () => {
    const answer = fakeOffice("Word");
    const { seen, nth, done } = connect(1);
    await nth(1);
    answer();
    await done;
    assert.deepEqual(seen[1], { inExcel: false, reason: "opened in Word, not Excel" });
  });

  it("an Excel below the import's ExcelApi: in Excel, where Import says what is missing; never Download .xlsx", async () => {
    const answer = fakeOffice("Excel", 6);
    const { seen, done } = connect(60000);
    answer();
    await done;
    assert.equal(seen.length, 1);
    assert.equal(seen[0]?.inExcel && seen[0].api, "1.6", "Import then says what is missing");
  });
});
