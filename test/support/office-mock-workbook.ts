import { OfficeMockObject } from "office-addin-mock";
import { CallLedger, inert, tracked } from "./office-mock-calls";

/**
 * A small, stateful Excel for the Office.js writer's tests. Ranges, formats and conditional formats are
 * office-addin-mock objects, so what the writer assigns (`range.formulas = …`) lands as plain
 * properties to assert on; sheets, names and collections keep workbook state (renames followed by
 * names, as Excel does), reject what Excel rejects (duplicate or invalid names, a missing item, a
 * grid whose size differs from its range, deleting the last sheet), and load `items` only at sync.
 */

const A1 = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;
const COLUMNS = /^([A-Z]{1,3}):([A-Z]{1,3})$/;
const col = (letters: string): number => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
const letters = (n: number): string =>
  (n > 26 ? letters(Math.floor((n - 1) / 26)) : "") + String.fromCharCode(65 + ((n - 1) % 26));

/** Rows × columns of an A1 block; null when Excel would reject the address. */
export function blockSize(address: string): { row: number; column: number; rows: number; columns: number } | null {
  if (COLUMNS.test(address)) return { row: 1, column: 1, rows: 0, columns: 0 };
  const m = A1.exec(address);
  if (!m) return null;
  const [c1, r1, c2 = m[1]!, r2 = m[2]!] = [
    col(m[1]!),
    Number(m[2]),
    m[3] ? col(m[3]) : undefined,
    m[4] ? Number(m[4]) : undefined,
  ];
  return { row: r1, column: c1, rows: Number(r2) - r1 + 1, columns: (typeof c2 === "number" ? c2 : col(c2)) - c1 + 1 };
}

export interface MockSheet {
  readonly id: number;
  name: string;
  deleted: boolean;
  /** Every range object handed out, with what was assigned to it. */
  readonly ranges: Array<{ address: string; obj: any }>;
  readonly properties: Map<string, string>;
  frozenRows: number;
  readonly notes: Array<{ address: string; text: string }>;
  readonly comments: Array<{ address: string; text: string }>;
  activated: number;
}

export interface MockName {
  name: string;
  sheet: MockSheet | null;
  address: string;
  comment: string;
}

