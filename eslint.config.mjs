// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

// Imports point one way (UI/CLI → adapters → core): the core never reaches out, and everything
// outside the core enters it only through its front door, src/core/index.ts.
const coreIsPure = {
  patterns: [
    {
      group: ["**/excel/**", "**/xlsx/**", "**/taskpane/**", "**/cli/**", "**/commands/**", "node:*"],
      message: "The core knows nothing of adapters, the DOM or Node.",
    },
  ],
};
const frontDoorOnly = {
  patterns: [
    {
      regex: "(^|/)core/.+",
      message: "Import the core through its front door, src/core (index.ts), not its internals.",
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "dist-cli/",
      "bench/tmp/",
      "coverage/",
      "test/fixtures/",
      "test/browser/fake-office.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Finding and removing control characters is what those patterns are for (sheet names, XML text).
      "no-control-regex": "off",
    },
  },
  {
    // Tests drive mocks and loaders that are untyped by nature (office-addin-mock data, require of JSON).
    files: ["test/**", "scripts/**", "bench/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.cjs", "webpack.config.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Runs in any browser Office may host the pane in, Internet Explorer 11 included: ES3 syntax only.
    files: ["src/taskpane/old-webview.js"],
    languageOptions: { ecmaVersion: 3, sourceType: "script", globals: { window: "readonly", document: "readonly" } },
  },
  { files: ["src/core/**/*.ts"], rules: { "no-restricted-imports": ["error", coreIsPure] } },
  {
    files: ["src/excel/**", "src/xlsx/**", "src/cli/**", "src/taskpane/**", "src/commands/**"],
    rules: { "no-restricted-imports": ["error", frontDoorOnly] },
  },
);
