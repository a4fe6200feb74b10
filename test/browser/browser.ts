import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium (apt-get install -y chromium); Playwright never downloads a browser here. */
export const CHROMIUM = "/usr/bin/chromium";

export const hasChromium = (): boolean => existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-gpu",
    ],
  });
}

/** The Office CDN, which the page asks for first. */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/";

/**
 * A browser context that reaches only `origin`: every other request is aborted (the Office CDN
 * included, so the page takes its offline path) unless `route` answers it, and is recorded.
 */
export async function offlineContext(
  browser: Browser,
  origin: string,
  route?: (url: string) => string | null,
): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({ viewport: { width: 380, height: 900 }, acceptDownloads: true });
  const blocked: string[] = [];
  await context.route(
    (url) => !url.href.startsWith(origin),
    async (r) => {
      const file = route?.(r.request().url()) ?? null;
      if (file) return r.fulfill({ path: file, contentType: "text/javascript" });
      blocked.push(r.request().url());
      return r.abort();
    },
  );
  return { context, blocked };
}

/**
 * Starts recording the pane's progress, one "value/max text" entry each time its text changes (a step
 * said twice is recorded twice); `progressSteps` reads what was recorded.
 */
export async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __steps: string[] }).__steps = seen;
    const bar = document.getElementById("import-progress") as HTMLProgressElement;
    const text = document.getElementById("progress-text")!;
    new MutationObserver(() => {
      if (text.textContent) seen.push(`${bar.value}/${bar.max} ${text.textContent}`);
    }).observe(text, { childList: true, characterData: true, subtree: true });
  });
}

export function progressSteps(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __steps: string[] }).__steps);
}
