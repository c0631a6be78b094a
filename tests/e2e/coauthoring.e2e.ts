// Co-authoring (issue #16), end to end in two browsers at once: the University of Nairobi's owner
// (the lead) and a member of the Universidade de São Paulo (the co-lead, coauthor@demo…) open the
// same draft's basics section. The lead saves first; the co-author's save, based on the text they
// opened, is refused with the lead's text shown beside theirs; they keep their own summary and
// the lead's title, and save. Nothing is lost, and the activity feed names both authors.
import { eq } from "drizzle-orm";
import { createDb } from "../../db/client";
import { institutions, programmes, users } from "../../db/schema";
import { createProgramme } from "../factories/programmes";
import { demoSessions } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { E2E_DATABASE_URL } from "./support/outbox";
import { expect, test, type Page } from "./support/test";

test.describe.configure({ mode: "serial", timeout: 120_000 });

const run = Date.now().toString(36);
const sessions = demoSessions();
let programmeId = "";
let lead: Page;
let coauthor: Page;

async function withDb<T>(work: (db: ReturnType<typeof createDb>["db"]) => Promise<T>): Promise<T> {
  const handle = createDb({ driver: "mysql2", url: E2E_DATABASE_URL });
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

const stored = (id: string) => withDb(async (db) => (await db.select().from(programmes).where(eq(programmes.id, id)))[0]!);

test.beforeAll(async () => {
  programmeId = await withDb(async (db) => {
    const byName = async (name: string) => (await db.select({ id: institutions.id }).from(institutions).where(eq(institutions.name, name)))[0]!.id;
    const [nairobi, usp] = await Promise.all([byName("University of Nairobi"), byName("Universidade de São Paulo")]);
    const [owner] = await db.select({ id: users.id }).from(users).where(eq(users.email, "owner@demo.southbridge.org"));
    const p = await createProgramme(db, {
      title: `E2E co-authored training on crop models ${run}`,
      summary: "A first summary, written before anybody co-authored the draft.",
      leadInstitutionId: nairobi,
      createdByUserId: owner!.id,
      coLeadInstitutionIds: [usp],
    });
    return p.id;
  });
});

test.afterAll(async () => {
  await sessions.closeAll();
});

const titleField = (page: Page) => page.getByLabel("Title", { exact: true });
const summaryField = (page: Page) => page.getByLabel("Summary", { exact: true });

test("the lead and the co-lead's member open the same section at the same time", async ({ browser, baseURL }) => {
  [lead, coauthor] = await Promise.all([
    sessions.signedIn(browser, baseURL, "owner@demo.southbridge.org"),
    sessions.signedIn(browser, baseURL, "coauthor@demo.southbridge.org"),
  ]);
  // The co-author opens the workspace from the proposal page.
  await coauthor.goto(`/en/proposals/${programmeId}`);
  await coauthor.getByRole("link", { name: "Co-author" }).click();
  await coauthor.waitForURL(`**/en/proposals/${programmeId}/coauthor`);
  await lead.goto(`/en/proposals/${programmeId}/coauthor`);
  for (const page of [lead, coauthor]) {
    await expect(page.getByRole("heading", { level: 1, name: "Co-author the proposal" })).toBeVisible();
    await expect(summaryField(page)).toHaveValue("A first summary, written before anybody co-authored the draft.");
  }
  await expectAccessible(coauthor, "co-authoring workspace");
});

test("the lead saves first; the co-author's save is refused with the lead's text beside theirs", async () => {
  await titleField(lead).fill(`E2E co-authored training on crop models ${run}, retitled by the lead`);
  await summaryField(lead).fill("The lead's summary: a course on crop yield models for two cohorts.");
  await lead.getByRole("button", { name: "Save Basics" }).click();
  await expect(lead.getByText("Basics saved.")).toBeVisible();

  await summaryField(coauthor).fill("The co-author's summary: crop yield models taught in Nairobi and São Paulo.");
  await coauthor.getByRole("button", { name: "Save Basics" }).click();
  const conflict = coauthor.getByRole("region", { name: "Somebody saved this section while you were editing" });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId("conflict-summary-base")).toHaveText("A first summary, written before anybody co-authored the draft.");
  await expect(conflict.getByTestId("conflict-summary-theirs")).toHaveText("The lead's summary: a course on crop yield models for two cohorts.");
  await expect(conflict.getByTestId("conflict-summary-mine")).toHaveText("The co-author's summary: crop yield models taught in Nairobi and São Paulo.");
  // Only the co-author's summary and the lead's title disagree with the base; the title is the lead's alone, so no choice is asked for it.
  await expect(conflict.getByTestId("conflict-title-theirs")).toHaveCount(0);
  await expectAccessible(coauthor, "conflict resolution");
  // Nothing the co-author wrote was stored yet.
  expect((await stored(programmeId)).summary).toBe("The lead's summary: a course on crop yield models for two cohorts.");
});

