import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import { runOps } from "../../src/excel/run-ops";
import type { Op } from "../../src/excel/ops";

/**
 * The request Excel on the web would receive, measured with Microsoft's own serializer: the
 * `@microsoft/office-js` package's Excel script, loaded into a Node `vm` context with a stub window
 * and document, defines `Excel.RequestContext`. A context given a request executor that captures the
 * message body (and then rejects) turns queued calls into exactly the JSON that `context.sync()` sends.
 * Its Excel script is an older one than the CDN's: `worksheet.notes` is undefined there, as on some hosts.
 */

const SCRIPT = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");

/** The global of the context the script ran in: `Excel`, `OfficeExtension`. */
type OfficeGlobal = { Excel: { RequestContext: new () => unknown } };

let loaded: OfficeGlobal | null = null;

function officeJs(): OfficeGlobal {
  if (loaded) return loaded;
  const noop = (): void => undefined;
  const element = (): unknown => ({ style: {}, setAttribute: noop, appendChild: noop });
  const document = {
    readyState: "complete",
    getElementsByTagName: () => [],
    querySelectorAll: () => [],
    createElement: element,
    addEventListener: noop,
    head: { appendChild: noop },
    body: { appendChild: noop },
  };
  const window: Record<string, unknown> = {
    document,
    addEventListener: noop,
    removeEventListener: noop,
    location: { href: "https://localhost/", search: "", hash: "" },
    navigator: { userAgent: "node" },
    setTimeout,
    clearTimeout,
    console: { ...console, log: noop, warn: noop, info: noop },
  };
  window.window = window;
  window.self = window;
  const context = createContext(window);
  runInContext(readFileSync(SCRIPT, "utf8"), context, { filename: SCRIPT });
  loaded = context as unknown as OfficeGlobal;
  return loaded;
}

/** A fresh request context of the real Office.js, and the body of the request its next sync sends. */
export function capturingContext(): { context: Excel.RequestContext; body: () => string | null } {
  const context = new (officeJs().Excel.RequestContext)() as Excel.RequestContext & { _requestExecutor: unknown };
  let body: string | null = null;
  context._requestExecutor = {
    executeAsync: (_custom: unknown, _flags: unknown, message: { Body: unknown }) => {
      body = JSON.stringify(message.Body);
      return Promise.reject(new Error("captured, not sent"));
    },
  };
  return { context, body: () => body };
}

/** Bytes (UTF-8) of the request that the calls `queue` makes would send in one `context.sync()`; 0 when none. */
export async function requestBytes(queue: (context: Excel.RequestContext) => void): Promise<number> {
  const { context, body } = capturingContext();
  queue(context);
  await context.sync().catch(() => undefined);
  const sent = body();
  return sent === null ? 0 : Buffer.byteLength(sent, "utf8");
}

/** Bytes of the request one batch of operations makes, queued by the writer's own `runOps`. */
export const batchBytes = (ops: readonly Op[]): Promise<number> => requestBytes((context) => runOps(context, ops));
