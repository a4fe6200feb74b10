import type { ApiSupport } from "../excel";

/** Where the pane runs, and what the host can do. */
export type HostInfo =
  | {
      readonly inExcel: true;
      readonly supports: ApiSupport;
      readonly api: string;
      /** Office's theme colours; null when the host does not say (the pane then follows the system). */
      readonly theme: PaneTheme | null;
    }
  /** `reason`: a phrase that completes "Outside Excel: …". */
  | { readonly inExcel: false; readonly reason: string };

/** The copy of Office.js that the build puts beside the page (see webpack.config.js). */
const LOCAL_OFFICE_JS = "office-js/office.js";

/** How long to wait for Office.onReady before concluding that no Office host is there. */
const READY_TIMEOUT_MS = 8000;

function loadScript(src: string): Promise<boolean> {
  return new Promise((resolve) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve(true);
    script.onerror = () => resolve(false);
    document.head.append(script);
  });
}

/** The highest ExcelApi 1.x the host reports, for the status line. */
function highestApi(supports: ApiSupport): string {
  let minor = 1;
  while (minor < 40 && supports(`1.${minor + 1}`)) minor++;
  return `1.${minor}`;
}

/**
 * Waits for Office.js. The page's script tag loads it from Microsoft's CDN; when that did not load
 * (offline, blocked, tests), the pane loads the copy served beside it. Outside an Office host,
 * Office.onReady resolves with no host (after about half a second). When it has not resolved within
 * READY_TIMEOUT_MS the pane goes on as outside Excel, but keeps listening: a slow host's late answer
 * calls `onHost` a second time, with what it says.
 */
export async function connectOffice(
  onHost: (info: HostInfo) => void,
  readyTimeoutMs: number = READY_TIMEOUT_MS,
): Promise<void> {
  if (typeof Office === "undefined") {
    // Office.js finds its own folder from the first script tag naming office.js, and loads its other
    // files from there: the failed CDN tag must go, or the local copy looks for them on the CDN.
    for (const tag of document.querySelectorAll('script[src*="appsforoffice.microsoft.com"]')) tag.remove();
    if (!(await loadScript(LOCAL_OFFICE_JS)))
      return onHost({ inExcel: false, reason: "Office.js could not be loaded" });
  }
  let answered = false;
  const timer = setTimeout(() => {
    if (!answered) onHost({ inExcel: false, reason: "Office did not answer" });
  }, readyTimeoutMs);
  const info = await Office.onReady();
  answered = true;
  clearTimeout(timer);
  onHost(hostInfo(info));
}

function hostInfo(info: { host: Office.HostType | null }): HostInfo {
  if (info.host !== Office.HostType.Excel)
    return { inExcel: false, reason: info.host ? `opened in ${String(info.host)}, not Excel` : "opened in a browser" };
  const supports: ApiSupport = (version) => Office.context.requirements.isSetSupported("ExcelApi", version);
  // No fallback to Download .xlsx for an older Excel: the manifest keeps the pane out of any Excel
  // below MANIFEST_API, and were it sideloaded into one, Import itself says what is missing.
  return { inExcel: true, supports, api: highestApi(supports), theme: officeTheme() };
}

/** Office.context.officeTheme, which some hosts leave undefined or refuse to read. */
function officeTheme(): PaneTheme | null {
  try {
    return themeOf(Office.context.officeTheme);
  } catch {
    return null;
  }
}

/** The colours the pane takes from Office, and whether they make a dark pane. */
export interface PaneTheme {
  readonly dark: boolean;
  readonly background: string;
  readonly text: string;
}

const HEX = /^#?([0-9a-f]{6})$/i;

/** Office's theme → the pane's; null when Office gave none or colours it could not read. */
export function themeOf(theme: Partial<Office.OfficeTheme> | undefined): PaneTheme | null {
  const background = HEX.exec(theme?.bodyBackgroundColor ?? "")?.[1];
  const text = HEX.exec(theme?.bodyForegroundColor ?? "")?.[1];
  if (!background || !text) return null;
  const channels = [0, 2, 4].map((i) => parseInt(background.slice(i, i + 2), 16) / 255);
  // Relative luminance (WCAG): below about 0.2 reads as a dark surface.
  const linear = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
  return { dark: luminance < 0.2, background: `#${background}`, text: `#${text}` };
}

/**
 * Calls back when the user switches Office's theme, where the host reports it (not every Excel
 * does: there the pane keeps the theme it opened with).
 */
export function onThemeChange(callback: (theme: PaneTheme | null) => void): void {
  try {
    const event = Office.EventType?.OfficeThemeChanged;
    if (!event || !Office.context.document?.addHandlerAsync) return;
    Office.context.document.addHandlerAsync(event, (args: Office.OfficeThemeChangedEventArgs) =>
      callback(themeOf(args.officeTheme)),
    );
  } catch {
    // A host without the event: the theme read at start stays.
  }
}
