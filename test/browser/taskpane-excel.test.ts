import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { hasChromium, launchChromium, OFFICE_CDN, offlineContext, progressSteps, recordProgress } from "./browser";
import { serveFolder, type StaticServer } from "./static-server";
import { needsTool } from "../support/needs-tool";

const ROOT = join(__dirname, "..", "..");
const SAMPLE = readFileSync(
  join(ROOT, "assets", "samples", "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"),
  "utf8",
);
const FLAGGED = SAMPLE.replace("<u>607,099,712</u></b> [7740]", "<u>607,099,812</u></b> [7740]");
const FAKE_OFFICE = join(__dirname, "fake-office.js");

/**
 * The built pane's in-Excel path, with Office.js replaced (at its CDN address) by a recording stand-in:
 * what the pane says and which calls reach Excel. What Excel does with them is the office-addin-mock
 * tests' subject (test/unit/excel-*.test.ts).
 */
describe("task pane in Chromium, as if inside Excel (Office.js stand-in)", function () {
  this.timeout(60000);
  let server: StaticServer;
  let browser: Browser;

  before(async function () {
    needsTool(this, hasChromium(), "/usr/bin/chromium not found");
    assert.ok(existsSync(join(ROOT, "dist", "taskpane.html")), "dist/ is built");
    server = await serveFolder(join(ROOT, "dist"));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(hash = ""): Promise<Page> {
    const { context } = await offlineContext(browser, server.origin, (url) =>
      url === `${OFFICE_CDN}lib/1/hosted/office.js` ? FAKE_OFFICE : null,
    );
    const page = await context.newPage();
    await page.goto(`${server.origin}/taskpane.html#${hash}`);
    await page.locator('#host-status[data-host="excel"]').waitFor();
    await page.getByLabel("Filing text").fill(FLAGGED);
    return page;
  }
  const calls = (page: Page) =>
    page.evaluate(() => (window as unknown as { __excel: { calls: string[] } }).__excel.calls);

  it("says it is in Excel, imports in two round trips, and a finding selects its cell by name", async () => {
    const page = await open();
    assert.match(await page.locator("#host-status").innerText(), /^In Excel \(ExcelApi 1\.18\)/);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page
      .locator("#outcome")
      .getByText(/^Imported 4 sheets/)
      .waitFor();
    assert.match(
      await page.locator("#outcome").innerText(),
      /Imported 4 sheets \(Summary, Secured Amounts, Segregation, Sequestration\), in 2 round trips to Excel\./,
    );
    const made = await calls(page);
    assert.equal(made.filter((c) => c === "sync").length, 2);
    assert.ok(made.includes("context.workbook.worksheets.add(Secured Amounts)"));
    assert.ok(
      made.some((c) => c.startsWith("context.workbook.names.add(SEC_7740,")),
      "names are added",
    );
    assert.match(await page.locator("#headline").innerText(), /2 figures do not tie/, "the check's headline stays");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "import-button");
    const finding = page.locator("#findings button.finding").first();
    assert.match((await finding.getAttribute("title")) ?? "", /^Select SEC_7740, this figure's cell, in the workbook/);
    await finding.click();
    await page.waitForFunction(() =>
      (window as unknown as { __excel: { calls: string[] } }).__excel.calls.includes(
        "context.workbook.names.getItem(SEC_7740)",
      ),
    );
    assert.equal(await page.locator("#import-progress").isHidden(), true);
    await page.context().close();
  });

  it("a user's sheet in the way: says what to do, writes nothing", async () => {
    const page = await open("sheets=Summary");
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page
      .locator("#outcome")
      .getByText(/already has a sheet named 'Summary'/)
      .waitFor();
    assert.ok(!(await calls(page)).some((c) => c.includes("worksheets.add")));
    assert.equal(await page.locator("#replace-button").isHidden(), true);
    await page.context().close();
  });

  it("Excel rejects the batch: says so, and that the import was undone", async () => {
    const page = await open("fail");
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page
      .locator("#outcome")
      .getByText(/InvalidArgument/)
      .waitFor();
    assert.match(
      await page.locator("#outcome").innerText(),
      /Excel reported InvalidArgument: The argument is invalid\. Excel rejected a value the import sent\. The import was undone/,
    );
    assert.equal(await page.getByRole("button", { name: "Import", exact: true }).isEnabled(), true);
    await page.context().close();
  });

  it("follows a dark Office theme: Office's background and text colours, the dark palette", async () => {
    const page = await open("theme=dark");
    assert.equal(await page.locator("html").getAttribute("data-theme"), "dark");
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return [style.backgroundColor, style.color];
    });
    assert.deepEqual(colours, ["rgb(38, 38, 38)", "rgb(255, 255, 255)"]);
    await page.context().close();
  });

  it("two filings: one progress step per filing, then reading and writing the workbook", async () => {
    const page = await open();
    const twoDays = `${FLAGGED}\n\n${FLAGGED.replace(/End Date:6\/18\/2013/g, "End Date:6/19/2013")}`;
    await page.getByLabel("Filing text").fill(twoDays);
    await recordProgress(page);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page
      .locator("#outcome")
      .getByText(/^Imported /)
      .waitFor();
    assert.deepEqual(await progressSteps(page), [
      "1/4 Checking filing 1 of 2: 1. Citigroup Global Markets Inc. · 2013-06-18 (amendment)…",
      "2/4 Checking filing 2 of 2: 2. Citigroup Global Markets Inc. · 2013-06-19 (amendment)…",
      "2/4 Reading the workbook's sheets and names…",
      "3/4 Writing the sheets of 2 filings…",
    ]);
    assert.equal(await page.locator("#progress-block").isHidden(), true);
    await page.context().close();
  });
});
