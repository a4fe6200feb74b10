import type { Rule, StatementForm } from "../forms";
import type { Statement } from "../model";

/**
 * A stand-in catalog form for a statement the catalog does not know, built from its printed lines,
 * so that checks order findings and name lines exactly as for a catalogued statement. Its `kind`
 * only steers how a message names a figure of another statement; an unknown statement is given
 * the segregation kind there because the schema has no "unknown" form.
 */
export function derivedForm(statement: Statement, rules: readonly Rule[]): StatementForm {
  const lines = statement.lines.flatMap((l) =>
    l.code === null ? [] : [{ line: l.line, label: l.label, code: l.code, uncoded: false, confirmed: false }],
  );
  return {
    kind: statement.kind === "unknown" ? "segregation" : statement.kind,
    version: "derived",
    prefix: "DRV",
    titles: [statement.title],
    markers: [],
    sections: [{ id: "derived", headings: [], lines }],
    rules: [...rules],
  };
}
