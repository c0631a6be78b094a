// Proposals and review, end to end in a real browser: a member of the University of Nairobi
// drafts and submits a proposal; the admin assigns the suggested panel (three reviewers and a
// chair); one reviewer recuses, two review; the chair requests changes; the proposer revises
// and resubmits; a reviewer reads the diff between the revisions; the two reviewers review
// revision 2 (the quorum counts reviews of the current revision only) and the chair approves;
// the proposer reads the decision and the letter and never a reviewer's name. Every page on the
// way passes axe, and the proposal page and the review sheet are also checked in Arabic.
// The steps share state and run in order; each run makes its own proposal (a unique title).
import { expect, test, type Page } from "./support/test";
import { DEMO, demoSessions } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { findNotification } from "./support/notifications";
import { expectRightToLeftArabic } from "./support/pages";
import { activeCriteria, ensureEligibleReviewers, expectNoPanelIdentity, institutionIdByName, panelOf, referenceOf, type PanelMember } from "./support/panel";
import { fillProposalForm, recordDecision, SAMPLE_PROPOSAL, submitReview } from "./support/proposals";
import { confirmStep } from "./support/confirm";

// Six people sign in and axe runs on every page: well over the default 30 s per step.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const run = Date.now().toString(36);
const LEAD = "University of Nairobi";
const title = `E2E Applied ML school for East African universities ${run}`;
const proposal = SAMPLE_PROPOSAL;
const revisedSummary = "A six-month applied machine learning school, now with a remote track, that trains lecturers from East and Central African universities.";
const revisedCapacity = "20";
const letters = {
  changes: `Please add a remote track and widen the reach to Central Africa. (${run})`,
  approval: `The panel approves the revised programme. Congratulations. (${run})`,
};

// Shared between the steps.
const people: { owner?: Page; admin?: Page; chair?: Page; recused?: Page; reviewers: Page[] } = { reviewers: [] };
let leadInstitutionId = "";
let programmeId = "";
let reference = "";
let criteria: string[] = [];
let panel: PanelMember[] = [];
let chair: PanelMember;
let recusing: PanelMember;
let reviewing: PanelMember[] = [];
const sessions = demoSessions();
const { signedIn } = sessions;

const comments = (who: number, revision: number) => `Comment to the proposer from reviewer ${who + 1} on revision ${revision} (${run}).`;
const confidential = (who: number, revision: number) => `Confidential note ${who + 1}/${revision} for the chair only (${run}).`;
/** Every confidential comment of the scenario: the proposer must never receive one. */
const confidentialNotes = () => [1, 2].flatMap((revision) => [...reviewing.keys()].map((index) => confidential(index, revision)));
const scores = (score: number) => Object.fromEntries(criteria.map((code) => [code, score]));

test.afterAll(async () => {
  await sessions.closeAll();
});