test("the co-author keeps their summary and the lead's title: both survive", async () => {
  const conflict = coauthor.getByRole("region", { name: "Somebody saved this section while you were editing" });
  await conflict.getByRole("radio", { name: "Keep mine" }).check();
  await conflict.getByRole("button", { name: "Save my choices" }).click();
  await expect(coauthor.getByText("Basics saved.")).toBeVisible();
  const row = await stored(programmeId);
  expect(row.summary).toBe("The co-author's summary: crop yield models taught in Nairobi and São Paulo.");
  expect(row.title).toBe(`E2E co-authored training on crop models ${run}, retitled by the lead`);
  expect(row.basicsVersion).toBe(2);

  // The lead, reloading, sees the merged text.
  await lead.reload();
  await expect(summaryField(lead)).toHaveValue("The co-author's summary: crop yield models taught in Nairobi and São Paulo.");
});

test("the activity feed shows both saves, each with its author and institution", async () => {
  await coauthor.goto(`/en/proposals/${programmeId}/activity`);
  await expect(coauthor.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
  const feed = coauthor.getByTestId("activity-feed");
  await expect(feed.getByText("Section “Basics” edited")).toHaveCount(2);
  await expect(feed.getByText("Luísa Ferreira, Universidade de São Paulo")).toBeVisible();
  await expect(feed.getByText("Wanjiru Kamau, University of Nairobi")).toBeVisible();
  await expectAccessible(coauthor, "activity feed");
});

// Beyond the basics: a co-lead's member edits the budget section in the browser, and a stale save
// of the same section asks for the funding sources as one list (theirs or mine, whole).
const budgetOf = (page: Page) => page.getByRole("region", { name: "Budget", exact: true });
const firstSource = (page: Page) => budgetOf(page).getByRole("group", { name: "Funding source 1" });

test("the co-lead's member edits the budget section; the lead sees it", async () => {
  await coauthor.goto(`/en/proposals/${programmeId}/coauthor`);
  const budget = budgetOf(coauthor);
  await budget.getByLabel("Total budget").fill("250000");
  await budget.getByLabel("Currency").selectOption("USD");
  // The draft has two funding sources; the co-author rewrites the first.
  await firstSource(coauthor).getByLabel("Name of the source").fill("Fundação de Amparo à Pesquisa");
  await firstSource(coauthor).getByLabel("Side").selectOption({ label: "Partners" });
  await firstSource(coauthor).getByLabel("Contribution").fill("50000");
  await budget.getByRole("button", { name: "Save Budget" }).click();
  await expect(budget.getByText("Budget saved.")).toBeVisible();
  const row = await stored(programmeId);
  expect(Number(row.budgetAmount)).toBe(250000);
  expect(row.budgetCurrency).toBe("USD");
  expect(row.fundingSources).toHaveLength(2);
  expect(row.fundingSources[0]).toEqual({ name: "Fundação de Amparo à Pesquisa", side: "partners", amount: 50000 });
  expect(row.budgetVersion).toBe(1);

  await lead.goto(`/en/proposals/${programmeId}/coauthor`);
  await expect(budgetOf(lead).getByLabel("Total budget")).toHaveValue("250000");
  await expect(firstSource(lead).getByLabel("Name of the source")).toHaveValue("Fundação de Amparo à Pesquisa");
  await expectAccessible(lead, "co-authoring workspace, every section");
});

test("a stale budget save asks which funding list to keep, whole; the lead keeps theirs", async () => {
  await firstSource(coauthor).getByLabel("Contribution").fill("60000");
  await budgetOf(coauthor).getByRole("button", { name: "Save Budget" }).click();
  await expect(budgetOf(coauthor).getByText("Budget saved.")).toBeVisible();

  const budget = budgetOf(lead);
  await firstSource(lead).getByLabel("Name of the source").fill("FAPESP");
  await budget.getByRole("button", { name: "Save Budget" }).click();
  const conflict = budget.getByRole("region", { name: "Somebody saved this section while you were editing" });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId("conflict-fundingSources-theirs")).toContainText("Fundação de Amparo à Pesquisa · Partners · 60000");
  await expect(conflict.getByTestId("conflict-fundingSources-mine")).toContainText("FAPESP · Partners · 50000");
  await expect(conflict.getByTestId("conflict-budgetAmount-theirs")).toHaveCount(0);
  await conflict.getByRole("radio", { name: "Keep theirs" }).check();
  await conflict.getByRole("button", { name: "Save my choices" }).click();
  await expect(budget.getByText("Budget saved.")).toBeVisible();
  const row = await stored(programmeId);
  expect(row.fundingSources[0]).toEqual({ name: "Fundação de Amparo à Pesquisa", side: "partners", amount: 60000 });
  expect(Number(row.budgetAmount)).toBe(250000);
  // Keeping theirs for the only disputed field leaves the section as the server holds it: nothing written.
  expect(row.budgetVersion).toBe(2);
});
