import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { Linter } from "eslint";

const SCRIPT = readFileSync(join(__dirname, "..", "..", "src", "taskpane", "old-webview.js"), "utf8");
const CONNECTING = "Connecting to Office…";
/** The built-ins whose absence marks a browser too old for the ES2022 bundle. */
const MODERN = ["Object.hasOwn", "Array.prototype.at", "Promise.allSettled", "String.prototype.replaceAll"];

/** Just enough of a DOM element for the script: children, attributes and a style. */
class FakeElement {
  readonly childNodes: { text: string }[] = [];
  readonly attributes: Record<string, string> = {};
  readonly style: Record<string, string> = {};
  constructor(text = "") {
    if (text) this.childNodes.push({ text });
  }
  get firstChild(): { text: string } | null {
    return this.childNodes[0] ?? null;
  }
  removeChild(child: { text: string }): void {
    this.childNodes.splice(this.childNodes.indexOf(child), 1);
  }
  appendChild(child: { text: string }): void {
    this.childNodes.push(child);
  }
  setAttribute(name: string, value: string): void {
    this.attributes[name] = value;
  }
  getAttribute(name: string): string | null {
    return this.attributes[name] ?? null;
  }
  get text(): string {
    return this.childNodes.map((c) => c.text).join("");
  }
}

/**
 * Runs the script in a fresh V8 context (its own built-ins) with `missing` deleted from them, and a
 * window with only `attachEvent` when `ie` (as Internet Explorer's documents without a standards mode).
 */
function runScript(missing: readonly string[], ie = false) {
  const status = new FakeElement(CONNECTING);
  const main = new FakeElement();
  const root = new FakeElement();
  const loads: (() => void)[] = [];
  const listen = (_type: string, run: () => void) => void loads.push(run);
  const window = ie ? { attachEvent: listen } : { addEventListener: listen };
  const document = {
    documentElement: root,
    getElementById: (id: string) => ({ "host-status": status, "drop-zone": main })[id] ?? null,
    createTextNode: (text: string) => ({ text }),
  };
  const context = createContext({ document });
  runInContext(`this.window = this; ${missing.map((m) => `delete ${m};`).join(" ")}`, context);
  Object.assign(runInContext("this", context), window);
  runInContext(SCRIPT, context);
  return { status, main, root, load: () => loads.forEach((run) => run()), listeners: loads.length };
}

describe("old-webview.js: the pane's message where its bundle cannot run", () => {
  it("is ES3 (what Internet Explorer 11 parses), as a classic script", () => {
    const linter = new Linter();
    const config = { languageOptions: { ecmaVersion: 3 as const, sourceType: "script" as const } };
    assert.deepEqual(
      linter.verify(SCRIPT, config).filter((m) => m.fatal),
      [],
    );
    // The check can fail: the same parser refuses what the bundle is made of.
    for (const modern of ["const a = 1;", "var f = () => 1;", "class A { x = 1 }", "var o = { a: 1, };"])
      assert.equal(linter.verify(modern, config).filter((m) => m.fatal).length, 1, modern);
  });

  it("in a browser without ES2022's built-ins (IE 11), says at once that this Excel is too old, and hides the form", () => {
    const { status, main, root, listeners } = runScript(MODERN, true);
    assert.match(status.text, /^Tieout cannot run in this version of Excel: its add-in browser is too old\./);
    assert.match(status.text, /Microsoft 365, Excel 2021 or later on Windows or Mac, and Excel on the web\.$/);
    assert.equal(status.getAttribute("data-host"), "too-old");
    assert.equal(main.style.display, "none");
    assert.equal(root.getAttribute("data-pane"), "too-old", "the bundle, should it run, stays off");
    assert.equal(listeners, 0);
  });

  for (const missing of MODERN)
    it(`lacking only ${missing}: the same message`, () => {
      assert.equal(runScript([missing]).status.getAttribute("data-host"), "too-old");
    });

  it("in a modern browser whose bundle started, leaves the pane alone", () => {
    const { status, main, root, load } = runScript([]);
    assert.equal(status.text, CONNECTING);
    root.setAttribute("data-pane", "started");
    load();
    assert.equal(status.text, CONNECTING);
    assert.equal(main.style.display, undefined);
  });

  it("in a modern browser whose bundle never started (it failed to parse or load), says so once the page has loaded", () => {
    const { status, load } = runScript([]);
    assert.equal(status.text, CONNECTING, "nothing before the page has loaded");
    load();
    assert.match(status.text, /too old/);
  });
});
