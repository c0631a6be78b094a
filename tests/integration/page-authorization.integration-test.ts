// THE page authorization matrix (issue #11 and #13): every page and layout under app/ × every
// persona, through the page read the page itself calls (server/pages), with the outcome the page
// renders: ok, the sign-in redirect, not found, forbidden (rendered as not found) or a redirect.
// The scene is built once: pages only read.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusalOf, type PageOutcome } from "../../server/pages/outcomes";
import { pageContext, type PageContext } from "../../server/pages/page-read";
import { openTestDb } from "./support/db";
import type { PageExpectation, ReadCase } from "./support/page-matrix";
import { PAGE_ROWS } from "./support/page-matrix-rows";
import { buildPageScene, type PageScene } from "./support/page-scene";
import { contextFor, viewerOf } from "./support/personas";
import { personOf, PERSONAS, type Persona } from "./support/world";

const ROOT = path.resolve(__dirname, "../..");
const handle = openTestDb();
const { db } = handle;

/** Every page.tsx and layout.tsx under app/, as paths from the repository root. */
function pageFiles(folder = "app"): string[] {
  return readdirSync(path.join(ROOT, folder)).flatMap((name) => {
    const child = `${folder}/${name}`;
    if (statSync(path.join(ROOT, child)).isDirectory()) return pageFiles(child);
    return name === "page.tsx" || name === "layout.tsx" ? [child] : [];
  });
}

/** What a persona gets from a page read: its outcome, or the unexpected error itself. */
async function outcomeOf(ctx: PageContext, read: ReadCase, scene: PageScene): Promise<PageOutcome> {
  try {
    await read.read.run(ctx, ...(read.args(scene) as never[]));
    return "ok";
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    return refusal.outcome;
  }
}

let scene: PageScene;
let contexts: Record<Persona, PageContext>;

beforeAll(async () => {
  scene = await buildPageScene(db);
  const entries = await Promise.all(
    PERSONAS.map(async (persona) => {
      const person = personOf(scene, persona);
      return [persona, pageContext(contextFor(db, person ? await viewerOf(db, person) : null))] as const;
    }),
  );
  contexts = Object.fromEntries(entries) as Record<Persona, PageContext>;
}, 60_000);

afterAll(async () => {
  await handle.close();
});

const PAGES = pageFiles();
const READ_ROWS = Object.entries(PAGE_ROWS).flatMap(([page, row]) => (Array.isArray(row) ? row.map((c) => [page, c] as const) : []));

describe("page authorization matrix", () => {
  it("has a row for every page and layout under app/, and no row for a file that is gone", () => {
    expect(PAGES.length).toBeGreaterThan(40);
    expect(PAGES.filter((page) => !(page in PAGE_ROWS))).toEqual([]);
    expect(Object.keys(PAGE_ROWS).filter((page) => !existsSync(path.join(ROOT, page)))).toEqual([]);
  });

  it("names in each row the read its page calls, and a page that reads nothing calls no read", () => {
    for (const [page, row] of Object.entries(PAGE_ROWS)) {
      const source = readFileSync(path.join(ROOT, page), "utf8");
      // A help page's route is built in a sibling file (document-route.tsx); the read is named there.
      const code = source.includes('from "../document-route"') ? readFileSync(path.join(ROOT, path.dirname(page), "../document-route.tsx"), "utf8") : source;
      if (Array.isArray(row)) for (const c of row) expect([page, code.includes(c.read.name)]).toEqual([page, true]);
      else expect([page, /readPage\(|peekPage\(/.test(code)]).toEqual([page, false]);
    }
  });

  it.each(READ_ROWS.map(([page, c]) => [`${page}${c.case ? ` (${c.case})` : ""}`, c] as const))(
    "%s: every persona gets what the row says",
    async (_name, c) => {
      const outcomes = Object.fromEntries(await Promise.all(PERSONAS.map(async (p) => [p, await outcomeOf(contexts[p], c, scene)] as const))) as PageExpectation;
      expect(outcomes).toEqual(typeof c.expect === "function" ? c.expect(scene) : c.expect);
    },
    30_000,
  );
});
