// Discussions, end to end: a public question and the lead's answer on an open programme are
// readable without JavaScript (server-rendered on the programme page), with no person named.
// The fixture asks and answers through the real use cases as demo people (Universidade de São
// Paulo asks, the University of Nairobi answers); each run makes its own programme.
// Then, in the browser (issue #16): a reviewer asks the proposers a question and the proposer
// answers, @mentioning "Reviewer n" from the suggestion list, without learning who asked; the
// panel discusses before the chair decides, which closes the panel thread; the parties discuss a clause of an agreement, and sending the version for
// signature closes the thread. Each scenario makes its own proposal or agreement (support/discussions.ts).
import { eq } from "drizzle-orm";
import { createDb } from "../../db/client";
import { institutions, users } from "../../db/schema";
import { loadViewer } from "../../server/auth/load-viewer";
import { postMessage } from "../../server/discussions/post-message";
import { startThread } from "../../server/discussions/start-thread";
import { createOpenProgramme } from "../factories/participation";
import { DEMO, demoSessions } from "./support/accounts";
import { expectAccessible, expectAccessibleWithoutJavaScript } from "./support/axe";
import { clauseFixture, reviewFixture } from "./support/discussions";
import { expectNoPanelIdentity } from "./support/panel";
import { recordDecision } from "./support/proposals";
import { E2E_DATABASE_URL } from "./support/outbox";
import { APPLICANTS, LEAD } from "./support/participation";
import { expect, test, type Page } from "./support/test";

const run = Date.now().toString(36);
const NAIROBI_NAME = LEAD.institution;
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

/** Starts a thread from the section of the page that lists the audience's threads, and waits for the thread page. */
async function startThreadIn(page: Page, section: string, subject: string, body: string, clause?: string): Promise<string> {
  const region = page.getByRole("region", { name: section, exact: true });
  const form = region.getByRole("form", { name: "Start a thread" });
  if (clause) await form.getByLabel("Clause").selectOption({ label: clause });
  await form.getByLabel("Subject").fill(subject);
  await form.getByLabel("Message", { exact: true }).fill(body);
  await form.getByRole("button", { name: "Start the thread" }).click();
  await page.waitForURL(/\/en\/discussions\/[0-9a-z]{20}$/);
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

/** Writes a message in the open thread and waits for it in the list. */
async function reply(page: Page, body: string): Promise<void> {
  const form = page.getByRole("form", { name: "Write a message" });
  await form.getByLabel("Your message").fill(body);
  await form.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("list", { name: "Messages" }).getByText(body)).toBeVisible();
  await expect(form.getByLabel("Your message")).toHaveValue("");
}

/**
 * Writes a message that @mentions `label` through the suggestion list (keyboard only: arrows,
 * Escape, Enter), then sends it; the sent message shows the mention highlighted.
 */
async function mentionAndReply(page: Page, label: string, body: string): Promise<void> {
  const form = page.getByRole("form", { name: "Write a message" });
  const box = form.getByLabel("Your message");
  const suggestions = page.getByRole("listbox", { name: "People you can mention" });
  await box.click();
  await box.pressSequentially("@");
  await expect(suggestions).toBeVisible();
  await box.press("Escape");
  await expect(suggestions).toHaveCount(0);
  await box.press("Backspace");
  await box.pressSequentially(`@${label}`);
  await expect(suggestions.getByRole("option")).toHaveText([label]);
  await box.press("ArrowDown");
  await expect(suggestions.getByRole("option", { name: label })).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
  await expect(suggestions).toHaveCount(0);
  await expect(box).toHaveValue(`@${label} `);
  await expect(form.getByRole("list").getByText(label, { exact: true })).toBeVisible();
  await box.pressSequentially(body);
  await form.getByRole("button", { name: "Send" }).click();
  const sent = page.getByRole("list", { name: "Messages" }).getByRole("listitem").filter({ hasText: body });
  await expect(sent.locator("mark", { hasText: `@${label}` })).toBeVisible();
  await expect(box).toHaveValue("");
}

/** The message of the thread page whose text holds `body`. */
const messageWith = (page: Page, body: string) => page.getByRole("list", { name: "Messages" }).getByRole("listitem").filter({ hasText: body });

