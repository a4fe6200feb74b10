import assert from "node:assert/strict";
import fc from "fast-check";
import { catalog, type CatalogLine, type StatementForm } from "../../src/core/forms";
import { SourceLine } from "../../src/core/parse/normalize";
import { StatementBuilder } from "../../src/core/parse/statement-builder";

/**
 * A statement finds its form's lines in maps made once per form (a code's line, an uncoded line by its
 * id, the coded lines in order with their code's place). Each must answer as a walk over the form's
 * sections does: the first line of a code or id counts, and every catalogued line whose code the text
 * never printed is missing, in the form's order.
 */
const catalogLines = (form: StatementForm) => form.sections.flatMap((s) => s.lines.map((line) => ({ s, line })));
const source = (n: number): SourceLine => new SourceLine(n, `line ${n}`, `line ${n}`, false);

/**
 * Versions of a form with their lines drawn from a few ids and codes, so that a code or an uncoded id
 * can stand twice in a version, and the versions of a kind can differ in which lines are uncoded.
 */
const IDS = ["1", "2", "5.A", "5.B", "12.A", ""];
const CODES = ["7010", "7020", "7030", "7040"];
const catalogLine = fc
  .record({
    id: fc.constantFrom(...IDS),
    code: fc.option(fc.constantFrom(...CODES), { freq: 2 }),
    uncoded: fc.boolean(),
  })
  .map(({ id, code, uncoded }) => ({
    line: id,
    label: `Label ${id}`,
    code,
    uncoded: code === null && uncoded,
    confirmed: true,
  }));
const base = catalog[0]!;
const versions = fc.array(fc.array(fc.array(catalogLine, { maxLength: 5 }), { minLength: 1, maxLength: 3 }), {
  minLength: 1,
  maxLength: 2,
});
const formsOf = (drawn: readonly (readonly CatalogLine[][])[]): readonly StatementForm[] =>
  drawn.map((sections, v) => ({
    ...base,
    version: `v${v}`,
    markers: CODES.slice(v, v + 1),
    sections: sections.map((lines, i) => ({ id: `s${i}`, headings: [], lines })),
  }));

describe("a statement's lines found in its form", () => {
  it("tells an id of an uncoded line as a walk over every version's lines does", () => {
    fc.assert(
      fc.property(versions, (drawn) => {
        const forms = formsOf(drawn);
        const builder = new StatementBuilder(base.kind, "Title", forms, source(1));
        for (const id of [...IDS, "99"])
          assert.equal(
            builder.printsUncoded(id),
            forms.some((f) => catalogLines(f).some(({ line }) => line.uncoded && line.line === id)),
            id,
          );
      }),
      { numRuns: 300 },
    );
  });

  it("reports figures and names missing lines as a walk over the chosen form's sections does", () => {
    const figure = fc.record({
      code: fc.option(fc.constantFrom(...CODES, "9999"), { freq: 2 }),
      id: fc.constantFrom(...IDS, "99"),
      value: fc.integer(),
      label: fc.constantFrom("", "Label 1", "Cash"),
      section: fc.constantFrom(null, "s0", "s1"),
      subtotal: fc.boolean(),
    });
    fc.assert(
      fc.property(versions, fc.array(figure, { maxLength: 12 }), (drawn, printed) => {
        const forms = formsOf(drawn);
        const builder = new StatementBuilder(base.kind, "Title", forms, source(1));
        printed.forEach((p, i) =>
          builder.addFigure(
            { raw: String(p.value), value: p.value, code: p.code },
            p.id,
            p.label,
            p.section,
            source(i + 2),
            p.subtotal,
          ),
        );
        const { statement } = builder.finish();
        const lines = catalogLines(forms.find((f) => f.version === statement.version)!);
        const read = new Set(printed.flatMap((p) => p.code ?? []));
        assert.deepEqual(
          statement.missing,
          lines.flatMap(({ line }) => (line.code !== null && !read.has(line.code) ? [line.code] : [])),
        );
        statement.lines.forEach((reported, i) => {
          const p = printed[i]!;
          const known = lines.find(({ line }) =>
            p.code === null ? line.uncoded && line.line === p.id : line.code === p.code,
          );
          const catalogued = known?.line.label;
          const label = (p.subtotal && catalogued) || p.label || catalogued || "";
          const [line, section] = known ? [known.line.line, known.s.id] : [p.id, p.section];
          const { code, value } = p;
          const expected = { line, section, label, code, value, sourceLine: i + 2, raw: String(value) };
          // Byte for byte, as a report prints it: the same fields in the same order.
          assert.equal(
            JSON.stringify(reported),
            JSON.stringify(p.subtotal ? { ...expected, subtotal: true } : expected),
          );
        });
      }),
      { numRuns: 500 },
    );
  });
});
