// Messages only where needed: the root layout ships no catalogue; the signed-in area's client
// boundary ships APP_CLIENT_NAMESPACES, which must cover every namespace its client components
// translate with; and no public page renders a client component that needs messages.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { APP_CLIENT_NAMESPACES } from "@/components/providers/client-namespaces";
import { pickMessages } from "@/i18n/pick-messages";

const ROOT = path.resolve(__dirname, "../..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return filesUnder(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

const isClient = (source: string) => /^\s*["']use client["']/.test(source);
const namespacesOf = (source: string) => [...source.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]!);
const covered = (ns: string) => APP_CLIENT_NAMESPACES.some((p) => ns === p || ns.startsWith(`${p}.`));

/** Resolves an "@/..." or relative import to a file of the repository, if it is one. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : undefined;
  if (!base) return undefined;
  return [`${base}.tsx`, `${base}.ts`, path.join(base, "index.ts"), base].find((f) => existsSync(f) && statSync(f).isFile());
}

/** Every repository file reachable by imports from `entry`. */
function reachable(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, "utf8");
  for (const m of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms)) {
    const file = resolveImport(entry, m[1]!);
    if (file) reachable(file, seen);
  }
  return seen;
}

describe("client boundaries get only their namespaces", () => {
  const clientFiles = [...filesUnder(path.join(ROOT, "components")), ...filesUnder(path.join(ROOT, "app"))].filter((f) => isClient(readFileSync(f, "utf8")));

  it("every namespace a client component translates with is in the signed-in area's boundary", () => {
    const missing = clientFiles.flatMap((f) => namespacesOf(readFileSync(f, "utf8")).filter((ns) => !covered(ns)).map((ns) => `${path.relative(ROOT, f)}: ${ns}`));
    expect(missing).toEqual([]);
  });

  it("no public page (nor the root layout) reaches a client component that needs messages", () => {
    const entries = [path.join(ROOT, "app/[locale]/layout.tsx"), ...filesUnder(path.join(ROOT, "app/[locale]/(public)"))];
    const reached = new Set(entries.flatMap((e) => [...reachable(e)]));
    expect(reached.size).toBeGreaterThan(40); // the walk really follows the imports
    const translating = clientFiles.filter((f) => reached.has(f) && /useTranslations|useMessages|useFormatter|useLocale/.test(readFileSync(f, "utf8")));
    expect(translating.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  // Importing the navigation module is enough to ship its client Link (and use-intl) to the page.
  it("no public page (nor the root layout) imports next-intl's navigation: they use i18n/server-link.tsx and i18n/localized-href.ts", () => {
    const entries = [path.join(ROOT, "app/[locale]/layout.tsx"), path.join(ROOT, "app/[locale]/not-found.tsx"), ...filesUnder(path.join(ROOT, "app/[locale]/(public)"))];
    const reached = new Set(entries.flatMap((e) => [...reachable(e)]));
    const clientLink = /^import\s+(?!type\b)[^;]*?from\s+"(@\/i18n\/navigation|\.\/navigation|next-intl\/navigation)"/m;
    expect([...reached].filter((f) => f.endsWith("site-header.tsx"))).toHaveLength(1); // the walk reaches the header
    expect([...reached].filter((f) => clientLink.test(readFileSync(f, "utf8"))).map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it("the root layout has no intl provider: public pages ship no use-intl", () => {
    const layout = readFileSync(path.join(ROOT, "app/[locale]/layout.tsx"), "utf8");
    expect(layout).not.toMatch(/<NextIntlClientProvider|<ClientMessages/);
  });

  it("pickMessages keeps only the asked-for sub-trees", () => {
    const all = { common: { actions: { save: "Save" }, siteName: "S", platformRoles: { admin: "Admin" } }, home: { title: "Home" }, auth: { a: "b" } };
    expect(pickMessages(all, ["common.actions", "common.platformRoles", "auth", "missing.path"])).toEqual({
      common: { actions: { save: "Save" }, platformRoles: { admin: "Admin" } },
      auth: { a: "b" },
    });
  });
});