test.describe("discussions around a review and an agreement", () => {
  // Two or three people sign in per scenario and axe runs on each page.
  test.describe.configure({ timeout: 120_000 });
  const sessions = demoSessions();
  test.afterAll(async () => {
    await sessions.closeAll();
  });

  test("a reviewer asks the proposers a question; the proposer answers and sees only “Reviewer n”", async ({ browser, baseURL }) => {
    const fixture = await reviewFixture(run, "asking");
    const [asker] = fixture.reviewers;
    const subject = `Who trains the trainers? ${run}`;
    const question = `Which lecturers will teach the remote track? (${run})`;
    const answer = `Two senior lecturers of the School of Computing. (${run})`;

    const reviewer = await sessions.signedIn(browser, baseURL, asker!.email);
    let threadId = "";
    await test.step("the reviewer starts a thread with the proposers from the review sheet", async () => {
      await reviewer.goto(`/en/reviews/${fixture.programmeId}`);
      await expect(reviewer.getByRole("heading", { level: 1, name: fixture.title })).toBeVisible();
      await expect(reviewer.getByRole("region", { name: "Proposers and reviewers", exact: true }).getByText("No threads yet.")).toBeVisible();
      await expectAccessible(reviewer, "review sheet with its discussions");
      threadId = await startThreadIn(reviewer, "Proposers and reviewers", subject, question);
      await expect(messageWith(reviewer, question)).toContainText(new RegExp(`Reviewer \\d \\(${asker!.name}\\)`));
      await expectAccessible(reviewer, "thread started by a reviewer");
    });

    const owner = await sessions.signedIn(browser, baseURL, DEMO.owner);
    await test.step("the proposer finds the thread on the proposal page and answers", async () => {
      await owner.goto(`/en/proposals/${fixture.programmeId}`);
      const section = owner.getByRole("region", { name: "Proposers and reviewers", exact: true });
      await expect(section.getByText("1 message", { exact: false })).toBeVisible();
      await expect(owner.getByRole("region", { name: "Review panel", exact: true })).toHaveCount(0);
      await expectNoPanelIdentity(owner, [...fixture.reviewers, fixture.chair]);
      await section.getByRole("link", { name: subject }).click();
      await owner.waitForURL(`**/en/discussions/${threadId}`);
      await expect(messageWith(owner, question).getByText(/^Reviewer \d$/)).toBeVisible();
      await expectNoPanelIdentity(owner, [...fixture.reviewers, fixture.chair]);
      await expectAccessible(owner, "thread as the proposer reads it");
      await owner.getByLabel("Answer").selectOption({ index: 1 });
      await expect(owner.getByLabel("Answer").locator("option:checked")).toHaveText(/^Reply to the message of Reviewer \d$/);
      await mentionAndReply(owner, (await messageWith(owner, question).getByText(/^Reviewer \d$/).textContent())!.trim(), answer);
      await expect(messageWith(owner, answer)).toContainText("Reply");
      await expect(messageWith(owner, answer)).toContainText(NAIROBI_NAME);
      await expectNoPanelIdentity(owner, [...fixture.reviewers, fixture.chair]);
    });

    await test.step("the reviewer reads the answer", async () => {
      await reviewer.reload();
      await expect(messageWith(reviewer, answer)).toContainText(NAIROBI_NAME);
    });
  });

  test("the panel discusses before the chair decides; the decision closes the panel thread", async ({ browser, baseURL }) => {
    const fixture = await reviewFixture(run, "panel");
    const [first] = fixture.reviewers;
    const subject = `Is the budget realistic? ${run}`;
    const doubt = `The travel budget looks low for three countries. (${run})`;
    const view = `Agreed, but it does not block approval; I will say so in the letter. (${run})`;

    const reviewer = await sessions.signedIn(browser, baseURL, first!.email);
    let threadId = "";
    await test.step("a reviewer starts a panel thread from the review sheet", async () => {
      await reviewer.goto(`/en/reviews/${fixture.programmeId}`);
      threadId = await startThreadIn(reviewer, "Review panel", subject, doubt);
      await expect(reviewer.getByText("Only the panel, its chair and the admins read these threads, to discuss before the decision.")).toBeVisible();
    });

    const chair = await sessions.signedIn(browser, baseURL, fixture.chair.email);
    await test.step("the chair reads it, with the reviewer named, and answers", async () => {
      await chair.goto(`/en/reviews/${fixture.programmeId}`);
      await chair.getByRole("region", { name: "Review panel", exact: true }).getByRole("link", { name: subject }).click();
      await chair.waitForURL(`**/en/discussions/${threadId}`);
      await expect(messageWith(chair, doubt)).toContainText(first!.name);
      await reply(chair, view);
      await expectAccessible(chair, "panel thread with the chair's answer");
    });

    const owner = await sessions.signedIn(browser, baseURL, DEMO.owner);
    await test.step("the proposer neither sees the panel's threads nor opens one", async () => {
      await owner.goto(`/en/proposals/${fixture.programmeId}`);
      await expect(owner.getByRole("heading", { level: 1, name: fixture.title })).toBeVisible();
      await expect(owner.getByRole("link", { name: subject })).toHaveCount(0);
      await owner.goto(`/en/discussions/${threadId}`);
      await expect(owner.getByText(doubt)).toHaveCount(0);
      await expect(owner.getByRole("heading", { level: 1, name: subject })).toHaveCount(0);
    });

    await test.step("the chair approves; the panel thread no longer takes messages", async () => {
      await chair.goto(`/en/reviews/${fixture.programmeId}`);
      await recordDecision(chair, "Approve", `The panel approves the programme. (${run})`);
      await expect(chair.getByRole("status").filter({ hasText: "The decision has been recorded and the proposer has been notified." })).toBeVisible();
      await expect(chair.getByRole("region", { name: "Review panel", exact: true }).getByText("These threads are closed: they no longer take messages.")).toBeVisible();
      await expect(chair.getByRole("region", { name: "Review panel", exact: true }).getByRole("form", { name: "Start a thread" })).toHaveCount(0);
      await chair.goto(`/en/discussions/${threadId}`);
      await expect(chair.getByText("This thread is closed: it no longer takes messages.")).toBeVisible();
      await expect(messageWith(chair, view)).toBeVisible();
      await expect(chair.getByRole("form", { name: "Write a message" })).toHaveCount(0);
      await expectAccessible(chair, "panel thread closed by the decision");
    });
  });

  test("the parties discuss a clause of an agreement; sending the version for signature closes the thread", async ({ browser, baseURL }) => {
    const fixture = await clauseFixture(run);
    const subject = `Five years of retention? ${run}`;
    const concern = `Our ethics board asks for a shorter retention of the clinic records. (${run})`;
    const answer = `We can agree on three years; the draft already says so. (${run})`;

    const partner = await sessions.signedIn(browser, baseURL, fixture.tsinghuaSignatory.email);
    let threadId = "";
    await test.step("Tsinghua's signatory starts a thread on the retention clause", async () => {
      await partner.goto(`/en/agreements/${fixture.agreementId}`);
      const section = partner.getByRole("region", { name: "Clause discussions", exact: true });
      await expect(section.getByText("No threads yet.")).toBeVisible();
      await expectAccessible(partner, "draft agreement with its clause discussions");
      threadId = await startThreadIn(partner, "Clause discussions", subject, concern, "Retention period");
      await expect(partner.getByText("Retention period", { exact: false }).first()).toBeVisible();
      await expect(messageWith(partner, concern)).toContainText(`${fixture.tsinghuaSignatory.name}, Tsinghua University`);
      await expectAccessible(partner, "clause thread");
    });

    const lead = await sessions.signedIn(browser, baseURL, DEMO.owner);
    await test.step("the lead answers from the agreement page, then sends the version for signature", async () => {
      await lead.goto(`/en/agreements/${fixture.agreementId}`);
      await lead.getByRole("region", { name: "Clause discussions", exact: true }).getByRole("link", { name: `Retention period: ${subject}` }).click();
      await lead.waitForURL(`**/en/discussions/${threadId}`);
      await reply(lead, answer);
      await expect(messageWith(lead, answer)).toContainText(NAIROBI_NAME);
      await lead.getByRole("link", { name: `Back to ${fixture.reference}` }).click();
      await lead.waitForURL(`**/en/agreements/${fixture.agreementId}`);
      await expect(lead.getByText("Every check passes: the agreement can be sent for signature.")).toBeVisible();
      await lead.getByRole("button", { name: "Send for signature" }).click();
      await lead.waitForURL(`**/en/agreements/${fixture.agreementId}?done=sent`);
      await expect(lead.getByText("The agreement was sent for signature. The parties' signatories have been notified.")).toBeVisible();
      const section = lead.getByRole("region", { name: "Clause discussions", exact: true });
      await expect(section.getByText("These threads are closed: they no longer take messages.")).toBeVisible();
      await expect(section.getByRole("form", { name: "Start a thread" })).toHaveCount(0);
      await expectAccessible(lead, "agreement sent for signature, clause threads closed");
    });

    await test.step("the thread is closed for both parties", async () => {
      for (const page of [partner, lead]) {
        await page.goto(`/en/discussions/${threadId}`);
        await expect(page.getByText("This thread is closed: it no longer takes messages.")).toBeVisible();
        await expect(messageWith(page, answer)).toBeVisible();
        await expect(page.getByRole("form", { name: "Write a message" })).toHaveCount(0);
      }
      await expectAccessible(partner, "clause thread closed");
    });
  });
});