test("a member drafts a proposal, saves it and submits it", async ({ browser, baseURL }) => {
  leadInstitutionId = await institutionIdByName(LEAD);
  criteria = await activeCriteria();
  const page = (people.owner = await signedIn(browser, baseURL, DEMO.owner));

  await test.step("the institution's Proposals section leads to a new draft", async () => {
    await page.goto(`/en/dashboard/institutions/${leadInstitutionId}`);
    await expect(page.getByRole("heading", { level: 1, name: LEAD })).toBeVisible();
    await page.getByRole("region", { name: "Proposals", exact: true }).getByRole("link", { name: "New proposal" }).click();
    await page.waitForURL(`**/en/proposals/new?institution=${leadInstitutionId}`);
    await expect(page.getByRole("heading", { level: 1, name: "New proposal" })).toBeVisible();
    await expectAccessible(page, "new proposal");
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByRole("button", { name: "Create draft" }).click();
    await page.waitForURL(/\/en\/proposals\/[0-9a-z]{20}\/edit\?created=1$/);
    programmeId = new URL(page.url()).pathname.split("/").at(-2)!;
    reference = await referenceOf(programmeId);
    await expect(page.getByRole("heading", { level: 1, name: "Edit proposal" })).toBeVisible();
    await expect(page.getByText("Your draft has been created. Fill in the fields below and save.")).toBeVisible();
    await expect(page.getByText("Draft", { exact: true })).toBeVisible();
    await expectAccessible(page, "edit page of a new draft");
  });

  await test.step("submitting the bare draft is refused field by field", async () => {
    await page.getByRole("button", { name: "Submit proposal" }).click();
    await confirmStep(page);
    await expect(page.getByText("Please correct the following:")).toBeVisible();
    await expect(page.getByLabel("Summary", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
    await expect(page).toHaveURL(/\/edit\?created=1$/);
    await expectAccessible(page, "edit page: incomplete proposal refused");
  });

  await test.step("every field is filled and the draft saved; it reopens as saved", async () => {
    await fillProposalForm(page, proposal);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Draft saved.")).toBeVisible();
    await expectAccessible(page, "edit page: draft saved");
    await page.goto(`/en/proposals/${programmeId}/edit`);
    await expect(page.getByLabel("Summary", { exact: true })).toHaveValue(proposal.summary);
    await expect(page.getByLabel("Capacity (institutions)", { exact: true })).toHaveValue(proposal.capacity);
    await expect(page.getByLabel("Hub country", { exact: true })).toHaveValue("KE");
    await expect(page.getByRole("group", { name: "Funding source 2", exact: true }).getByLabel("Contribution")).toHaveValue("40000");
  });

  await test.step("the complete proposal is submitted", async () => {
    await page.getByRole("button", { name: "Submit proposal" }).click();
    await confirmStep(page);
    await page.waitForURL(`**/en/proposals/${programmeId}?done=submitted`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Your proposal has been submitted. The administrators will assign a review panel.")).toBeVisible();
    await expect(page.getByText("Submitted", { exact: true }).first()).toBeVisible();
    await expect(page.getByText(reference, { exact: true })).toBeVisible();
    await expectAccessible(page, "proposal page: submitted");
  });
});

test("the admin assigns three reviewers and a chair from the suggestion", async ({ browser, baseURL }) => {
  // Four conflict-free reviewers are needed (three seats and a chair); the demo data has five.
  await ensureEligibleReviewers(leadInstitutionId, 4);
  const page = (people.admin = await signedIn(browser, baseURL, DEMO.admin));
  await page.goto("/en/review-desk");
  await expect(page.getByRole("heading", { level: 1, name: "Review desk" })).toBeVisible();
  await expectAccessible(page, "review desk");
  await page.getByRole("region", { name: "Waiting for a panel" }).getByRole("link", { name: title }).click();
  await page.waitForURL(`**/en/review-desk/${programmeId}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("No one is on the panel yet.")).toBeVisible();
  await expectAccessible(page, "review desk: proposal without a panel");

  await page.getByRole("button", { name: "Use suggestion" }).click();
  await expect(page.getByText("The suggested panel is selected. Check it, then assign the panel.")).toBeVisible();
  await expect(page.getByText("3 reviewers selected (target panel size: 3).")).toBeVisible();
  const namesChecked = async (role: "checkbox" | "radio", prefix: string) => {
    const labels = await page.getByRole(role, { name: new RegExp(`^${prefix}`), checked: true }).evaluateAll((els) => els.map((el) => el.getAttribute("aria-label") ?? ""));
    return labels.map((l) => l.slice(prefix.length));
  };
  const suggestedReviewers = await namesChecked("checkbox", "Reviewer: ");
  const suggestedChair = await namesChecked("radio", "Chair: ");
  expect(suggestedReviewers).toHaveLength(3);
  expect(suggestedChair).toHaveLength(1);
  await expect(page.getByText(`Chair selected: ${suggestedChair[0]}.`)).toBeVisible();
  await expectAccessible(page, "review desk: suggestion selected");

  await page.getByRole("button", { name: "Assign panel", exact: true }).click();
  await expect(page.getByText("The panel was assigned and its members were notified.")).toBeVisible();
  const seated = page.getByRole("table", { name: "Members of the review panel" });
  await expect(seated.getByRole("row")).toHaveCount(5); // a header row and four members

  panel = await panelOf(programmeId);
  const reviewers = panel.filter((m) => m.role === "reviewer");
  chair = panel.find((m) => m.role === "chair")!;
  expect(reviewers.map((m) => m.name).sort()).toEqual([...suggestedReviewers].sort());
  expect(chair?.name).toBe(suggestedChair[0]);
  for (const member of panel) {
    expect(member.status).toBe("active");
    await expect(seated.getByRole("rowheader", { name: member.name, exact: true })).toBeVisible();
  }
  recusing = reviewers[0]!;
  reviewing = reviewers.slice(1);
  await expectAccessible(page, "review desk: panel assigned");
});

test("one reviewer declares a conflict of interest and leaves the panel", async ({ browser, baseURL }) => {
  const page = (people.recused = await signedIn(browser, baseURL, recusing.email));
  const assigned = `You have been assigned to the review panel of ${reference} “${title}” as reviewer.`;
  await (await findNotification(page, assigned, "notifications of a reviewer")).click();

  await page.waitForURL(`**/en/reviews/${programmeId}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Reviewer, Active")).toBeVisible();
  await expectAccessible(page, "review sheet of revision 1");
  await page.getByRole("button", { name: "Declare a conflict of interest" }).click();
  await page.getByLabel("Describe the conflict of interest").fill("I co-supervise two PhD students with the lead team.");
  await expectAccessible(page, "review sheet: recusal form open");
  await page.getByRole("button", { name: "Confirm recusal" }).click();

  await page.waitForURL(`**/en/reviews?recused=${encodeURIComponent(reference)}`);
  await expect(page.getByText(`You declared a conflict of interest and left the panel of ${reference}. The administrators have been told.`)).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: reference, exact: true }) });
  await expect(row.getByRole("cell", { name: "Recused", exact: true })).toBeVisible();
  await expect(row.getByRole("link")).toHaveCount(0);
  await expectAccessible(page, "my reviews after recusing");
  expect((await panelOf(programmeId)).find((m) => m.userId === recusing.userId)?.status).toBe("recused");

  await test.step("the admin was told of the submission and of the recusal, and the desk shows the seat as recused", async () => {
    const admin = people.admin!;
    await findNotification(admin, `${LEAD} submitted the proposal ${reference} “${title}” (revision 1).`, "notifications of the admin");
    const recused = await findNotification(admin, `A panel member recused from ${reference} “${title}”. The panel may need a replacement.`, "notifications of the admin");
    await recused.click();
    await admin.waitForURL(`**/en/review-desk/${programmeId}`);
    const seat = admin.getByRole("table", { name: "Members of the review panel" }).getByRole("row").filter({ has: admin.getByRole("rowheader", { name: recusing.name, exact: true }) });
    await expect(seat.getByRole("cell").nth(1)).toHaveText("Recused");
    await expectAccessible(admin, "review desk: a seat recused");
  });
});

