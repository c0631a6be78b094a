// The catalogue and participation, end to end in a real browser. The lead (University of Nairobi)
// publishes its approved one-place agricultural pilot and an admin designates it as flagship; a
// visitor WITHOUT JavaScript filters the catalogue to open flagship agriculture programmes in
// Sub-Saharan Africa and opens it; a member of another institution (USP) applies (a refusal first,
// with nothing typed lost); a member of a third institution (UCAD) opens the apply page while a
// place is still free; the lead accepts USP from the dashboard's waiting list, which fills the
// programme; UCAD's application is then refused with a readable message, its text kept; USP's
// dashboard shows the accepted application. Then the lead starts and completes the programme with
// an outcome report, and a data-sharing programme without an agreement cannot start (the page says
// why and links to its agreements). Every page passes axe; the main pages are also checked in Arabic.
// The steps share state and run in order; each run makes its own programmes (unique titles).
import { expect, test, type Page } from "./support/test";
import { DEMO, demoSessions } from "./support/accounts";
import { expectAccessible, expectAccessibleWithoutJavaScript } from "./support/axe";
import { expectRightToLeftArabic } from "./support/pages";
import { APPLICANTS, applicationsTo, createParticipationFixtures, LEAD, letStartDateCome, programmeState, type ProgrammeFixture } from "./support/participation";
import { confirmStep } from "./support/confirm";

test.describe.configure({ mode: "serial", timeout: 120_000 });

const run = Date.now().toString(36);
const motivation = {
  usp: `USP's agricultural AI group runs maize disease field trials in São Paulo state and would share its labelled images and extension training materials. (${run})`,
  ucad: `UCAD trains agronomists for the Sahel and wants to adapt the detection models to millet and sorghum. (${run})`,
};

let catalogue: ProgrammeFixture;
let dataSharing: ProgrammeFixture;
const pages: { lead?: Page; admin?: Page; usp?: Page; ucad?: Page } = {};
const sessions = demoSessions();
const { signedIn } = sessions;

test.beforeAll(async () => {
  ({ catalogue, dataSharing } = await createParticipationFixtures(run));
});

test.afterAll(async () => {
  await sessions.closeAll();
});

