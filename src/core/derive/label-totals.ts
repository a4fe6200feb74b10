import { lineMeaning, ownLine, type Row } from "./rows";

/**
 * "Total funds in separate section 30.7 accounts" (line 8) prints no instruction, but it closes a
 * group whose earlier lines are inputs and subtotals: it is the sum of lines 1 through 7. Only from
 * line 3 on, so that the 2013 summary's "2. Total funds …" (a figure carried from the funds) is not
 * mistaken for the sum of line 1. Every earlier line of the group must be printed, name its figures
 * (its subtotal, or all of them; not a line that prints several figures each right after another),
 * and not be a printed total itself, which would be counted twice.
 *
 * Each group's lines are read once, from line 1 on, and kept as a run of parts that a later total of
 * the group starts from, so a statement of many thousand lines is not read again for every "Total"
 * label in it. A total once derived is itself a total: `taken` ends the run before its line.
 */
export class LabelTotals {
  private readonly runs = new Map<number, Run>();
  private byCode: Map<string, Row[]> | undefined;

  constructor(
    private readonly rows: readonly Row[],
    /** The codes that already have a rule; grows as totals are derived, and `taken` is told of each. */
    private readonly targets: ReadonlySet<string>,
  ) {}

  /** The codes `row` adds when it is such a total, else null. */
  parts(row: Row): readonly string[] | null {
    if (row.subtotal || !/^\s*total\b/i.test(row.line.label) || !/^\d+$/.test(row.line.line) || row.number < 3)
      return null;
    const run = this.run(row.group);
    const lines = row.number - 1;
    while (run.ends.length < lines && run.ends.length + 1 < run.stop) this.extend(run, row.group);
    return run.ends.length < lines ? null : run.codes.slice(0, run.ends[lines - 1]);
  }

  /** `row` has just been given a rule: a line whose figures include it can no longer be a part. */
  taken(row: Row): void {
    this.byCode ??= codeIndex(this.rows);
    for (const same of this.byCode.get(row.code) ?? []) {
      const run = this.runs.get(same.group);
      // A run not yet read that far finds the line taken when it gets there.
      if (!run || same.subtotal || !(same.number < run.stop)) continue;
      const own = ownLine(this.rows, same.group, same.number);
      if (own && lineMeaning(own)?.includes(same)) cut(run, same.number);
    }
  }

  private run(group: number): Run {
    let run = this.runs.get(group);
    if (!run) this.runs.set(group, (run = { codes: [], ends: [], stop: Infinity }));
    return run;
  }

  /** Reads the group's next line into its run, or ends the run there. */
  private extend(run: Run, group: number): void {
    const n = run.ends.length + 1;
    const own = ownLine(this.rows, group, n);
    const figures = own && lineMeaning(own);
    if (!figures || figures.some((f) => this.targets.has(f.code) && !f.subtotal)) {
      run.stop = n;
      return;
    }
    for (const f of figures) run.codes.push(f.code);
    run.ends.push(run.codes.length);
  }
}

/** Ends the run before line `n`, which is no longer a part. */
function cut(run: Run, n: number): void {
  run.stop = n;
  if (run.ends.length >= n) {
    run.ends.length = n - 1;
    run.codes.length = n > 1 ? run.ends[n - 2]! : 0;
  }
}

/**
 * Lines 1, 2, … of a group as parts: their codes in order, where each line ends in them, and the
 * first line that is not one (Infinity until one is found).
 */
interface Run {
  readonly codes: string[];
  readonly ends: number[];
  stop: number;
}

function codeIndex(rows: readonly Row[]): Map<string, Row[]> {
  const index = new Map<string, Row[]>();
  for (const row of rows) {
    const same = index.get(row.code);
    if (same) same.push(row);
    else index.set(row.code, [row]);
  }
  return index;
}