const quoted = (name: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
const absolute = (address: string): string => address.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
const validSheetName = (n: string): boolean =>
  n.length > 0 && n.length <= 31 && !/[:\\/?*[\]]/.test(n) && !/^'|'$/.test(n);

export class MockWorkbook {
  readonly ledger = new CallLedger();
  sheets: MockSheet[] = [];
  names: MockName[] = [];
  syncs = 0;
  /** Collections the worksheet objects lack, as in an Office.js older than the host (the package's copy has no notes). */
  missing = new Set<"notes" | "comments">();
  private nextId = 1;
  private loads: Array<() => void> = [];

  constructor(sheetNames: readonly string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.sheets.push(this.newSheet(name));
  }

  live(): MockSheet[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  sheet(name: string): MockSheet | undefined {
    return this.live().find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** A name's formula as Excel reports it ("='Secured Amounts'!$D$5", "=#REF!$D$5" once its sheet is gone). */
  formulaOf(n: MockName): string {
    if (!n.sheet) return n.address;
    return n.sheet.deleted ? `=#REF!${absolute(n.address)}` : `=${quoted(n.sheet.name)}!${absolute(n.address)}`;
  }

  /** Adds a name as a user would (e.g. a pre-existing name), bypassing the ledger. */
  define(name: string, sheet: string, address: string): void {
    this.names.push({ name, sheet: this.sheet(sheet) ?? null, address, comment: "" });
  }

  /**
   * A user's formula pointing at one cell of a sheet (`='Secured Amounts'!D40`), as Excel keeps it: bound
   * to the sheet, not its name. Reads what was last written there, or "#REF!" once the sheet is deleted.
   */
  reference(sheet: string, address: string): () => unknown {
    const target = this.sheet(sheet)!;
    return () => (target.deleted ? "#REF!" : this.cell(target.name, address));
  }

  /** The request context, as Excel.run would pass it. */
  context(): Excel.RequestContext {
    const led = this.ledger;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the sync below is a method of another object
    const wb = this;
    const worksheets = {
      load: () => this.queueLoad(() => (worksheetsItems = this.live().map((s) => this.sheetProxy(s, true)))),
      add: (name: string) => {
        if (!validSheetName(name) || this.sheet(name))
          return (
            led.reject(this.sheet(name) ? "ItemAlreadyExists" : "InvalidArgument", `worksheets.add(${name})`),
            inert()
          );
        const s = this.newSheet(name);
        this.sheets.push(s);
        return this.sheetProxy(s, false);
      },
      getItem: (name: string) => {
        const s = this.sheet(name);
        return s ? this.sheetProxy(s, false) : (led.reject("ItemNotFound", `worksheets.getItem(${name})`), inert());
      },
      get items(): unknown {
        if (!worksheetsItems) throw new Error("PropertyNotLoaded: worksheets.items read before load() + sync()");
        return worksheetsItems;
      },
    };
    let worksheetsItems: unknown[] | null = null;
    let namesItems: unknown[] | null = null;
    const names = {
      load: () =>
        this.queueLoad(
          () =>
            (namesItems = this.names.map((n) => ({ name: n.name, formula: this.formulaOf(n), comment: n.comment }))),
        ),
      add: (name: string, reference: any, comment?: string) => {
        if (
          this.names.some((n) => n.name.toLowerCase() === name.toLowerCase()) ||
          !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)
        )
          return (led.reject("InvalidArgument", `names.add(${name})`), inert());
        if (typeof reference === "string") {
          const m = /^='?((?:[^']|'')+?)'?!(\$?[A-Z]+\$?\d+)$/.exec(reference);
          const target = m ? this.sheet(m[1]!.replace(/''/g, "'")) : undefined;
          if (!m || !target) return (led.reject("InvalidArgument", `names.add(${name}, ${reference})`), inert());
          this.names.push({ name, sheet: target, address: m[2]!, comment: comment ?? "" });
        } else
          this.names.push({
            name,
            sheet: reference._sheet as MockSheet,
            address: reference._address as string,
            comment: comment ?? "",
          });
        return inert();
      },
      getItem: (name: string) => {
        const n = this.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
        if (!n) return (led.reject("ItemNotFound", `names.getItem(${name})`), inert());
        return tracked(
          {
            delete: () => void (this.names = this.names.filter((x) => x !== n)),
            getRange: () => (n.sheet && !n.sheet.deleted ? this.rangeObject(n.sheet, n.address) : inert()),
          },
          `names[${name}]`,
          led,
        );
      },
      get items(): unknown {
        if (!namesItems) throw new Error("PropertyNotLoaded: names.items read before load() + sync()");
        return namesItems;
      },
    };
    const context = {
      workbook: { worksheets, names },
      application: { suspendApiCalculationUntilNextSync() {}, suspendScreenUpdatingUntilNextSync() {} },
      async sync() {
        wb.syncs++;
        const error = led.settle();
        const loads = wb.loads;
        wb.loads = [];
        if (error) throw error;
        for (const load of loads) load();
      },
    };
    return tracked(context, "context", led) as unknown as Excel.RequestContext;
  }

  private queueLoad(load: () => void): void {
    this.loads.push(load);
  }

  private newSheet(name: string): MockSheet {
    return {
      id: this.nextId++,
      name,
      deleted: false,
      ranges: [],
      properties: new Map(),
      frozenRows: 0,
      notes: [],
      comments: [],
      activated: 0,
    };
  }

  private sheetProxy(s: MockSheet, loaded: boolean): unknown {
    const led = this.ledger;
    const customProperties = {
      add: (key: string, value: string) =>
        value.length > 255 || key.length > 255
          ? led.reject("InvalidArgument", "customProperties.add")
          : void s.properties.set(key, value),
      get items() {
        if (!loaded) throw new Error("PropertyNotLoaded: customProperties.items");
        return [...s.properties].map(([key, value]) => ({ key, value }));
      },
    };
    const target: Record<string, unknown> = {
      name: s.name,
      _sheet: s,
      customProperties,
      freezePanes: { freezeRows: (n: number) => void (s.frozenRows = n), unfreeze: () => void (s.frozenRows = 0) },
      notes: { add: (cell: any, text: string) => void s.notes.push({ address: cell._address, text }) },
      comments: { add: (cell: any, text: string) => void s.comments.push({ address: cell._address, text }) },
      getRange: (address?: string) => (address === undefined ? this.wholeSheet(s) : this.rangeObject(s, address)),
      copy: () => {
        let n = 2;
        while (this.sheet(`${s.name} (${n})`)) n++;
        const c = this.newSheet(`${s.name} (${n})`);
        c.ranges.push(...s.ranges);
        for (const [k, v] of s.properties) c.properties.set(k, v);
        c.notes.push(...s.notes);
        c.comments.push(...s.comments);
        c.frozenRows = s.frozenRows;
        this.sheets.push(c);
        return this.sheetProxy(c, false);
      },
      activate: () => void s.activated++,
      delete: () =>
        this.live().length <= 1
          ? led.reject("InvalidOperation", `delete last sheet ${s.name}`)
          : void (s.deleted = true),
    };
    for (const key of this.missing) delete target[key];
    return tracked(target, `sheet[${s.name}]`, led, (key, value) => {
      if (key !== "name") return true;
      const to = String(value);
      const clash = this.sheet(to);
      if (!validSheetName(to) || (clash && clash !== s))
        return (led.reject("InvalidArgument", `rename ${s.name} → ${to}`), false);
      s.name = to;
      return true;
    });
  }

  /** `worksheet.getRange()`: the whole sheet, to clear or to copy into. */
  private wholeSheet(s: MockSheet): unknown {
    return tracked(
      {
        _sheet: s,
        clear: () => {
          s.ranges.length = 0;
          s.notes.length = 0;
          s.comments.length = 0;
        },
        conditionalFormats: { clearAll: () => undefined },
        copyFrom: (source: { _sheet: MockSheet }) => {
          const from = source._sheet;
          s.ranges.push(...from.ranges);
          s.notes.push(...from.notes);
          s.comments.push(...from.comments);
        },
      },
      `${s.name}!(all)`,
      this.ledger,
    );
  }

  private rangeObject(s: MockSheet, address: string): unknown {
    const led = this.ledger;
    const size = blockSize(address);
    if (!size) return (led.reject("InvalidArgument", `getRange(${address})`), inert());
    const conditionalFormats: any[] = [];
    const obj: any = new OfficeMockObject({
      address,
      format: { font: {}, fill: {}, borders: { getItem: (edge: string) => (obj.format.borders[edge] ??= {}) } },
      conditionalFormats: {
        add: (type: string) => {
          // Only what the writer assigns is asserted on; the type is kept aside (a declared scalar would read "not loaded").
          const cf = Object.assign(new OfficeMockObject({ custom: { rule: {}, format: { font: {}, fill: {} } } }), {
            _type: type,
          });
          conditionalFormats.push(cf);
          return cf;
        },
      },
      select: () => undefined,
    });
    Object.assign(obj, { _sheet: s, _address: address, _conditionalFormats: conditionalFormats });
    Object.defineProperty(obj, "worksheet", { get: () => this.sheetProxy(s, false) });
    s.ranges.push({ address, obj });
    return tracked(obj, `${s.name}!${address}`, led, (key, value) => {
      if ((key === "formulas" || key === "numberFormat") && Array.isArray(value)) {
        const fits = value.length === size.rows && value.every((r) => Array.isArray(r) && r.length === size.columns);
        if (!fits)
          return (
            led.reject("InvalidArgument", `${s.name}!${address}.${key} is ${value.length}×${value[0]?.length}`),
            false
          );
      }
      return true;
    });
  }

  /** What was last written to one cell through `formulas` (A1 address, no sheet). */
  cell(sheet: string, address: string, key: "formulas" | "numberFormat" = "formulas"): unknown {
    const target = blockSize(address)!;
    let found: unknown;
    for (const { address: block, obj } of this.sheet(sheet)?.ranges ?? []) {
      const b = blockSize(block)!;
      const grid = obj[key];
      const r = target.row - b.row;
      const c = target.column - b.column;
      if (Array.isArray(grid) && r >= 0 && c >= 0 && r < b.rows && c < b.columns) found = grid[r][c];
    }
    return found;
  }

  /** The ranges of a sheet whose `key` was assigned, as [address, value]. */
  assigned(sheet: string, key: string): Array<[string, any]> {
    return (this.sheet(sheet)?.ranges ?? [])
      .filter((r) => key in r.obj && !String(r.obj[key]).startsWith("Error, property"))
      .map((r) => [r.address, r.obj[key]]);
  }

  static cellName = (row: number, column: number): string => `${letters(column)}${row}`;
}