test("the two other reviewers review revision 1; each sees the other reviews only after their own", async ({ browser, baseURL }) => {
  for (const [index, reviewer] of reviewing.entries()) {
    await test.step(`reviewer ${index + 1} reviews`, async () => {
      const page = await signedIn(browser, baseURL, reviewer.email);
      people.reviewers.push(page);
      await page.goto("/en/reviews");
      await expect(page.getByRole("heading", { level: 1, name: "My reviews" })).toBeVisible();
      await expectAccessible(page, "my reviews");
      await page.getByRole("link", { name: title }).click();
      await page.waitForURL(`**/en/reviews/${programmeId}`);
      await expect(page.getByText("You will see the other reviews once you have submitted your own.")).toBeVisible();
      await expectAccessible(page, "review sheet: rubric form");
      await submitReview(page, { scores: scores(3), comments: comments(index, 1), confidential: confidential(index, 1), recommendation: "Recommend revision" });
      const others = page.getByRole("region", { name: "Other reviews", exact: true });
      if (index === 0) await expect(others.getByText("No other review has been submitted for this revision yet.")).toBeVisible();
      else await expect(others.getByText(comments(0, 1))).toBeVisible();
      await expectAccessible(page, "review sheet: review submitted");
    });
  }
});

test("the chair reads the panel and requests changes", async ({ browser, baseURL }) => {
  const page = (people.chair = await signedIn(browser, baseURL, chair.email));
  await page.goto(`/en/reviews/${programmeId}`);
  await expect(page.getByText("Chair, Active")).toBeVisible();
  await expect(page.getByText("2 reviews submitted for this revision")).toBeVisible();
  const scoresTable = page.getByRole("table", { name: "Scores of the submitted reviews for this revision" });
  for (const reviewer of reviewing) await expect(scoresTable.getByRole("rowheader", { name: reviewer.name })).toBeVisible();
  await expect(scoresTable.getByRole("rowheader", { name: recusing.name })).toHaveCount(0);
  await expectAccessible(page, "review sheet of the chair");

  await recordDecision(page, "Request changes", letters.changes);
  await expect(page.getByRole("status").filter({ hasText: "The decision has been recorded and the proposer has been notified." })).toBeVisible();
  await expect(page.getByText("This proposal is not under review at the moment, so reviews and decisions are closed.")).toBeVisible();
  await expect(page.getByText("Changes requested", { exact: true }).first()).toBeVisible();
  await expectAccessible(page, "review sheet: changes requested");
});

