/**
 * Office.js semantics the fake workbook needs beyond office-addin-mock: every method call and
 * property assignment the code under test makes is one counted call; a failure can be injected at
 * call N. As in Excel, a batch runs up to the failing operation, skips the rest, and the next
 * `context.sync()` rejects with the error (an OfficeExtension.Error-like object).
 */
export interface FakeExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly errorLocation: string };
}

export function excelError(
  code: string,
  location: string,
  message = `${code} (injected or simulated)`,
): FakeExcelError {
  return Object.assign(new Error(message), { code, debugInfo: { errorLocation: location } });
}

export class CallLedger {
  calls = 0;
  /** The 1-based calls that fail (each once). */
  failAt = new Set<number>();
  /** Set from the failing call until the next sync. */
  pending: FakeExcelError | null = null;
  readonly log: string[] = [];

  /** Counts a call; false when it must not take effect (it failed, or an earlier call of the batch did). */
  tick(what: string): boolean {
    this.calls++;
    this.log.push(what);
    if (this.pending) return false;
    if (this.failAt.has(this.calls)) {
      this.pending = excelError("GeneralException", what);
      return false;
    }
    return true;
  }

  /** A call the fake itself rejects (an invalid argument, a missing item): the rest of the batch is skipped. */
  reject(code: string, what: string): void {
    if (!this.pending) this.pending = excelError(code, what);
  }

  /** Called at the end of each batch with its error (null when it succeeded): tests use it to fail the next batch too. */
  onSettle: ((error: FakeExcelError | null) => void) | null = null;

  /** Ends a batch: the error of a failed one, else null. */
  settle(): FakeExcelError | null {
    const error = this.pending;
    this.pending = null;
    this.onSettle?.(error);
    return error;
  }
}

/** Absorbs anything done to an object queued after a failure (`ws.getRange(...).format.font.bold = true`). */
export function inert(): unknown {
  const target = function () {};
  // Not thenable: code that awaits something queued after a failure must not hang.
  const proxy: unknown = new Proxy(target, {
    get: (_t, key) => (key === "then" ? undefined : proxy),
    set: () => true,
    apply: () => proxy,
  });
  return proxy;
}

/**
 * Wraps an object so that each method call and each assignment is a counted call; nested objects
 * (range.format.font) are wrapped too. `onSet` may veto an assignment by returning false.
 */
const proxies = new WeakSet<object>();

/** Calls that are not operations of a batch: `sync` ends one. */
const UNCOUNTED = new Set(["sync", "then"]);

export function tracked<T extends object>(
  target: T,
  label: string,
  ledger: CallLedger,
  onSet?: (key: string, value: unknown) => boolean,
): T {
  const cache = new Map<PropertyKey, unknown>();
  const wrap = (result: unknown, name: string): unknown =>
    result && typeof result === "object" && !Array.isArray(result) && !proxies.has(result)
      ? tracked(result, name, ledger)
      : result;
  const proxy = new Proxy(target, {
    get(obj, key, receiver) {
      const value: unknown = Reflect.get(obj, key, receiver);
      if (typeof key === "symbol" || key.startsWith("_")) return value;
      if (typeof value === "function" && UNCOUNTED.has(key)) return (value as (...a: unknown[]) => unknown).bind(obj);
      if (typeof value === "function")
        return (...args: unknown[]) =>
          ledger.tick(`${label}.${key}()`)
            ? wrap((value as (...a: unknown[]) => unknown).apply(obj, args), `${label}.${key}()`)
            : inert();
      if (!value || typeof value !== "object" || Array.isArray(value) || proxies.has(value)) return value;
      if (!cache.has(key)) cache.set(key, tracked(value, `${label}.${key}`, ledger));
      return cache.get(key);
    },
    set(obj, key, value, receiver) {
      if (typeof key === "symbol") return Reflect.set(obj, key, value, receiver);
      if (!ledger.tick(`${label}.${key}=`)) return true;
      if (onSet && !onSet(key, value)) return true;
      return Reflect.set(obj, key, value, receiver);
    },
  });
  proxies.add(proxy);
  return proxy;
}
