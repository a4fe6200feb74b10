import assert from "node:assert/strict";
import { catalog, catalogSources, ruleCodes } from "../../src/core/forms";
import { statementFormSchema } from "../../src/core/forms/schema";
import { loadCatalog } from "../../src/core/forms/validate";
import { securedAmounts2013 } from "../../src/core/forms/secured-amounts";

describe("forms catalog", () => {
  it("knows the three 2013 statements, their 80 codes, and then the three later layouts", () => {
    assert.deepEqual(
      catalog.map((f) => f.version),
      [
        "secured-amounts-2013",
        "segregation-2013",
        "cleared-swaps-2013",
        "secured-amounts-later",
        "segregation-later",
        "cleared-swaps-later",
      ],
    );
    const codes = catalog
      .filter((f) => f.version.endsWith("-2013"))
      .flatMap((f) => f.sections.flatMap((s) => s.lines))
      .filter((l) => l.code)
      .map((l) => l.code);
    assert.equal(codes.length, 80);
    assert.equal(new Set(codes).size, 80);
  });

  it("is its data validated: every layout passes the schema and the checks a schema cannot make", () => {
    const loaded = loadCatalog(catalogSources);
    assert.ok(loaded.success, loaded.success ? "" : JSON.stringify(loaded.issues));
  });

  it("fills the schema's defaults exactly as zod does, so the catalog is read without loading zod", () => {
    catalogSources.forEach((source, i) => assert.deepEqual(catalog[i], statementFormSchema.parse(source)));
  });

  it("names only printed codes in its rules", () => {
    for (const form of catalog) {
      const printed = new Set(form.sections.flatMap((s) => s.lines).map((l) => l.code));
      for (const rule of form.rules)
        for (const code of ruleCodes(rule)) assert.ok(printed.has(code), `${rule.id}: ${code}`);
    }
  });

  it("rejects data that breaks the schema, with the path of each issue", () => {
    const broken = {
      ...securedAmounts2013,
      prefix: "sec",
      rules: [{ id: "SEC-1", kind: "sum", total: "77", parts: [] }],
    };
    const result = loadCatalog([broken as never]);
    assert.equal(result.success, false);
    if (result.success) return;
    assert.deepEqual(result.issues.map((i) => i.path).sort(), ["prefix", "rules.0.parts", "rules.0.total"]);
  });

  it("rejects a rule that names a code the statement does not print", () => {
    const stray = { ...securedAmounts2013, rules: [{ id: "SEC-9999", kind: "tie", code: "7370", equals: "9999" }] };
    const result = loadCatalog([stray as never]);
    assert.equal(result.success, false);
    if (!result.success) assert.match(result.issues[0]!.message, /9999/);
  });
});