test("the proposer reads the letter, revises the proposal and resubmits it as revision 2", async () => {
  const page = people.owner!;
  const decided = `A decision has been recorded on your proposal ${reference} “${title}”.`;
  await (await findNotification(page, decided, "notifications of the proposer")).click();

  await page.waitForURL(`**/en/proposals/${programmeId}`);
  const decision = page.getByRole("article", { name: "Decision on revision 1" });
  await expect(decision.getByText("Changes requested", { exact: true })).toBeVisible();
  await expect(decision.getByText(letters.changes)).toBeVisible();
  for (const index of reviewing.keys()) await expect(decision.getByText(comments(index, 1))).toBeVisible();
  await expectNoPanelIdentity(page, panel, confidentialNotes());
  await expectAccessible(page, "proposal page: changes requested");

  await page.getByRole("link", { name: "Edit proposal" }).click();
  await page.waitForURL(`**/en/proposals/${programmeId}/edit`);
  await expect(page.getByLabel("Summary", { exact: true })).toHaveValue(proposal.summary);
  await page.getByLabel("Summary", { exact: true }).fill(revisedSummary);
  await page.getByLabel("Capacity (institutions)", { exact: true }).fill(revisedCapacity);
  await expectAccessible(page, "edit page: revising after changes were requested");
  await page.getByRole("button", { name: "Resubmit proposal" }).click();
  await confirmStep(page);

  await page.waitForURL(`**/en/proposals/${programmeId}?done=resubmitted`);
  await expect(page.getByText("Your revised proposal has been resubmitted to the review panel.")).toBeVisible();
  await expect(page.getByText("Under review", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Revisions", exact: true }).getByRole("listitem").filter({ hasText: "Revision 2" })).toBeVisible();
  await expectAccessible(page, "proposal page: resubmitted");
});

test("a reviewer compares revision 1 with revision 2", async () => {
  const page = people.reviewers[0]!;
  await page.goto(`/en/reviews/${programmeId}`);
  await expect(page.getByRole("heading", { level: 2, name: "The proposal as submitted (revision 2)" })).toBeVisible();
  const compare = page.getByRole("region", { name: "Compare revisions", exact: true });
  await compare.getByLabel("From revision").selectOption({ label: "Revision 1" });
  await compare.getByLabel("To revision").selectOption({ label: "Revision 2" });
  await compare.getByRole("button", { name: "Show changes" }).click();

  await page.waitForURL(/\?from=1&to=2#compare$/);
  await expect(compare.getByRole("heading", { name: "Changes from revision 1 to revision 2" })).toBeVisible();
  const changeOf = (field: string) => compare.getByRole("heading", { name: field, exact: true }).locator("xpath=following-sibling::p[1]");
  await expect(changeOf("Summary").locator("ins")).toContainText(["remote track"]);
  await expect(changeOf("Summary").locator("del").first()).toBeVisible();
  await expect(changeOf("Capacity (institutions)").locator("del")).toContainText(["12"]);
  await expect(changeOf("Capacity (institutions)").locator("ins")).toContainText(["20"]);
  await expect(compare.getByRole("heading", { name: "Title", exact: true })).toHaveCount(0);
  await expectAccessible(page, "review sheet: diff between revisions 1 and 2");
});

test("the quorum counts reviews of revision 2 only: the chair must wait, the two reviewers review again", async () => {
  await test.step("the chair cannot decide on revision 2 yet", async () => {
    const page = people.chair!;
    await page.goto(`/en/reviews/${programmeId}`);
    await expect(page.getByText("No reviews submitted yet for this revision")).toBeVisible();
    await expectAccessible(page, "review sheet of the chair, revision 2");
    await recordDecision(page, "Approve", letters.approval);
    await expect(page.getByRole("alert").filter({ hasText: "The decision needs more submitted reviews first: the quorum is 2 and 0 have been submitted." })).toBeVisible();
    await expectAccessible(page, "review sheet: decision refused below quorum");
  });
  for (const [index, page] of people.reviewers.entries()) {
    await test.step(`reviewer ${index + 1} reviews revision 2`, async () => {
      await page.goto(`/en/reviews/${programmeId}`);
      await expect(page.getByText("Reviewer, Active")).toBeVisible();
      await submitReview(page, { scores: scores(4), comments: comments(index, 2), confidential: confidential(index, 2), recommendation: "Recommend approval" });
      await expect(page.getByText("Your review of revision 2")).toBeVisible();
    });
  }
});

test("the chair approves revision 2", async () => {
  const page = people.chair!;
  await page.goto(`/en/reviews/${programmeId}`);
  await expect(page.getByText("2 reviews submitted for this revision")).toBeVisible();
  await recordDecision(page, "Approve", letters.approval);
  await expect(page.getByRole("status").filter({ hasText: "The decision has been recorded and the proposer has been notified." })).toBeVisible();
  await expect(page.getByText("Approved", { exact: true }).first()).toBeVisible();
  await expectAccessible(page, "review sheet: approved");
});

test("the proposer sees the decision and the letters, the comments meant for them and no reviewer's name", async () => {
  const page = people.owner!;
  await page.goto(`/en/proposals/${programmeId}`);
  const header = page.locator("header").filter({ has: page.getByRole("heading", { level: 1, name: title }) });
  await expect(header.getByText("Approved", { exact: true })).toBeVisible();

  const approval = page.getByRole("article", { name: "Decision on revision 2" });
  await expect(approval.getByText("Approved", { exact: true })).toBeVisible();
  await expect(approval.getByText(letters.approval)).toBeVisible();
  for (const index of reviewing.keys()) await expect(approval.getByText(comments(index, 2))).toBeVisible();
  const changes = page.getByRole("article", { name: "Decision on revision 1" });
  await expect(changes.getByText("Changes requested", { exact: true })).toBeVisible();
  await expect(changes.getByText(letters.changes)).toBeVisible();
  await expect(page.getByText("Proposal approved")).toBeVisible();

  await expectNoPanelIdentity(page, panel, confidentialNotes());
  await expectAccessible(page, "proposal page: approved");
});

test("the proposal page and the review sheet in Arabic are right to left and accessible", async () => {
  await test.step("the proposal page, as the proposer", () => expectRightToLeftArabic(people.owner!, `/ar/proposals/${programmeId}`));
  await test.step("the review sheet, as a reviewer", () => expectRightToLeftArabic(people.reviewers[0]!, `/ar/reviews/${programmeId}`));
});
