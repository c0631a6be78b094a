// Discussions, end to end: a public question and the lead's answer on an open programme are
// readable without JavaScript (server-rendered on the programme page), with no person named.
// The fixture asks and answers through the real use cases as demo people (Universidade de São
// Paulo asks, the University of Nairobi answers); each run makes its own programme.
import { eq } from "drizzle-orm";
import { createDb } from "../../db/client";
import { institutions, users } from "../../db/schema";
import { loadViewer } from "../../server/auth/load-viewer";
import { postMessage } from "../../server/discussions/post-message";
import { startThread } from "../../server/discussions/start-thread";
import { createOpenProgramme } from "../factories/participation";
import { expectAccessibleWithoutJavaScript } from "./support/axe";
import { E2E_DATABASE_URL } from "./support/outbox";
import { APPLICANTS, LEAD } from "./support/participation";
import { expect, test } from "./support/test";

const run = Date.now().toString(36);
const META = { ip: null, userAgent: "e2e", locale: "en" };

async function askedAndAnswered() {
  const handle = createDb({ driver: "mysql2", url: E2E_DATABASE_URL });
  try {
    const { db } = handle;
    const person = async (email: string) => {
      const [u] = await db.select({ id: users.id, name: users.name, sessionVersion: users.sessionVersion }).from(users).where(eq(users.email, email));
      const viewer = u && (await loadViewer(db, u.id, u.sessionVersion));
      if (!u || !viewer) throw new Error(`no demo person ${email}`);
      return { name: u.name, ctx: { db, viewer, meta: META } };
    };
    const [lead] = await db.select({ id: institutions.id }).from(institutions).where(eq(institutions.name, LEAD.institution));
    const [owner, asker] = await Promise.all([person(LEAD.email), person(APPLICANTS.first.email)]);
    const programme = await createOpenProgramme(db, { leadInstitutionId: lead!.id, title: `E2E discussions programme ${run}` });
    const asked = await startThread(asker.ctx, { audience: "public", programmeId: programme.id, subject: `Eligibility ${run}`, body: "May a **university department** apply?", mentions: [] });
    await postMessage(owner.ctx, { threadId: asked.threadId, parentId: asked.messageId, body: "Yes, on behalf of its verified institution.", mentions: [] });
    return { reference: programme.reference, names: [owner.name, asker.name] };
  } finally {
    await handle.close();
  }
}

test.describe("public questions without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a visitor reads a question and the lead's answer on the programme page; no person is named", async ({ page }) => {
    const { reference, names } = await askedAndAnswered();
    await page.goto(`/en/programmes/${reference}`);
    const qa = page.getByRole("region", { name: "Questions and answers" });
    await expect(qa.getByRole("heading", { level: 3, name: `Eligibility ${run}` })).toBeVisible();
    await expect(qa.locator("strong", { hasText: "university department" })).toBeVisible();
    await expect(qa.getByText("Yes, on behalf of its verified institution.")).toBeVisible();
    await expect(qa.getByText(APPLICANTS.first.institution)).toBeVisible();
    await expect(qa.getByText(LEAD.institution)).toBeVisible();
    for (const name of names) await expect(qa.getByText(name)).toHaveCount(0);
    await expect(qa.getByText("Sign in as a member of a verified institution to ask a question.")).toBeVisible();
    await expectAccessibleWithoutJavaScript(page, "programme page with public questions");
  });
});