test("the lead publishes its approved programme and an admin designates it as flagship", async ({ browser, baseURL }) => {
  const lead = (pages.lead = await signedIn(browser, baseURL, LEAD.email));
  await test.step("the lead's dashboard lists the approved programme among its proposals", async () => {
    const work = lead.getByRole("region", { name: `Work of ${LEAD.institution}` });
    await expect(work.getByRole("heading", { name: "Waiting for our decision" })).toBeVisible();
    const proposals = work.getByRole("table", { name: "Our proposals" });
    const row = proposals.getByRole("row").filter({ hasText: catalogue.title });
    await expect(row.getByText("Approved", { exact: true })).toBeVisible();
    await expectAccessible(lead, "dashboard of the lead");
    await row.getByRole("link", { name: catalogue.title }).click();
    await lead.waitForURL(`**/en/proposals/${catalogue.id}`);
  });
  await expect(lead.getByRole("heading", { level: 1, name: catalogue.title })).toBeVisible();
  await expectRightToLeftArabic(lead, `/ar/proposals/${catalogue.id}`);
  await lead.goto(`/en/proposals/${catalogue.id}`);
  const running = lead.getByRole("region", { name: "Running the programme" });
  await expect(running.getByText("The proposal has been approved. Publish it to list it in the public catalogue and open it for applications.")).toBeVisible();
  await expectAccessible(lead, "proposal page: approved, ready to publish");
  await running.getByRole("button", { name: "Publish and open for applications" }).click();
  await confirmStep(lead);
  await lead.waitForURL(`**/en/proposals/${catalogue.id}?done=published`);
  await expect(lead.getByText("The programme is published and open for applications.")).toBeVisible();
  await expect(lead.getByText("Open for applications", { exact: true }).first()).toBeVisible();
  await expect(lead.getByRole("region", { name: "Applications" }).getByText("0 of 1 place taken")).toBeVisible();
  await expectAccessible(lead, "proposal page: published");

  const admin = (pages.admin = await signedIn(browser, baseURL, DEMO.admin));
  await admin.goto(`/en/proposals/${catalogue.id}`);
  const flagship = admin.getByRole("region", { name: "Flagship designation" });
  await expect(flagship.getByText("This programme is not a flagship project.")).toBeVisible();
  await expectAccessible(admin, "proposal page as admin");
  await flagship.getByRole("button", { name: "Designate as flagship" }).click();
  await expect(flagship.getByText("The programme is now a flagship project.")).toBeVisible();
  await expect(flagship.getByRole("button", { name: "Remove the flagship designation" })).toBeEnabled();
  await expect(admin.getByText("Flagship", { exact: true })).toBeVisible();
  await expectAccessible(admin, "proposal page: flagship designated");
  expect(await programmeState(catalogue.id)).toMatchObject({ status: "open", isFlagship: true });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a visitor filters the catalogue to open flagship agriculture programmes in Sub-Saharan Africa and opens one", async ({ page }) => {
    await page.goto("/en/programmes");
    await expect(page.getByRole("heading", { level: 1, name: "Programmes" })).toBeVisible();
    await expectAccessibleWithoutJavaScript(page, "catalogue");
    const filters = page.getByRole("search", { name: "Filter programmes" });
    await filters.getByLabel("Status").selectOption("open");
    await filters.getByLabel("Sector").selectOption("agriculture");
    await filters.getByLabel("Region").selectOption("Sub-Saharan Africa");
    await filters.getByLabel("Flagship programmes only").check();
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/en\/programmes\?/);
    const query = new URL(page.url()).searchParams;
    expect({ status: query.get("status"), sector: query.get("sector"), region: query.get("region"), flagship: query.get("flagship") }).toEqual({
      status: "open",
      sector: "agriculture",
      region: "Sub-Saharan Africa",
      flagship: "1",
    });
    await expect(filters.getByLabel("Flagship programmes only")).toBeChecked();
    const results = page.getByRole("region", { name: /Results/ });
    await expect(results.getByRole("link", { name: catalogue.title, exact: true })).toBeVisible();
    await expectAccessibleWithoutJavaScript(page, "catalogue filtered to open flagship agriculture in Sub-Saharan Africa");

    await results.getByRole("link", { name: catalogue.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/en/programmes/${catalogue.reference}$`));
    await expect(page.getByRole("heading", { level: 1, name: catalogue.title })).toBeVisible();
    const howToApply = page.getByRole("region", { name: "How to apply" });
    await expect(howToApply.getByRole("link", { name: "Sign in to apply" })).toBeVisible();
    await expectAccessibleWithoutJavaScript(page, "public programme page");
  });

  test("the filtered catalogue and the programme page also work in Arabic", async ({ page }) => {
    await page.goto(`/ar/programmes?status=open&sector=agriculture&region=${encodeURIComponent("Sub-Saharan Africa")}&flagship=1`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("link", { name: catalogue.title, exact: true })).toBeVisible();
    await expectAccessibleWithoutJavaScript(page, "Arabic catalogue, filtered");
    await page.goto(`/ar/programmes/${catalogue.reference}`);
    await expect(page.getByRole("heading", { level: 1, name: catalogue.title })).toBeVisible();
    await expectAccessibleWithoutJavaScript(page, "Arabic public programme page");
  });
});

test("a member of another institution applies; a refusal keeps everything typed; the dashboard lists the application", async ({ browser, baseURL }) => {
  const usp = (pages.usp = await signedIn(browser, baseURL, APPLICANTS.first.email));
  await usp.goto(`/en/programmes/${catalogue.reference}`);
  await usp.getByRole("region", { name: "How to apply" }).getByRole("link", { name: "Apply to join this programme" }).click();
  await usp.waitForURL(`**/en/programmes/${catalogue.reference}/apply`);
  await expect(usp.getByRole("heading", { level: 1, name: "Apply to take part" })).toBeVisible();
  await expect(usp.getByText("0 of 1 place taken")).toBeVisible();
  await expect(usp.getByLabel("Apply on behalf of")).toHaveValue(/.+/);
  await expectAccessible(usp, "apply page");

  await test.step("a motivation that is too short is refused next to its field, nothing lost", async () => {
    await usp.getByLabel("Motivation").fill("We are keen.");
    await usp.getByLabel("Contact person", { exact: true }).fill("Beatriz Santos");
    await usp.getByRole("button", { name: "Send the application" }).click();
    await expect(usp.getByRole("alert").filter({ hasText: "The application was not sent." })).toBeVisible();
    await expect(usp.getByText("Write a motivation of 20 to 5,000 characters.")).toBeVisible();
    await expect(usp.getByLabel("Motivation")).toHaveAttribute("aria-invalid", "true");
    await expect(usp.getByLabel("Motivation")).toHaveValue("We are keen.");
    await expect(usp.getByLabel("Contact person", { exact: true })).toHaveValue("Beatriz Santos");
    await expectAccessible(usp, "apply page: motivation refused");
  });

  await usp.getByLabel("Motivation").fill(motivation.usp);
  await usp.getByRole("button", { name: "Send the application" }).click();
  const sent = usp.getByRole("status").filter({ hasText: `The application of ${APPLICANTS.first.institution} has been sent.` });
  await expect(sent).toBeVisible();
  await expectAccessible(usp, "apply page: application sent");
  await sent.getByRole("link", { name: "Go to the dashboard" }).click();
  await usp.waitForURL("**/en/dashboard");
  const ours = usp.getByRole("table", { name: "Our applications" });
  const row = ours.getByRole("row").filter({ has: usp.getByRole("rowheader", { name: new RegExp(catalogue.title) }) });
  await expect(row.getByText("Waiting for a decision")).toBeVisible();
  await expect(row.getByRole("button", { name: `Withdraw the application to ${catalogue.title}` })).toBeVisible();
  await expectAccessible(usp, "dashboard of the applicant: application pending");
  expect(await applicationsTo(catalogue.id)).toEqual({ [APPLICANTS.first.institution]: "pending" });
});

test("a member of a third institution opens the apply page while a place is still free", async ({ browser, baseURL }) => {
  const ucad = (pages.ucad = await signedIn(browser, baseURL, APPLICANTS.second.email));
  await ucad.goto(`/en/programmes/${catalogue.reference}/apply`);
  await expect(ucad.getByRole("heading", { level: 1, name: "Apply to take part" })).toBeVisible();
  await ucad.getByLabel("Motivation").fill(motivation.ucad);
  await expectAccessible(ucad, "apply page of the second applicant");
});

test("the lead accepts the application from its dashboard; the programme is then full", async () => {
  const lead = pages.lead!;
  await lead.goto("/en/dashboard");
  const waiting = lead.getByRole("table", { name: "Applications to our programmes" });
  const row = waiting.getByRole("row").filter({ hasText: catalogue.title });
  await expect(row.getByRole("rowheader", { name: APPLICANTS.first.institution })).toBeVisible();
  await expectAccessible(lead, "dashboard of the lead: an application waiting");
  await row.getByRole("link", { name: `Decide on the application of ${APPLICANTS.first.institution} to ${catalogue.title}` }).click();
  await lead.waitForURL(`**/en/proposals/${catalogue.id}#applications`);

  const applications = lead.getByRole("region", { name: "Applications" });
  const application = applications.getByRole("article", { name: APPLICANTS.first.institution });
  await expect(application.getByText(motivation.usp)).toBeVisible();
  await expect(application.getByText("Waiting for a decision")).toBeVisible();
  await expectAccessible(lead, "proposal page: an application to decide");
  await application.getByRole("button", { name: `Accept the application of ${APPLICANTS.first.institution}` }).click();
  await confirmStep(lead);
  await expect(applications.getByRole("status").filter({ hasText: `${APPLICANTS.first.institution} has been accepted.` })).toBeVisible();
  await expect(application.getByText("Accepted", { exact: true })).toBeVisible();
  await expect(applications.getByText("1 of 1 place taken")).toBeVisible();
  await expect(applications.getByText("Every place is taken: no further institution can be accepted.")).toBeVisible();
  await expectAccessible(lead, "proposal page: application accepted, programme full");
  expect(await programmeState(catalogue.id)).toMatchObject({ acceptedCount: 1 });
  await expectRightToLeftArabic(lead, "/ar/dashboard");
});

test("once the capacity is reached a further application is refused with a readable message", async () => {
  const ucad = pages.ucad!;
  await ucad.getByRole("button", { name: "Send the application" }).click();
  const refusal = ucad.getByRole("alert").filter({ hasText: "The application was not sent." });
  await expect(refusal).toContainText("This programme is full: every place has been taken, so it accepts no further applications.");
  await expect(ucad.getByLabel("Motivation")).toHaveValue(motivation.ucad);
  await expectAccessible(ucad, "apply page: refused, programme full");

  await ucad.reload();
  await expect(ucad.getByText("This programme is full: every place has been taken.")).toBeVisible();
  await expect(ucad.getByRole("button", { name: "Send the application" })).toHaveCount(0);
  await expectAccessible(ucad, "apply page of a full programme");
  expect(await applicationsTo(catalogue.id)).toEqual({ [APPLICANTS.first.institution]: "accepted" });
  await expectRightToLeftArabic(ucad, `/ar/programmes/${catalogue.reference}/apply`);
});

test("the applicant's dashboard shows the accepted application, also in Arabic", async () => {
  const usp = pages.usp!;
  await usp.goto("/en/dashboard");
  const row = usp.getByRole("table", { name: "Our applications" }).getByRole("row").filter({ has: usp.getByRole("rowheader", { name: new RegExp(catalogue.title) }) });
  await expect(row.getByText("Accepted", { exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: `Leave the programme ${catalogue.title}` })).toBeVisible();
  await expectAccessible(usp, "dashboard of the applicant: accepted");
  await expectRightToLeftArabic(usp, "/ar/dashboard");
});

test("the lead starts the programme and completes it with an outcome report", async () => {
  const lead = pages.lead!;
  await letStartDateCome(catalogue.id);
  await lead.goto(`/en/proposals/${catalogue.id}`);
  const running = lead.getByRole("region", { name: "Running the programme" });
  await running.getByRole("button", { name: "Start the programme" }).click();
  await confirmStep(lead);
  await lead.waitForURL(`**/en/proposals/${catalogue.id}?done=started`);
  await expect(lead.getByText("The programme has started.")).toBeVisible();
  await expectAccessible(lead, "proposal page: started");

  await running.getByRole("button", { name: "Complete the programme" }).click();
  const form = running.getByRole("form", { name: "Complete the programme with an outcome report" });
  await form.getByRole("group", { name: "People trained: target 120" }).getByLabel("Achieved", { exact: true }).fill("134");
  await form.getByLabel("What the programme achieved").fill("Short.");
  await form.getByRole("button", { name: "Complete the programme" }).click();
  await expect(form.getByText("Describe the results in 20 to 20,000 characters.")).toBeVisible();
  await expect(form.getByLabel("Achieved", { exact: true })).toHaveValue("134");
  await expectAccessible(lead, "proposal page: outcome report form with a refusal");
  await form.getByLabel("What the programme achieved").fill("134 extension officers in Kenya, Uganda and Tanzania now use phone-based maize disease detection.");
  await form.getByRole("button", { name: "Complete the programme" }).click();
  await confirmStep(lead);
  await lead.waitForURL(`**/en/proposals/${catalogue.id}?done=completed`);
  await expect(lead.getByText("The programme is completed; its outcome report is published.")).toBeVisible();
  const report = lead.getByRole("table", { name: "Outcome report" });
  await expect(report.getByRole("row").filter({ has: lead.getByRole("rowheader", { name: "People trained" }) }).getByRole("cell").nth(1)).toHaveText("134");
  await expectAccessible(lead, "proposal page: completed with its outcome report");
  await expectRightToLeftArabic(lead, `/ar/proposals/${catalogue.id}`);
  expect((await programmeState(catalogue.id)).status).toBe("completed");
});

test("a data-sharing programme without an agreement in force cannot start, and the page says why", async () => {
  const lead = pages.lead!;
  await letStartDateCome(dataSharing.id);
  await lead.goto(`/en/proposals/${dataSharing.id}`);
  const running = lead.getByRole("region", { name: "Running the programme" });
  await expect(running.getByText("This programme involves data sharing: it can start only once a data-sharing agreement signed by every party is in force.")).toBeVisible();
  await running.getByRole("button", { name: "Start the programme" }).click();
  await confirmStep(lead);
  const alert = running.getByRole("alert");
  await expect(alert).toContainText("The programme cannot start yet: it involves data sharing, and no data-sharing agreement signed by every party is in force.");
  await expect(alert.getByRole("link", { name: "Go to the data-sharing agreements" })).toHaveAttribute("href", `/en/proposals/${dataSharing.id}/agreements`);
  await expectAccessible(lead, "proposal page: start refused without an agreement");
  expect((await programmeState(dataSharing.id)).status).toBe("open");
});
