import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { hasChromium, launchChromium, OFFICE_CDN, offlineContext } from "./browser";
import { serveFolder, type StaticServer } from "./static-server";
import { needsTool } from "../support/needs-tool";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const OUTPUT = join(ROOT, "test-output");
const SAMPLE_FILE = join(ROOT, "assets", "samples", "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt");
const SAMPLE = readFileSync(SAMPLE_FILE, "utf8");
/** The sample with [7740] printed 100 too high: [7740] and [7770] do not tie. */
const FLAGGED = SAMPLE.replace("<u>607,099,712</u></b> [7740]", "<u>607,099,812</u></b> [7740]");
/** What a pasted copy of the sample downloads as: firm, end date, amendment. */
const FILE_NAME = "citigroup-global-markets-inc-2013-06-18-amendment.xlsx";
const XSS = "window.__xss=1";
/** A label holding markup: the parser keeps the line, and its diagnostic quotes it as written. */
const HOSTILE = SAMPLE.replace(
  "6.\tAmounts with other depositories",
  `\tExtra <img src=x onerror="${XSS}"> <b onmouseover="${XSS}">line</b>\t<b><u>12</u></b> [9999]\n6.\tAmounts with other depositories`,
).replace("Firm Name:Citigroup Global Markets Inc.", `Firm Name:<img src=x onerror=${XSS} Co`);

