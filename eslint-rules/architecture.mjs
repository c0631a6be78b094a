// The project's import boundaries (docs/ARCHITECTURE.md, "Import boundaries"), in one place:
// the layers for eslint-plugin-boundaries, the server modules every layer may share, and a small
// rule of our own for what no plugin can see — a file's "use client" directive.
import path from "node:path";

/**
 * Server modules that are pure (no database, no I/O, no Node built-ins, no secrets) and that the
 * browser may load: the zod schemas shared by forms and procedures, code lists, the value lists of
 * the schema. Components — client components included — import values from server/ only from
 * these; anything else from server/ only as `import type`.
 */
export const SHARED_SERVER_MODULES = [
  "server/*/schemas.ts",
  "server/common/zod-browser.ts",
  "server/vocabulary.ts",
  "server/reference/fields.ts",
  "server/reference/codes.generated.ts",
  "server/reference/regions.ts",
  "server/catalogue/facets.ts",
  "server/catalogue/closing-soon.ts",
  "server/agreements/content-fields.ts",
  "server/coauthoring/section-fields.ts",
  "server/agreements/template-codes.ts",
  "server/agreements/templates.ts",
  "server/notifications/kinds.ts",
  "server/notifications/email-preferences.ts",
  "server/http/limits.mjs",
];

const EXTENSIONS = [".ts", ".tsx", ".mts", ".mjs", ".js"];

/** A glob of SHARED_SERVER_MODULES as a regular expression over the project-relative path. */
const globToRegExp = (glob) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]+")}$`);
const SHARED = SHARED_SERVER_MODULES.map(globToRegExp);

/** The project-relative path an import specifier names (without extension when it has none), or null for a package. */
function projectPath(specifier, filename, root) {
  let absolute;
  if (specifier.startsWith("@/")) absolute = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) absolute = path.resolve(path.dirname(filename), specifier);
  else return null;
  return path.relative(root, absolute).split(path.sep).join("/");
}

const isShared = (relative) => {
  const candidates = EXTENSIONS.some((ext) => relative.endsWith(ext)) ? [relative] : EXTENSIONS.map((ext) => relative + ext);
  return candidates.some((candidate) => SHARED.some((re) => re.test(candidate)));
};

/** Whether an import or export brings values (not only types). */
function bringsValues(node) {
  if (node.importKind === "type" || node.exportKind === "type") return false;
  const specifiers = node.specifiers ?? [];
  if (specifiers.length === 0) return true; // side-effect import or `export *`
  return !specifiers.every((s) => s.importKind === "type" || s.exportKind === "type");
}

/**
 * "use client" files run in the browser: they import no value from server/ (except the shared
 * modules above) and none from db/. Server-only modules already fail the build through
 * `import "server-only"`; this rule names the import in the editor and in CI, for every module.
 */
/** @type {import("eslint").Rule.RuleModule} */
const clientComponents = {
  meta: {
    type: "problem",
    docs: { description: "Client components import no server or database module (only the shared server modules, or types)." },
    schema: [],
    messages: {
      serverImport:
        "A client component (\"use client\") may not import {{what}} from '{{specifier}}': only types, or values of the shared server modules (eslint-rules/architecture.mjs).",
    },
  },
  create(context) {
    const root = context.cwd;
    const filename = context.filename;
    let client = false;
    const check = (node) => {
      if (!client || !node.source || !bringsValues(node)) return;
      const specifier = node.source.value;
      const relative = projectPath(specifier, filename, root);
      if (!relative) return;
      if (relative.startsWith("db/") || (relative.startsWith("server/") && !isShared(relative))) {
        context.report({ node, messageId: "serverImport", data: { specifier, what: relative.startsWith("db/") ? "a database module" : "a server module" } });
      }
    };
    return {
      Program(program) {
        client = program.body.some((statement) => statement.type === "ExpressionStatement" && statement.directive === "use client");
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};

/** @type {import("eslint").ESLint.Plugin} */
export const architecture = { rules: { "client-components": clientComponents } };

/** Element types for eslint-plugin-boundaries: the first pattern a file matches gives its type. */
export const ELEMENTS = [
  { type: "shared", pattern: SHARED_SERVER_MODULES, mode: "full" },
  { type: "page-reads", pattern: "server/pages/**", mode: "full" },
  { type: "server", pattern: "server/**", mode: "full" },
  { type: "db-client", pattern: "db/client.ts", mode: "full" },
  { type: "db-schema", pattern: "db/schema/**", mode: "full" },
  { type: "db", pattern: "db/**", mode: "full" },
  { type: "route", pattern: "app/**/route.ts", mode: "full" },
  { type: "app", pattern: "app/**", mode: "full" },
  { type: "components", pattern: "components/**", mode: "full" },
  { type: "i18n", pattern: "i18n/**", mode: "full" },
  { type: "scripts", pattern: "scripts/**", mode: "full" },
  { type: "tests", pattern: "tests/**", mode: "full" },
];

const types = (kind, ...names) => ({ to: { element: { type: names } }, ...(kind === "type" ? { dependency: { kind: "type" } } : {}) });
const values = (...names) => types("value", ...names);
const typesOnly = (...names) => types("type", ...names);
const EVERY_SERVER_LAYER = ["shared", "page-reads", "server", "db-client", "db-schema", "db"];

/**
 * Who may import whom: app → components → server → db. Anything not allowed here is refused
 * (default "disallow"); a type-only import is allowed where a policy says `typesOnly`.
 */
export const POLICIES = [
  // Pages and layouts read through the page reads (server/pages) and render components; from the
  // rest of the server only types. No database.
  { from: { element: { type: "app" } }, allow: [values("app", "components", "i18n", "page-reads", "shared"), typesOnly("server")] },
  // Route handlers are the HTTP edge: they call the server's functions, never the database themselves.
  { from: { element: { type: "route" } }, allow: [values("i18n", "page-reads", "shared", "server"), typesOnly("db-schema")] },
  // Components render what they are given: values only from other components, i18n and the shared
  // server modules; types from the server (the schema's words through server/vocabulary.ts), never db/.
  { from: { element: { type: "components" } }, allow: [values("components", "i18n", "shared"), typesOnly("page-reads", "server")] },
  // The server never imports app/ or components/.
  { from: { element: { type: "page-reads" } }, allow: [values("i18n", ...EVERY_SERVER_LAYER)] },
  { from: { element: { type: "server" } }, allow: [values("i18n", "shared", "server", "db-client", "db-schema", "db")] },
  // Shared modules are shared because they are pure: they import only each other, the schema's value lists and i18n.
  { from: { element: { type: "shared" } }, allow: [values("shared", "db-schema", "i18n")] },
  // db/ imports nothing above it.
  { from: { element: { type: ["db", "db-client", "db-schema"] } }, allow: [values("db", "db-client", "db-schema")] },
  { from: { element: { type: "i18n" } }, allow: [values("i18n", "shared")] },
  // Scripts (migrate, seed, benchmarks) drive the server and the database, never pages or components.
  { from: { element: { type: "scripts" } }, allow: [values("scripts", "i18n", "tests", ...EVERY_SERVER_LAYER)] },
  { from: { element: { type: "tests" } }, allow: [values("tests", "app", "components", "i18n", "scripts", "route", ...EVERY_SERVER_LAYER)] },
];
