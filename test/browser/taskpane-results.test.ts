import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { hasChromium, launchChromium, offlineContext, progressSteps, recordProgress } from "./browser";
import { serveFolder, type StaticServer } from "./static-server";
import { amendmentOf, asInitial } from "../support/generated-month";
import { needsTool } from "../support/needs-tool";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const OUTPUT = join(ROOT, "test-output");
const SAMPLE = readFileSync(
  join(ROOT, "assets", "samples", "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"),
  "utf8",
);
/** The sample with [7740] printed 100 too high: [7740] is 100 over its parts, [7770] 100 under. */
const FLAGGED = SAMPLE.replace("<u>607,099,712</u></b> [7740]", "<u>607,099,812</u></b> [7740]");
/** Two days pasted together: the sample as printed, then the next day with the wrong total. */
const TWO_DAYS = `${SAMPLE}\n\n${FLAGGED.replace(/End Date:6\/18\/2013/g, "End Date:6/19/2013")}`;
/** The fixture as its INITIAL filing, then its AMENDMENT with a cash line, its total and the excess 2,500 lower. */
const FIXTURE = readFileSync(
  join(ROOT, "test", "fixtures", "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"),
  "utf8",
);
const AMENDED_CODES = ["7070", "7180", "7190"];
const INITIAL_AND_AMENDMENT = `${asInitial(FIXTURE)}\n\n${amendmentOf(asInitial(FIXTURE), AMENDED_CODES, -2500)}`;
const WIDTH = 320;
const HEIGHT = 800;

