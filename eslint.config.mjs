// ESLint 9 flat config: JS + typescript-eslint (type-aware) + Next.js (core web vitals) + drizzle.
import js from "@eslint/js";
import boundaries from "eslint-plugin-boundaries";
import drizzle from "eslint-plugin-drizzle";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";
import { architecture, ELEMENTS, POLICIES } from "./eslint-rules/architecture.mjs";

export default defineConfig(
  globalIgnores([
    ".next/**",
      ".next-*/**",
    "node_modules/**",
    ".data/**",
    "db/migrations/**",
    "test-results/**",
    "playwright-report/**",
    "blob-report/**",
    ".reports/**",
    "coverage/**",
    "out/**",
    "next-env.d.ts",
  ]),
  js.configs.recommended,
  ...nextCoreWebVitals,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", fixStyle: "separate-type-imports" }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // Async event handlers and server actions passed as JSX attributes are normal in React.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // Import boundaries (docs/ARCHITECTURE.md, "Import boundaries"): app → components → server → db,
    // checked on the resolved path of every import, with type-only imports told apart
    // (eslint-plugin-boundaries; the layers and policies are in eslint-rules/architecture.mjs).
    files: ["app/**", "components/**", "server/**", "db/**", "i18n/**", "scripts/**", "tests/**"],
    plugins: { boundaries, architecture },
    settings: {
      "boundaries/elements": ELEMENTS,
      "boundaries/include": ["app/**", "components/**", "server/**", "db/**", "i18n/**", "scripts/**", "tests/**"],
      "import/resolver": { typescript: { alwaysTryTypes: true, project: "./tsconfig.json" }, node: true },
    },
    rules: {
      "boundaries/dependencies": ["error", { default: "disallow", policies: POLICIES }],
      "architecture/client-components": "error",
    },
  },
  {
    // Plain JavaScript (scripts, config files) is not part of tsconfig's program: no type-aware rules.
    files: ["**/*.{js,mjs,cjs}"],
    extends: [tseslint.configs.disableTypeChecked],
    rules: {
      "@typescript-eslint/consistent-type-imports": "off",
    },
  },
  {
    // Tool config files conventionally `export default { ... }`.
    files: ["*.config.{js,mjs,cjs,ts,mts}"],
    rules: { "import/no-anonymous-default-export": "off" },
  },
  {
    files: ["tests/**/*.ts"],
    rules: {
      // expect(obj.method).toHaveBeenCalled() and similar are fine in tests.
      "@typescript-eslint/unbound-method": "off",
    },
  },
);
