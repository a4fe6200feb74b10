/**
 * Deterministic variations of the sample filing for the scale and Excel measurements: other firms,
 * other dates, other figures, and in some filings one figure made wrong on purpose. The same seed
 * always gives the same texts, so two runs of the bench measure the same input.
 */

/** mulberry32: tiny, fast and good enough to vary test data; Math.random cannot be seeded. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRMS = [
  "Citigroup Global Markets Inc.",
  "Goldman Sachs & Co. LLC",
  "J.P. Morgan Securities LLC",
  "Morgan Stanley & Co. LLC",
  "Merrill Lynch, Pierce, Fenner & Smith Incorporated",
  "Barclays Capital Inc.",
  "Wells Fargo Securities, LLC",
  "RJ O'Brien & Associates LLC",
  "ADM Investor Services, Inc.",
  "Marex North America LLC",
];

/**
 * A figure as the NFA pages print it: thousands separators, a leading minus. One formatter for every
 * figure: `toLocaleString` builds one per call, which made generating the filings a large share of the bench.
 */
const FIGURE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const printed = (n: number): string => FIGURE.format(n);

/** m/d/yyyy, as the header prints dates. */
const usDate = (d: Date): string => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;

/** Every coded figure: "<u>1,234</u></b> [7360]". */
const CODED_FIGURE = /(<u>)(-?[\d,]+)(<\/u>(?:<\/b>)? \[\d{4}\])/g;

export interface GeneratedFiling {
  readonly text: string;
  /** True when one figure was changed so that at least one printed total no longer ties. */
  readonly planted: boolean;
}

export interface GenerateOptions {
  readonly seed: number;
  /** Share of filings with a planted error. */
  readonly errorRate?: number;
  /** First end date; filing i ends i days later. */
  readonly firstDay?: string;
}

/**
 * `count` filings derived from `sample`. Figures are the sample's times a whole factor 1–9: every sum,
 * difference, greater-of and sign rule is linear or scale-free, so an unplanted filing ties exactly as
 * the sample does, and a planted one differs from it by one figure.
 */
export function generateFilings(sample: string, count: number, options: GenerateOptions): GeneratedFiling[] {
  const out: GeneratedFiling[] = [];
  for (const filing of filingStream(sample, options)) {
    if (out.length === count) break;
    out.push(filing);
  }
  return out;
}

/** The same filings one at a time, without end: a caller can read a month and let it go before the next. */
export function* filingStream(sample: string, options: GenerateOptions): Generator<GeneratedFiling> {
  const random = seededRandom(options.seed);
  const errorRate = options.errorRate ?? 0.1;
  const first = Date.parse(`${options.firstDay ?? "2013-01-02"}T00:00:00Z`);
  const figureCount = [...sample.matchAll(CODED_FIGURE)].length;
  for (let i = 0; ; i++) {
    const factor = 1 + Math.floor(random() * 9);
    const firm = FIRMS[Math.floor(random() * FIRMS.length)]!;
    const planted = random() < errorRate;
    const wrongFigure = planted ? Math.floor(random() * figureCount) : -1;
    const error = 1 + Math.floor(random() * 100_000);
    const end = new Date(first + i * 86_400_000);
    const submit = new Date(end.getTime() + 86_400_000);
    let figure = 0;
    const text = sample
      .replace(CODED_FIGURE, (_m, open: string, raw: string, close: string) => {
        const value = Number(raw.replace(/,/g, "")) * factor + (figure++ === wrongFigure ? error : 0);
        return `${open}${printed(value)}${close}`;
      })
      .replace(/Firm Name:[^*\n]*/g, `Firm Name:${firm}`)
      .replace(/End Date:[\d/]+/g, `End Date:${usDate(end)}`)
      .replace(/Submit Date:[\d/]+/g, `Submit Date:${usDate(submit)}`);
    yield { text, planted };
  }
}

/**
 * Joins filings into the texts a user would paste or open: one per month of daily filings (31), the
 * batch the bench is about ("a controller loads a month of daily filings"). It also keeps every text far
 * under the reader's 20 MiB input limit, which 10,000 filings in one text (80 MB) would exceed.
 */
export function monthlyTexts(filings: readonly GeneratedFiling[], perText = 31): string[] {
  const texts: string[] = [];
  for (let i = 0; i < filings.length; i += perText)
    texts.push(
      filings
        .slice(i, i + perText)
        .map((f) => f.text)
        .join("\n\n"),
    );
  return texts;
}
