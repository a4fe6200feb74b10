import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkFiling, parseInput, type Filing, type Finding } from "../../src/core";
import { copiesOf, respell, SOURCES, type Copy } from "../support/copies";
import { plant } from "../support/filing-variants";

/**
 * The trust rule on copies made the ways accountants get a filing: every copy reads to the same
 * filings, header fields and figures as the original and gives the same findings; a wrong figure
 * planted before the copy was made is flagged on its total whatever the copy; a figure that cannot
 * be read is an error, never a clean result.
 */
const FIXTURES = path.join(__dirname, "..", "fixtures");
const FILINGS = [
  {
    name: "the 2013 sample",
    text: readFileSync(path.join(FIXTURES, "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt"), "utf8"),
    plant: { code: "7010", flags: "7040" },
    unreadable: "7020",
  },
  {
    name: "the later layout",
    text: readFileSync(path.join(FIXTURES, "later", "daily-seg-later.txt"), "utf8"),
    plant: { code: "7315", flags: "7345" },
    unreadable: "7317",
  },
] as const;

interface Reading {
  readonly filings: readonly unknown[];
  readonly findings: readonly string[];
}

function read(copy: Pick<Copy, "text" | "fileName">): Reading {
  const { filings } = parseInput(copy.text, { fileName: copy.fileName });
  return {
    filings: filings.map(summary),
    findings: filings.flatMap((f) => checkFiling(f).map(findingKey)).sort(),
  };
}

function summary(f: Filing): unknown {
  return {
    header: [f.firm, f.form, f.endDate, f.submitDate, f.amendment],
    statements: f.statements.map((s) => ({
      kind: s.kind,
      coded: s.lines
        .filter((l) => l.code !== null)
        .map((l) => `${l.code}=${l.value}`)
        .sort(),
      uncoded: s.lines.filter((l) => l.code === null).map((l) => l.value),
    })),
  };
}

const findingKey = (f: Finding): string => `${f.severity} ${f.rule} [${f.code}]`;

function unreadable(text: string, code: string): string {
  const pattern = new RegExp(`(<u>)[-\\d,]+(</u>(?:</b>)? \\[${code}\\])`);
  assert.ok(pattern.test(text), `[${code}] is printed`);
  return text.replace(pattern, "$1N/A$2");
}

for (const filing of FILINGS)
  describe(`real copies of ${filing.name}`, () => {
    const original = read({ text: filing.text, fileName: "filing.txt" });

    it("the original reads cleanly (the reference every copy is held to)", () => {
      assert.ok(original.filings.length > 0);
      assert.ok(!original.findings.some((f) => f.startsWith("error")), original.findings.join("; "));
    });

    it(`every copy reads to the same filings, figures and findings (${copiesOf(filing.text).length} copies)`, () => {
      const wrong = copiesOf(filing.text).flatMap((copy) => {
        const got = read(copy);
        const problems: string[] = [];
        if (JSON.stringify(got.filings) !== JSON.stringify(original.filings)) problems.push("figures or header differ");
        const added = got.findings.filter((f) => !original.findings.includes(f));
        const lost = original.findings.filter((f) => !got.findings.includes(f));
        if (added.length) problems.push(`${added.length} findings added (${added.slice(0, 3).join(", ")}…)`);
        if (lost.length) problems.push(`lost ${lost.join(", ")}`);
        return problems.length ? [`${copy.name}: ${problems.join("; ")}`] : [];
      });
      assert.deepEqual(wrong, [], `${wrong.length} copies not read exactly`);
    });

    it("a wrong figure planted before copying is flagged on its total, and only there, in every copy", () => {
      const planted = plant(filing.text, filing.plant.code, 100);
      const wrong = SOURCES.flatMap((source) => {
        const got = read(source.make(planted)).findings;
        const added = got.filter((f) => !original.findings.includes(f));
        return added.length === 1 && added[0]!.startsWith("error") && added[0]!.endsWith(`[${filing.plant.flags}]`)
          ? []
          : [`${source.name}: ${added.length} added (${added.slice(0, 3).join(", ")})`];
      });
      assert.deepEqual(wrong, []);
    });

    it("a figure that cannot be read is an error on its code in every copy, never a clean result", () => {
      const text = unreadable(filing.text, filing.unreadable);
      const wrong = SOURCES.flatMap((source) => {
        const got = read(source.make(text)).findings;
        return got.some((f) => f.startsWith("error") && f.endsWith(`[${filing.unreadable}]`))
          ? []
          : [`${source.name}: ${got.filter((f) => f.startsWith("error")).join(", ") || "no error"}`];
      });
      assert.deepEqual(wrong, []);
    });

    it("the copies change the text (a copy equal to its original would test nothing)", () => {
      assert.equal(
        respell(filing.text, (raw) => raw),
        filing.text,
      );
      const changed = copiesOf(filing.text).filter((c) => c.text !== filing.text);
      assert.equal(changed.length, copiesOf(filing.text).length - 1, "only the saved text as printed is the original");
    });
  });
