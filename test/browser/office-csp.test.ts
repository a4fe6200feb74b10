import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { hasChromium, launchChromium, OFFICE_CDN, offlineContext } from "./browser";
import { serveFolder, type StaticServer } from "./static-server";
import { needsTool } from "../support/needs-tool";

const DIST = join(__dirname, "..", "..", "dist");
const HOSTED = `${OFFICE_CDN}lib/1/hosted/`;
/** The frame Office.js's o15apptofilemappingtable.js loads for its telemetry, 3 s after it starts. */
const TELEMETRY_FRAME =
  /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\/telemetryproxy\.html/;
/** The page Office.js frames on Excel on the web to ask whether the user trusts the add-in's host. */
const HOST_TRUST_FRAME = `${HOSTED}AgaveErrorUX/index.html`;
/** Office.js's telemetry collector (telemetry/oteljs_agave.js, ariatelemetry/). */
const COLLECTOR = "https://browser.pipe.aria.microsoft.com/Collector/3.0/";

/** Records every CSP violation the page reports, from before its first script runs. */
const LISTEN = () => {
  const seen: string[] = [];
  (window as any).__violations = seen;
  document.addEventListener("securitypolicyviolation", (e) =>
    seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`.trim()),
  );
};
const violations = (page: Page): Promise<string[]> => page.evaluate(() => (window as any).__violations);

describe("task pane under its CSP, with the real Office.js", function () {
  this.timeout(60000);
  let server: StaticServer;
  let browser: Browser;

  before(async function () {
    needsTool(this, hasChromium(), "/usr/bin/chromium not found; `apt-get install -y chromium` runs these tests");
    assert.ok(existsSync(join(DIST, "taskpane.html")), "dist/ is built (npm run build; npm test builds first)");
    server = await serveFolder(DIST);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The pane with Office.js served at its CDN address from the package's copy; every other host refused. */
  async function open(page?: (p: Page) => Promise<void>) {
    const { context, blocked } = await offlineContext(browser, server.origin, (url) =>
      url.startsWith(HOSTED) && url.endsWith(".js") ? join(DIST, "office-js", url.slice(HOSTED.length)) : null,
    );
    const p = await context.newPage();
    const console: string[] = [];
    p.on("console", (m) => void (/Content Security Policy/i.test(m.text()) && console.push(m.text())));
    await p.addInitScript(LISTEN);
    await page?.(p);
    await p.goto(`${server.origin}/taskpane.html`);
    return { page: p, context, blocked, console };
  }

  it("Office.js loads, starts its telemetry frame and reaches onReady with no violation reported", async () => {
    const { page, context, blocked, console } = await open();
    try {
      const frame = page.waitForRequest((r) => TELEMETRY_FRAME.test(r.url()), { timeout: 20000 });
      await page.locator('#host-status[data-host="browser"]').waitFor();
      await frame;
      // Office.js hides that frame with a style attribute; the policy lets exactly that one apply.
      await page.waitForFunction(() => document.querySelector("head iframe")?.getAttribute("style") === "display:none");
      assert.ok(
        blocked.some((u) => TELEMETRY_FRAME.test(u)),
        "the frame was asked for: the CSP let it through",
      );
      assert.ok(blocked.includes(`${HOSTED}office.js`) === false, "Office.js came from its CDN address");
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(console, []);
    } finally {
      await context.close();
    }
  });

  it("lets through the host-trust frame and the telemetry collector, and refuses anything else", async () => {
    const { page, context, blocked } = await open();
    try {
      await page.locator("#host-status[data-host]").waitFor();
      await page.evaluate(
        async ([trust, collector]) => {
          // What the policy must refuse, after what it must let through: another host's frame and
          // request, and any other inline style.
          for (const src of [trust!, "https://example.com/frame.html"])
            document.body.append(Object.assign(document.createElement("iframe"), { src }));
          await fetch(collector!, { method: "POST", body: "{}" }).catch(() => null);
          await fetch("https://example.com/collect").catch(() => null);
          document.body.setAttribute("style", "display:block");
        },
        [HOST_TRUST_FRAME, COLLECTOR],
      );
      await page.waitForFunction(() => (window as any).__violations.length >= 3);
      const seen = await violations(page);
      assert.deepEqual(
        // Chromium reports a refused frame by its URL or only its origin: compare origins.
        seen
          .map((v) =>
            v
              .split(" ")
              .slice(0, 2)
              .join(" ")
              .replace(/(https:\/\/[^/]+)\/\S*/, "$1"),
          )
          .sort(),
        ["connect-src https://example.com", "frame-src https://example.com", "style-src-attr inline"],
        seen.join("\n"),
      );
      for (const url of [HOST_TRUST_FRAME, COLLECTOR])
        assert.ok(
          blocked.some((u) => u.startsWith(url)),
          `${url} was asked for: ${blocked.join(" ")}`,
        );
    } finally {
      await context.close();
    }
  });
});

describe("task pane where its bundle cannot run (old-webview.js)", function () {
  this.timeout(60000);
  let server: StaticServer;
  let browser: Browser;

  before(async function () {
    needsTool(this, hasChromium(), "/usr/bin/chromium not found; `apt-get install -y chromium` runs these tests");
    server = await serveFolder(DIST);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const TOO_OLD = /^Tieout cannot run in this version of Excel: its add-in browser is too old\. Tieout supports /;

  it("a bundle that does not parse (ES2022 in IE 11): a plain message, not 'Connecting to Office…'", async () => {
    const { context } = await offlineContext(browser, server.origin);
    try {
      const page = await context.newPage();
      await page.route(`${server.origin}/taskpane.js`, (r) =>
        r.fulfill({ contentType: "text/javascript", body: "class Pane { #state = ; }" }),
      );
      await page.goto(`${server.origin}/taskpane.html`);
      await page.locator('#host-status[data-host="too-old"]').waitFor();
      assert.match(await page.locator("#host-status").innerText(), TOO_OLD);
      assert.equal(await page.locator("#filing-form").isVisible(), false);
    } finally {
      await context.close();
    }
  });

  it("a browser without ES2022's built-ins: the message at once, and the bundle stays off", async () => {
    const { context } = await offlineContext(browser, server.origin);
    try {
      const page = await context.newPage();
      await page.addInitScript(() => delete (Object as any).hasOwn);
      const first = server.requests.length;
      await page.goto(`${server.origin}/taskpane.html`);
      await page.waitForLoadState("load");
      assert.equal(await page.locator("html").getAttribute("data-pane"), "too-old");
      assert.match(await page.locator("#host-status").innerText(), TOO_OLD);
      // The bundle, had it started, would have asked for Office.js's local copy before the page's load.
      const asked = server.requests.slice(first);
      assert.ok(asked.includes("/old-webview.js") && !asked.includes("/office-js/office.js"), asked.join(" "));
      assert.equal(await page.locator("#host-status").getAttribute("data-host"), "too-old");
    } finally {
      await context.close();
    }
  });

  it("a modern browser: no message, the pane starts", async () => {
    const { context } = await offlineContext(browser, server.origin);
    try {
      const page = await context.newPage();
      const first = server.requests.length;
      await page.goto(`${server.origin}/taskpane.html`);
      await page.locator('#host-status[data-host="browser"]').waitFor();
      assert.equal(await page.locator("html").getAttribute("data-pane"), "started");
      assert.ok(server.requests.slice(first).includes("/office-js/office.js"));
      assert.equal(await page.locator("#filing-form").isVisible(), true);
    } finally {
      await context.close();
    }
  });
});