describe("task pane in Chromium, outside Excel (built dist/ over http://127.0.0.1)", function () {
  this.timeout(60000);
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let blocked: string[];
  let page: Page;
  let firstRequest = 0;
  const dialogs: string[] = [];

  before(async function () {
    needsTool(this, hasChromium(), "/usr/bin/chromium not found; `apt-get install -y chromium` runs these tests");
    assert.ok(existsSync(join(DIST, "taskpane.html")), "dist/ is built (npm run build; npm test builds first)");
    mkdirSync(OUTPUT, { recursive: true });
    server = await serveFolder(DIST);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    ({ context, blocked } = await offlineContext(browser, server.origin));
    page = await context.newPage();
    page.on("dialog", (d) => void (dialogs.push(d.message()), d.dismiss()));
    firstRequest = server.requests.length;
    await page.goto(`${server.origin}/taskpane.html`);
    await page.locator('#host-status[data-host="browser"]').waitFor();
  });

  afterEach(async () => context?.close());

  const check = async (text: string): Promise<void> => {
    await page.getByLabel("Filing text").fill(text);
    await page.getByRole("button", { name: "Check" }).click();
  };
  const findings = () => page.locator("#findings li");

  it("says it is outside Excel, and offers Download .xlsx instead of Import, with Office.js from its own copy", async () => {
    assert.match(
      await page.locator("#host-status").innerText(),
      /^Outside Excel: opened in a browser\. Check works here, and Import becomes Download \.xlsx\.$/,
    );
    assert.equal(await page.locator("#import-button").innerText(), "Download .xlsx");
    assert.ok(
      blocked.some((u) => u.startsWith(OFFICE_CDN)),
      "the CDN was asked first",
    );
    for (const file of ["/office-js/office.js", "/office-js/o15apptofilemappingtable.js"])
      assert.ok(server.requests.includes(file), server.requests.join(" "));
    assert.deepEqual(
      blocked.filter((u) => !u.startsWith(OFFICE_CDN)),
      [],
      "no other host was contacted",
    );
  });

  it("pasted sample: shows the filing's summary, and a findings list that says every total ties", async () => {
    await check(SAMPLE);
    assert.match(
      await page.locator("#headline").innerText(),
      /Read 1 filing with 3 statements: every printed total ties/,
    );
    const summary = await page.locator("#summary").innerText();
    for (const text of [
      "Citigroup Global Markets Inc.",
      "Daily Seg - FOCUS II",
      "2013-06-18",
      "2013-06-19",
      "Daily Segregation - Secured Amounts: 30 values",
      "82 values read in all",
    ])
      assert.ok(summary.includes(text), `${text} in ${summary}`);
    assert.equal(await findings().count(), 0);
    assert.equal(await page.locator("#findings-empty").isVisible(), true);
  });

  it("pasted sample with a wrong total: lists each finding with severity, code and sentence; a click shows its line", async () => {
    await check(FLAGGED);
    assert.match(await page.locator("#headline").innerText(), /2 figures do not tie/);
    assert.equal(await findings().count(), 2);
    await page
      .locator("#filing-text")
      .evaluate((t: HTMLTextAreaElement) => (t.setSelectionRange(0, 0), (t.scrollTop = 0), (t.scrollLeft = 0)));
    await page.screenshot({ path: join(OUTPUT, "taskpane.png"), fullPage: true });
    const first = await findings().first().innerText();
    assert.match(first, /error/i);
    assert.match(first, /\[7740\]/);
    assert.match(
      first,
      /Line 5 total \[7740\] is 607,099,812 but lines 5\.A–5\.E add to 607,099,712: a difference of 100/,
    );
    await findings().first().getByRole("button").focus();
    await page.keyboard.press("Enter");
    const selected = await page
      .locator("#filing-text")
      .evaluate((t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionEnd));
    assert.match(selected, /\[7740\]$/, "Enter on a finding selects its input line");
  });

  it("uploaded .txt and .htm files: the same summary as pasted text", async () => {
    for (const file of [SAMPLE_FILE, join(ROOT, "test", "fixtures", "html", "sample.html")]) {
      await page.locator("#file-input").setInputFiles(file);
      await page.locator("#summary").getByText("Citigroup Global Markets Inc.").waitFor();
      assert.match(await page.locator("#headline").innerText(), /Read 1 filing with 3 statements/, file);
      assert.ok((await page.locator("#filing-text").inputValue()).includes("[7010]"), "the text read is shown");
    }
  });

  it("a dropped file: read like a chosen one, downloaded under the filing's firm, end date and amendment", async () => {
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "dropped-seg.txt", { type: "text/plain" }));
      return transfer;
    }, FLAGGED);
    await page.dispatchEvent("#drop-zone", "dragover", { dataTransfer });
    await page.dispatchEvent("#drop-zone", "drop", { dataTransfer });
    await page
      .locator("#headline")
      .getByText(/2 figures do not tie/)
      .waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download .xlsx" }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "citigroup-global-markets-inc-2013-06-18-amendment.xlsx");
  });

  it("a file dropped outside the form: read too, and the pane does not navigate away to it", async () => {
    const url = page.url();
    const prevented = await page.evaluate((text) => {
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(new File([text], "header-drop.txt", { type: "text/plain" }));
      const header = document.querySelector("header")!;
      header.dispatchEvent(new DragEvent("dragover", { dataTransfer, bubbles: true, cancelable: true }));
      return !header.dispatchEvent(new DragEvent("drop", { dataTransfer, bubbles: true, cancelable: true }));
    }, SAMPLE);
    assert.equal(prevented, true, "the browser's own handling of the drop (opening the file) is cancelled");
    // The test before left the flagged sample's results: the dropped (clean) sample replaces them.
    await page.waitForFunction(() => {
      const headline = document.querySelector("#headline")?.textContent ?? "";
      return /Read 1 filing with 3 statements/.test(headline) && !/do not tie/.test(headline);
    });
    assert.equal(page.url(), url);
  });

  it("garbage, a binary file and a bad tolerance: a clear message, no results", async () => {
    await check("lorem ipsum 12 [34]\nnothing to see");
    assert.match(await page.locator("#headline").innerText(), /No segregation statement was found/);
    assert.equal(await page.locator("#summary-section").isVisible(), false);
    await page.locator("#file-input").setInputFiles(join(ROOT, "test", "fixtures", "binary", "minimal.pdf"));
    await page.locator("#headline").getByText(/PDF/).waitFor();
    await page.getByLabel("Tolerance (dollars)").fill("-5");
    await check(SAMPLE);
    assert.match(await page.locator("#headline").innerText(), /Tolerance must be an amount in dollars/);
    assert.equal(await page.getByLabel("Tolerance (dollars)").getAttribute("aria-invalid"), "");
  });

  it("a filing whose label and firm hold <img onerror>: shown as text, nothing runs", async () => {
    await check(HOSTILE);
    await page.getByRole("list", { name: "Diagnostics" }).waitFor();
    const diagnostics = await page.locator("#diagnostics").innerText();
    assert.ok(diagnostics.includes(`<img src=x onerror="${XSS}">`), diagnostics);
    assert.ok((await page.locator("#summary").innerText()).includes(`<img src=x onerror=${XSS} Co`));
    await page.locator("#diagnostics button").first().hover();
    await page.waitForTimeout(300);
    assert.equal(await page.locator("main img").count(), 0, "no element was made from filing text");
    assert.equal(await page.evaluate("typeof window.__xss"), "undefined");
    assert.deepEqual(dialogs, []);
  });

  it("the page forbids inline script (CSP without 'unsafe-inline')", async () => {
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    assert.match(csp ?? "", /script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    assert.doesNotMatch(csp ?? "", /unsafe-inline|unsafe-eval/);
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__inline = 1";
      document.body.append(s);
    });
    assert.equal(await page.evaluate("typeof window.__inline"), "undefined", "an injected inline script does not run");
  });

  it("Download .xlsx: loads ExcelJS only then, and the file re-reads with ExcelJS", async () => {
    // This page's requests only: each test has a fresh browser context, and so a fresh cache.
    const asked = () => server.requests.slice(firstRequest).filter((p) => p.startsWith("/chunks/exceljs"));
    await check(FLAGGED);
    assert.deepEqual(asked(), [], "ExcelJS is not loaded before it is needed");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download .xlsx" }).click(),
    ]);
    assert.equal(download.suggestedFilename(), FILE_NAME);
    const path = join(OUTPUT, "pane-download.xlsx");
    await download.saveAs(path);
    assert.equal(asked().length, 1);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(path);
    assert.deepEqual(
      workbook.worksheets.map((w) => w.name),
      ["Summary", "Secured Amounts", "Segregation", "Sequestration"],
    );
    const calculated = workbook.getWorksheet("Secured Amounts")!.getCell("E6").value as { formula: string };
    assert.equal(calculated.formula, "SEC_7770");
    assert.match(await page.locator("#headline").innerText(), /2 figures do not tie/, "the check's headline stays");
    assert.equal(await page.locator("#outcome").innerText(), `Saved ${FILE_NAME}: open it in Excel.`);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "import-button", "focus is back on the button");
  });
});