/** axe-core's script, injected into the page under test. */
const axeSource = (): string => readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * The pane as a user meets it at its narrowest (320 px, as Excel's pane can be): results first after
 * Check, findings grouped by filing, a state that never shows or saves an earlier filing's results.
 */
describe("task pane in Chromium at 320 px: results first, honest state, Office look", function () {
  this.timeout(60000);
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

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
    ({ context } = await offlineContext(browser, server.origin));
    page = await context.newPage();
    await page.setViewportSize({ width: WIDTH, height: HEIGHT });
    await page.goto(`${server.origin}/taskpane.html`);
    await page.locator('#host-status[data-host="browser"]').waitFor();
  });
  afterEach(async () => context?.close());

  const check = async (text: string): Promise<void> => {
    await page.getByLabel("Filing text").fill(text);
    await page.getByRole("button", { name: "Check" }).click();
    await page.locator("#headline[data-tone]:not([data-tone='busy'])").waitFor();
  };
  const inViewport = (selector: string) =>
    page.locator(selector).evaluate((e) => {
      const box = e.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
    });

  it("after Check, the headline and the findings are on screen without scrolling; the screenshot", async () => {
    await check(FLAGGED);
    assert.equal(await inViewport("#headline"), true, "the headline is in the viewport");
    assert.equal(await inViewport("#findings-heading"), true, "the findings heading is in the viewport");
    assert.equal(await inViewport("#findings button.finding >> nth=0"), true, "the first finding too");
    await page
      .locator("#filing-text")
      .evaluate((t: HTMLTextAreaElement) => (t.setSelectionRange(0, 0), (t.scrollTop = 0), (t.scrollLeft = 0)));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(OUTPUT, "taskpane-320.png"), fullPage: true });
    if (process.env.UPDATE_SCREENSHOT)
      copyFileSync(join(OUTPUT, "taskpane-320.png"), join(ROOT, "assets", "screenshots", "taskpane.png"));
  });

  it("a finding names its filing and statement, writes a negative as (100), and its click shows the line", async () => {
    await check(FLAGGED);
    const total = page.locator("#findings button.finding", { hasText: "[7770]" });
    const text = await total.innerText();
    assert.match(text, /Filing 1, Daily Segregation - Secured Amounts/);
    assert.match(text, /a difference of \(100\)/);
    assert.doesNotMatch(text, /-100/);
    assert.equal(await total.getAttribute("title"), `Show input line ${await lineOf("[7770]")} in the Filing text box`);
    await total.click();
    const shown = await page.locator("#filing-text").evaluate((t: HTMLTextAreaElement) => {
      const box = t.getBoundingClientRect();
      const style = getComputedStyle(t);
      const lineHeight = parseFloat(style.lineHeight);
      const before = t.value.slice(0, t.selectionStart).split("\n").length - 1;
      const top = before * lineHeight;
      // Where the line's end is drawn: the line measured in the box's own font, tabs as the box sets them.
      const line = t.value.slice(t.selectionStart, t.selectionEnd).trimEnd();
      const probe = document.createElement("span");
      probe.style.font = style.font;
      probe.style.whiteSpace = "pre";
      probe.style.tabSize = style.tabSize;
      probe.textContent = line;
      document.body.append(probe);
      const right = probe.getBoundingClientRect().width;
      probe.remove();
      return {
        selected: t.value.slice(t.selectionStart, t.selectionEnd),
        boxOnScreen: box.top >= 0 && box.bottom <= window.innerHeight,
        lineInBox: top >= t.scrollTop && top + lineHeight <= t.scrollTop + t.clientHeight,
        endInBox: right > t.scrollLeft && right <= t.scrollLeft + t.clientWidth,
      };
    });
    assert.match(shown.selected, /\[7770\]$/);
    assert.deepEqual(
      { ...shown, selected: undefined },
      { selected: undefined, boxOnScreen: true, lineInBox: true, endInBox: true },
    );
  });

  it("two filings pasted: findings grouped by numbered filing and statement; filing cards after, collapsed", async () => {
    await check(TWO_DAYS);
    assert.match(
      await page.locator("#headline").innerText(),
      /^Read 2 filings with 6 statements: 2 figures do not tie/,
    );
    const group = page.locator("#findings .finding-group");
    assert.equal(await group.count(), 1, "only the filing with findings");
    assert.equal(await group.locator("h3").innerText(), "2. Citigroup Global Markets Inc. · 2013-06-19 (amendment)");
    assert.equal(await group.locator("h4").innerText(), "Daily Segregation - Secured Amounts");
    assert.equal(
      await group.getByRole("list", { name: "Findings in Daily Segregation - Secured Amounts" }).locator("li").count(),
      2,
    );
    assert.match(await page.locator("#findings").innerText(), /The other filing: no finding\./);
    const cards = page.locator("#summary details");
    assert.deepEqual(await cards.evaluateAll((all) => all.map((d) => (d as HTMLDetailsElement).open)), [false, false]);
    assert.deepEqual(await cards.locator("summary").allInnerTexts(), [
      "1. Citigroup Global Markets Inc. · 2013-06-18 (amendment)",
      "2. Citigroup Global Markets Inc. · 2013-06-19 (amendment)",
    ]);
    const order = await page.evaluate(() =>
      ["results", "findings-section", "summary-section"].map((id) => document.getElementById(id)!.offsetTop),
    );
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
      "results, then findings, then the filings",
    );
  });

  it("an initial filing and its amendment: what the amendment changed, after the findings, negatives as (2,500)", async () => {
    await check(INITIAL_AND_AMENDMENT);
    assert.match(
      await page.locator("#headline").innerText(),
      /^Read 2 filings with 6 statements: every printed total ties/,
    );
    const section = page.getByRole("region", { name: "What the amendment changed" });
    assert.equal(await section.isVisible(), true);
    const group = section.locator(".change-group");
    assert.equal(await group.count(), 1);
    assert.equal(await group.locator("h3").innerText(), "Citigroup Global Markets Inc. · 2013-06-18");
    assert.equal(await group.locator("p").innerText(), "Filing 1 amended by filing 2");
    assert.deepEqual(await group.locator("h4").allInnerTexts(), ["Daily Segregation - Segregation Statement"]);
    const changes = group.getByRole("list", { name: "Changes in Daily Segregation - Segregation Statement" });
    assert.deepEqual(
      await changes.locator(".code").allInnerTexts(),
      AMENDED_CODES.map((c) => `[${c}]`),
    );
    const terms = await changes
      .locator("li")
      .evaluateAll((items) =>
        items.map((li) =>
          [...li.querySelectorAll("dt")].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`),
        ),
      );
    for (const [i, code] of AMENDED_CODES.entries()) {
      const printed = new RegExp(`<u>([\\d,]+)</u></b> \\[${code}\\]`).exec(FIXTURE)![1]!;
      const was = Number(printed.replace(/,/g, ""));
      assert.deepEqual(terms[i], [
        `Original: ${printed}`,
        `Amended: ${(was - 2500).toLocaleString("en-US")}`,
        "Difference: (2,500)",
      ]);
    }
    assert.doesNotMatch(await section.innerText(), /-2,500/);
    const order = await page.evaluate(() =>
      ["findings-section", "changes-section", "summary-section"].map((id) => document.getElementById(id)!.offsetTop),
    );
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
      "findings, then the changes, then the filings",
    );
    await check(TWO_DAYS);
    assert.equal(await page.locator("#changes-section").isVisible(), false, "no amendment pair: no section");
  });

  it("Download with two filings: one progress step per filing, then the writing; named for the days", async () => {
    await page.getByLabel("Filing text").fill(TWO_DAYS);
    await recordProgress(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download .xlsx" }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "citigroup-global-markets-inc-2013-06-18-to-2013-06-19.xlsx");
    assert.deepEqual(await progressSteps(page), [
      "1/3 Checking filing 1 of 2: 1. Citigroup Global Markets Inc. · 2013-06-18 (amendment)…",
      "2/3 Checking filing 2 of 2: 2. Citigroup Global Markets Inc. · 2013-06-19 (amendment)…",
      "2/3 Writing the workbook…",
    ]);
    await page
      .locator("#outcome")
      .getByText(/^Saved /)
      .waitFor();
    assert.equal(await page.locator("#progress-block").isHidden(), true);
  });

  it("two files chosen at once: both read, one filing each", async () => {
    const fixtures = join(ROOT, "test", "fixtures");
    await page
      .locator("#file-input")
      .setInputFiles([
        join(fixtures, "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"),
        join(fixtures, "later", "daily-seg-later.txt"),
      ]);
    await page
      .locator("#headline")
      .getByText(/^Read 2 filings/)
      .waitFor();
    assert.equal(await page.locator("#summary details").count(), 2);
  });

  it("a refused file after a good one: no text, no results, no file name, nothing to download", async () => {
    await page
      .locator("#file-input")
      .setInputFiles(join(ROOT, "test", "fixtures", "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"));
    await page
      .locator("#headline")
      .getByText(/Read 1 filing/)
      .waitFor();
    await page.locator("#file-input").setInputFiles(join(ROOT, "test", "fixtures", "binary", "minimal.pdf"));
    await page.locator("#headline").getByText(/PDF/).waitFor();
    assert.equal(await page.locator("#headline").getAttribute("data-tone"), "error");
    assert.equal(await page.locator("#filing-text").inputValue(), "");
    assert.equal(await page.locator("#file-input").evaluate((i: HTMLInputElement) => i.files?.length ?? 0), 0);
    assert.equal(await page.locator("#summary-section").isVisible(), false);
    assert.equal(await page.locator("#findings-section").isVisible(), false);
    let downloads = 0;
    page.on("download", () => void downloads++);
    await page.getByRole("button", { name: "Download .xlsx" }).click();
    await page.locator("#headline").getByText(/empty/i).waitFor();
    assert.equal(downloads, 0);
    assert.equal(await page.locator("#outcome").innerText(), "");
  });

  it("Try the sample checks the bundled filing; Clear empties the pane", async () => {
    await page.getByRole("button", { name: "Try the sample" }).click();
    await page
      .locator("#headline")
      .getByText(/Read 1 filing with 3 statements: every printed total ties/)
      .waitFor();
    assert.equal(await page.locator("#filing-text").inputValue(), SAMPLE);
    await page.getByRole("button", { name: "Clear" }).click();
    assert.equal(await page.locator("#filing-text").inputValue(), "");
    assert.equal(await page.locator("#headline").innerText(), "");
    assert.equal(await page.locator("#findings-section").isVisible(), false);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "filing-text");
  });

  it("Help opens the pane's section of the README, shipped beside the pane", async () => {
    const link = page.getByRole("link", { name: "Help" });
    assert.equal(await link.getAttribute("href"), "help.html");
    const help = await context.newPage();
    const response = await help.goto(`${server.origin}/help.html`);
    assert.equal(response?.status(), 200);
    assert.match(await help.locator("h1").innerText(), /Tieout: the task pane/);
    assert.match(await help.locator("main").innerText(), /Try the sample/);
  });

  it("follows the system's dark setting outside Office, and styles the file button as the pane's", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    assert.equal(background, "rgb(41, 41, 41)");
    const button = await page.evaluate(() => {
      const style = getComputedStyle(document.getElementById("file-input")!, "::file-selector-button");
      return [style.borderRadius, style.fontWeight];
    });
    assert.deepEqual(button, ["4px", "600"]);
  });

  it("every text in the pane is inside a landmark (axe's region rule), before and after Check, changes included", async () => {
    const outside = () =>
      page.evaluate(() => {
        const texts: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          const shown = node.textContent!.trim() && parent.getClientRects().length > 0;
          if (shown && !parent.closest("header, main, footer, nav, aside")) texts.push(node.textContent!.trim());
        }
        return texts;
      });
    assert.deepEqual(await outside(), []);
    await check(TWO_DAYS);
    assert.deepEqual(await outside(), []);
    await check(INITIAL_AND_AMENDMENT);
    assert.deepEqual(await outside(), []);
  });

  it("axe-core finds no violation, before and after Check, with and without an amendment's changes", async function () {
    const source = axeSource();
    type Axe = { run: (c: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
    const violations = () =>
      page.evaluate(async () => {
        const axe = (window as unknown as { axe: Axe }).axe;
        return (await axe.run(document)).violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
    // Injected through the DevTools protocol, which the page's CSP does not govern.
    await page.evaluate(source!);
    assert.deepEqual(await violations(), []);
    await check(TWO_DAYS);
    assert.deepEqual(await violations(), []);
    await check(INITIAL_AND_AMENDMENT);
    assert.deepEqual(await violations(), []);
  });

  async function lineOf(code: string): Promise<number> {
    const text = await page.locator("#filing-text").inputValue();
    return text.split("\n").findIndex((l) => l.includes(code)) + 1;
  }
});
