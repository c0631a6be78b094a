// Visitors' public pages come from the data cache, and a committed change expires them
// (server/http/visitor-cache.ts, docs/ARCHITECTURE.md "Cached public pages"):
//  1. a visitor opens an open programme's page (now cached);
//  2. its title is changed straight in the database, past the kernel (as a script would): the
//     visitor still sees the old title — the page was served from the cache;
//  3. the lead's owner publishes another programme through the app (programmes.publish): the
//     commit expires the catalogue's tag, and the visitor's next visit reads the new title.
// Plus: a free-text search is never cached (nobody can fill the cache with made-up keys).
import { and, eq } from "drizzle-orm";
import { expect, test } from "./support/test";
import { configFromEnv, createDb } from "../../db/client";
import { memberships, programmes, users } from "../../db/schema";
import { createProgramme, uniqueSuffix } from "../factories";
import { DEMO, DEMO_PASSWORD, signIn } from "./support/accounts";

test.describe.configure({ timeout: 120_000 });

const databaseUrl = process.env.E2E_DATABASE_URL || "mysql://root@127.0.0.1:3306/southbridge_e2e";
const WORD = `Cacheprobe${uniqueSuffix().replace(/[^0-9a-z]/gi, "")}`;

async function withDb<T>(work: (db: ReturnType<typeof createDb>["db"]) => Promise<T>): Promise<T> {
  const handle = createDb({ ...configFromEnv({ DATABASE_URL: databaseUrl }) });
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

/** A programme of the demo owner's institution (the owner may publish it). */
async function ownersProgramme(status: "open" | "approved", title: string) {
  return withDb(async (db) => {
    const [owner] = await db
      .select({ userId: users.id, institutionId: memberships.institutionId })
      .from(users)
      .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.role, "owner"), eq(memberships.status, "active")))
      .where(eq(users.email, DEMO.owner))
      .limit(1);
    if (!owner) throw new Error("the demo owner has no institution");
    const common = { leadInstitutionId: owner.institutionId, createdByUserId: owner.userId, startDate: "2099-03-01", endDate: "2100-03-01", applicationDeadline: "2099-01-31" };
    return createProgramme(db, { ...common, status, title, ...(status === "open" ? { publishedAt: new Date() } : {}) });
  });
}

const retitle = (id: string, title: string) => withDb((db) => db.update(programmes).set({ title }).where(eq(programmes.id, id)));

test("a visitor's programme page comes from the cache until a committed publish expires it", async ({ browser, baseURL }) => {
  const visitor = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await visitor.newPage();
  const cached = await ownersProgramme("open", `${WORD} first title`);
  const heading = page.getByRole("heading", { level: 1 });

  await page.goto(`/en/programmes/${cached.reference}`);
  await expect(heading).toHaveText(`${WORD} first title`);

  await retitle(cached.id, `${WORD} second title`);
  await page.goto(`/en/programmes/${cached.reference}`);
  await expect(heading, "served from the cache: the write past the kernel is not seen").toHaveText(`${WORD} first title`);

  const approved = await ownersProgramme("approved", `${WORD} published through the app`);
  const owner = await browser.newContext({ baseURL });
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, DEMO.owner, DEMO_PASSWORD);
  const status = await ownerPage.evaluate(async (input) => {
    const response = await fetch("/api/trpc/programmes.publish", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) });
    return response.status;
  }, { programmeId: approved.id, version: approved.version });
  expect(status).toBe(200);

  await page.goto(`/en/programmes/${cached.reference}`);
  await expect(heading, "the publish expired the catalogue: the page is read again").toHaveText(`${WORD} second title`);
  await page.goto(`/en/programmes/${approved.reference}`);
  await expect(heading).toHaveText(approved.title);
  await visitor.close();
  await owner.close();
});

test("a visitor's free-text search is read live, never from the cache", async ({ browser, baseURL }) => {
  const visitor = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await visitor.newPage();
  const results = page.locator("section[aria-labelledby=results-title]");
  const search = `/en/programmes?q=${WORD}Live`;
  await page.goto(search);
  await expect(page.getByRole("heading", { level: 3, name: "No programmes found" })).toBeVisible();
  const written = await ownersProgramme("open", `${WORD}Live written past the kernel`);
  await page.goto(search);
  await expect(results.getByText(written.title)).toBeVisible();
  await visitor.close();
});

test("a crowd of visitors reads whole pages from the production server's cache, each with its own nonce; a signed-in reader never does", async ({ browser, baseURL, playwright }) => {
  // Two visitors, no cookies (scripts/lib/visitor-page-cache.mjs, served by scripts/serve.mjs).
  const crowd = await Promise.all([0, 1].map(() => playwright.request.newContext({ baseURL })));
  const path = `/en/programmes?page=1`;
  const answers = [];
  for (const visitor of [...crowd, crowd[0]!]) answers.push(await visitor.get(path));
  const nonces = answers.map((a) => /'nonce-([^']+)'/.exec(a.headers()["content-security-policy"] ?? "")?.[1]);
  expect(answers.map((a) => a.status())).toEqual([200, 200, 200]);
  expect(answers.slice(1).map((a) => a.headers()["x-visitor-cache"])).toEqual(["hit", "hit"]);
  expect(new Set(nonces).size, "a new nonce on every answer").toBe(3);
  const bodies = await Promise.all(answers.map((a) => a.text()));
  for (const [i, body] of bodies.entries()) {
    const scripts = [...body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    for (const script of scripts) expect(script, `answer ${i}`).toContain(`nonce="${nonces[i]}"`);
    expect(body.replaceAll(nonces[i]!, "N"), "the same page").toBe(bodies[0]!.replaceAll(nonces[0]!, "N"));
  }
  await Promise.all(crowd.map((c) => c.dispose()));

  // Signed in: always rendered for the reader, never taken from nor put in the cache.
  const member = await browser.newContext({ baseURL });
  const memberPage = await member.newPage();
  await signIn(memberPage, DEMO.owner, DEMO_PASSWORD);
  const mine = await memberPage.request.get(path);
  expect(mine.status()).toBe(200);
  expect(mine.headers()["x-visitor-cache"]).toBeUndefined();
  expect(await mine.text()).not.toContain(`href="/en/sign-in"`);
  await member.close();
});