describe("task pane with the Office CDN reachable", function () {
  this.timeout(60000);
  it("loads Office.js from the CDN address, which the CSP allows, and never its local copy", async function () {
    needsTool(this, hasChromium(), "/usr/bin/chromium not found");
    const server = await serveFolder(DIST);
    const browser = await launchChromium();
    try {
      const local = join(DIST, "office-js");
      const { context } = await offlineContext(browser, server.origin, (url) =>
        url.startsWith(`${OFFICE_CDN}lib/1/hosted/`)
          ? join(local, url.slice(`${OFFICE_CDN}lib/1/hosted/`.length))
          : null,
      );
      const page = await context.newPage();
      await page.goto(`${server.origin}/taskpane.html`);
      await page.locator('#host-status[data-host="browser"]').waitFor();
      assert.ok(!server.requests.some((p) => p.startsWith("/office-js/")), server.requests.join(" "));
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe("dist/: what the build ships", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) =>
      statSync(join(dir, f)).isDirectory() ? files(join(dir, f)).map((g) => `${f}/${g}`) : [f],
    );
  before(function () {
    needsTool(
      this,
      existsSync(join(DIST, "taskpane.html")),
      "dist/ is not built (npm run build; npm test builds first)",
    );
  });

  it("keeps ExcelJS in its own chunk, the pane's bundle small, and HyperFormula out", () => {
    const scripts = files(DIST).filter((f) => f.endsWith(".js") && !f.startsWith("office-js/"));
    assert.ok(
      scripts.some((f) => /^chunks\/exceljs\.[0-9a-f]+\.js$/.test(f)),
      scripts.join(" "),
    );
    assert.ok(statSync(join(DIST, "taskpane.js")).size < 400 * 1024);
    assert.doesNotMatch(readFileSync(join(DIST, "taskpane.js"), "utf8"), /ExcelJS|exceljs\.min/);
    for (const f of scripts) assert.doesNotMatch(readFileSync(join(DIST, f), "utf8"), /hyperformula/i, f);
  });
});
