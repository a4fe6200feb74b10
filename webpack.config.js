// Builds the task pane and the ribbon's function file into dist/.
//
// Office.js: taskpane.html and commands.html load it from Microsoft's CDN, as Office requires of a
// published add-in (and as Excel serves the current version). dist/office-js/ also holds a copy of the
// installed @microsoft/office-js, which the pane loads only when the CDN script did not load: offline,
// behind a proxy that blocks the CDN, and in the browser tests, which never touch the network.
//
// `npm run build` is a production build and never touches certificates; only `webpack serve`
// (npm start / npm run dev-server) asks office-addin-dev-certs for the https certificate of
// https://localhost:3000, which manifest.xml points at.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_SERVER_PORT = 3000;

/** The pages, each with its entry. */
const PAGES = [
  { name: "taskpane", entry: "./src/taskpane/taskpane.ts", template: "./src/taskpane/taskpane.html" },
  { name: "commands", entry: "./src/commands/commands.ts", template: "./src/commands/commands.html" },
];

/**
 * Marks the ExcelJS chunk as already minified, so the minimizer skips it (as copy-webpack-plugin's
 * `info: { minimized: true }` does for Office.js): it is ExcelJS's own minified build, and minifying
 * 900 KB again would take most of the build's time for nothing.
 */
class PreminifiedChunks {
  constructor(test) {
    this.test = test;
  }
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PreminifiedChunks", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PreminifiedChunks", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 },
        (assets) => {
          for (const name of Object.keys(assets))
            if (this.test.test(name)) compilation.updateAsset(name, (source) => source, { minimized: true });
        },
      );
    });
  }
}

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env = {}, argv = {}) => {
  const serving = Boolean(env.WEBPACK_SERVE);
  const production = (argv.mode ?? "production") === "production";
  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' CSP forbids eval.
    devtool: production ? false : "source-map",
    entry: Object.fromEntries(PAGES.map((p) => [p.name, p.entry])),
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // ExcelJS (and anything else loaded with import()) becomes its own file, fetched only when used.
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
      // HyperFormula is GPL and only for the tests: a build that tried to bundle it gets nothing.
      alias: { hyperformula: false },
    },
    module: {
      // ExcelJS's browser build is one self-contained, minified file: parsing it for imports or
      // minifying it again only costs build time (most of it, without these two settings).
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked by `npm run typecheck`; the build only strips them, in seconds.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: { exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async" } },
      },
    },
    performance: {
      // The lazily loaded ExcelJS chunk is large by nature; the pane's own bundle is what must stay small.
      assetFilter: (file) => !file.startsWith("chunks/") && !file.startsWith("office-js/") && !file.endsWith(".map"),
      maxEntrypointSize: 400 * 1024,
      maxAssetSize: 400 * 1024,
    },
    plugins: [
      ...PAGES.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            template: p.template,
            chunks: [p.name],
            scriptLoading: "defer",
          }),
      ),
      new PreminifiedChunks(/^chunks\/exceljs\.[0-9a-f]+\.js$/),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          // Runs before the bundle in any browser, IE 11 included: shipped as written (ES3), never minified.
          { from: "src/taskpane/old-webview.js", to: "old-webview.js", info: { minimized: true } },
          // The pane's Help page and "Try the sample", served beside it (no network needed).
          { from: "src/taskpane/help.html", to: "help.html" },
          { from: "assets/samples/*.txt", to: "samples/[name][ext]" },
          {
            from: "node_modules/@microsoft/office-js/dist",
            to: "office-js",
            globOptions: { ignore: ["**/*.debug.js", "**/*.d.ts", "**/office-vsdoc.js"] },
            // Already minified by Microsoft: without this, Terser spends minutes on 30 MB of scripts.
            info: { minimized: true },
          },
        ],
      }),
    ],
    devServer: {
      port: DEV_SERVER_PORT,
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: serving ? await httpsOptions() : undefined },
    },
  };
};

module.exports.DEV_SERVER_PORT = DEV_SERVER_PORT;
