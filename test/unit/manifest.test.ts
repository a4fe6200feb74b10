import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { DomUtils, Parser, parseDocument } from "htmlparser2";
import type { Element } from "domhandler";
import { MANIFEST_API, REQUIRED_API } from "../../src/excel";

const ROOT = join(__dirname, "..", "..");
const XML = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
  scripts: Record<string, string>;
};
const ORIGIN = "https://localhost:3000/";

const doc = parseDocument(XML, { xmlMode: true });
const all = (name: string): Element[] => DomUtils.getElementsByTagName(name, doc.children, true);
const one = (name: string): Element => {
  const found = all(name);
  assert.equal(found.length, 1, `exactly one <${name}>`);
  return found[0]!;
};
const text = (name: string): string => DomUtils.textContent(one(name)).trim();
const attr = (el: Element, name: string): string => el.attribs[name] ?? "";

/** The files the build emits that a manifest may name, from webpack.config.js itself: its pages and the files it copies. */
async function emitted(): Promise<Set<string>> {
  const config = await (require(join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<any>)(
    {},
    { mode: "production" },
  );
  const files = new Set<string>(
    config.plugins
      .filter((p: any) => p.constructor.name === "HtmlWebpackPlugin")
      .map((p: any) => p.userOptions.filename),
  );
  for (const { from, to } of config.plugins.find((p: any) => p.constructor.name === "CopyPlugin").patterns as {
    from: string;
    to: string;
  }[]) {
    if (!to.includes("[name]")) {
      if (existsSync(join(ROOT, from)) && statSync(join(ROOT, from)).isFile()) files.add(to);
      continue;
    }
    // "assets/icon-*.png" → "assets/[name][ext]": each matching source file, under its own name.
    const glob = new RegExp(`^${basename(from).replace(/\./g, "\\.").replace(/\*/g, ".*")}$`);
    for (const file of readdirSync(join(ROOT, dirname(from))))
      if (glob.test(file)) files.add(to.replace("[name][ext]", file));
  }
  return files;
}

describe("manifest.xml (offline structural check; `npm run validate` asks Microsoft's service)", () => {
  it("is well-formed XML: one OfficeApp root, every element closed where it was opened", () => {
    assert.match(XML, /^<\?xml version="1\.0" encoding="UTF-8"\?>/);
    const problems: string[] = [];
    const roots: string[] = [];
    let depth = 0;
    // htmlparser2 reports a self-closing tag and an unclosed one alike as an "implied" close; the
    // source at that point tells them apart ("<Set …/>" versus the "</Parent>" that forced it).
    const selfClosing = (): boolean => XML.slice(parser.startIndex, parser.endIndex + 1).endsWith("/>");
    const parser: Parser = new Parser(
      {
        onopentag: (name) => void (depth++ === 0 && roots.push(name)),
        onclosetag: (name, implied) =>
          void (depth--, implied && !selfClosing() && problems.push(`<${name}> not closed`)),
        ontext: (t) => void (depth === 0 && t.trim() && problems.push(`text outside the root: ${t.trim()}`)),
      },
      { xmlMode: true },
    );
    parser.write(XML);
    parser.end();
    assert.deepEqual(problems, []);
    assert.deepEqual(roots, ["OfficeApp"]);
    assert.equal(attr(one("OfficeApp"), "xsi:type"), "TaskPaneApp");
  });

  it("has a GUID id, a version in step with package.json, and the required descriptive elements", () => {
    assert.match(text("Id"), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    assert.equal(text("Version"), `${PACKAGE.version}.0`);
    for (const name of ["ProviderName", "DefaultLocale"]) assert.ok(text(name), name);
    // Top-level elements only: VersionOverrides has <Description> elements of its own.
    const top = (name: string) => one("OfficeApp").children.find((c): c is Element => (c as Element).name === name);
    for (const name of ["DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl"])
      assert.ok(top(name) && attr(top(name)!, "DefaultValue"), name);
  });

  it("asks for the supported hosts: Workbook, ReadWriteDocument, an ExcelApi that Excel 2019 lacks", () => {
    assert.deepEqual(
      all("Host")
        .filter((h) => h.attribs.Name)
        .map((h) => h.attribs.Name),
      ["Workbook"],
    );
    assert.deepEqual(
      all("Host")
        .filter((h) => h.attribs["xsi:type"])
        .map((h) => h.attribs["xsi:type"]),
      ["Workbook"],
    );
    assert.equal(text("Permissions"), "ReadWriteDocument");
    const sets = [...all("Set"), ...all("bt:Set")].map((s) => `${s.attribs.Name} ${s.attribs.MinVersion}`);
    assert.deepEqual(sets, [`ExcelApi ${MANIFEST_API}`, `ExcelApi ${MANIFEST_API}`]);
    // Excel 2019 reports ExcelApi 1.8 at most: the manifest's set must lie above it, and cover the import's.
    const minor = (v: string): number => Number(v.split(".")[1]);
    assert.ok(minor(MANIFEST_API) > 8 && minor(MANIFEST_API) >= minor(REQUIRED_API), MANIFEST_API);
    assert.match(XML, /Microsoft 365 and Excel 2021 or later on\s+Windows and Mac, and Excel on the web/);
  });

  it("has a ribbon button that opens the task pane, and every resid resolves", () => {
    const action = one("Action");
    assert.equal(attr(action, "xsi:type"), "ShowTaskpane");
    const ids = new Set(
      [...all("bt:Image"), ...all("bt:Url"), ...all("bt:String")].map((e) => e.attribs.id).filter(Boolean),
    );
    const refs = DomUtils.findAll((e) => Boolean(e.attribs.resid), doc.children).map((e) => e.attribs.resid!);
    assert.ok(refs.length >= 10);
    for (const ref of refs) assert.ok(ids.has(ref), `resid ${ref}`);
    const pane = all("bt:Url").find(
      (u) =>
        u.attribs.id ===
        DomUtils.findOne((e) => e.name === "SourceLocation" && Boolean(e.attribs.resid), [action])?.attribs.resid,
    );
    assert.equal(pane?.attribs.DefaultValue, `${ORIGIN}taskpane.html`);
  });

  it("points every URL at the dev server (https://localhost:3000) and at a file the build emits", async () => {
    const emits = await emitted();
    assert.ok(
      emits.has("taskpane.html") && emits.has("assets/icon-16.png") && !emits.has("assets/icon-99.png"),
      [...emits].join(" "),
    );
    const urls = DomUtils.findAll((e) => /^https?:/.test(e.attribs.DefaultValue ?? ""), doc.children).map(
      (e) => e.attribs.DefaultValue!,
    );
    urls.push(...all("AppDomain").map((d) => DomUtils.textContent(d).trim() + "/"));
    assert.ok(urls.length >= 10);
    for (const url of urls) {
      assert.ok(url.startsWith(ORIGIN), url);
      const path = url.slice(ORIGIN.length);
      if (path) assert.ok(emits.has(path), `${path} is emitted by webpack`);
    }
  });

  it("agrees with webpack's dev server and with the scripts Office developers expect", async () => {
    const config = await (require(join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<any>)(
      {},
      { mode: "production" },
    );
    assert.equal(config.devServer.port, 3000);
    assert.equal(config.devServer.server.type, "https");
    assert.equal(config.devServer.server.options, undefined, "no certificates are asked for outside `webpack serve`");
    assert.match(PACKAGE.scripts.start!, /^office-addin-debugging start manifest\.xml/);
    assert.equal(PACKAGE.scripts.validate, "office-addin-manifest validate manifest.xml");
    for (const s of ["build", "dev-server", "stop", "watch"]) assert.ok(PACKAGE.scripts[s], s);
  });
});
