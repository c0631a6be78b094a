// The newcomer's journey of issue #15, through the UI on a 360 px wide phone, once in English and
// once in Arabic, with JavaScript except where the issue asks for none: a Ghanaian university signs
// up, confirms its address and signs in without script, registers, an admin verifies it, it
// proposes a programme with Togo and Benin under FOCAC, a panel of demo reviewers reviews it and
// its chair approves it, the university publishes it, a Nigerian company finds it in the catalogue
// and signs in from its page without script, applies and is accepted, the owner designates herself
// signatory and drafts the data-sharing agreement with the company from a template, both parties'
// signatories sign it and it is in force, the programme starts (on its start date, today) and
// completes, and an admin publishes a transparency report. Every page walked passes axe; in Arabic,
// no page shows English outside user content. Labels come from the catalogues
// (support/translate.ts), so one script serves both.
import type { Browser, Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, newPerson, type Person } from "./support/accounts";
import { expectAccessible, expectAccessibleWithoutJavaScript } from "./support/axe";
import { englishCatalogue, englishIn, readerTexts } from "./support/no-english";
import { linkIn, waitForEmail } from "./support/outbox";
import { activeCriteria, namesOfReviewers, referenceOf } from "./support/panel";
import { msg } from "./support/translate";
import { expect, test } from "./support/test";

test.describe.configure({ mode: "serial", timeout: 240_000 });
test.use({ viewport: { width: 360, height: 780 }, javaScriptEnabled: true });

const PHONE = { width: 360, height: 780 };
const NIGERIAN_OWNER = "owner.company@demo.southbridge.org";
const NIGERIAN = "Lagos Data Labs Ltd";
const REVIEWERS = ["reviewer@demo.southbridge.org", "reviewer2@demo.southbridge.org"];
const CHAIR = "reviewer3@demo.southbridge.org";
const catalogue = englishCatalogue();

type Journey = { locale: "en" | "ar"; owner: Person; university: string; title: string; programmeId: string; reference: string; userContent: string[] };

/** axe on the page (on its script-free copy when the page runs without script), and in Arabic the check that nothing but user content is English. */
async function walked(page: Page, j: Journey, what: string, script = true): Promise<void> {
  await (script ? expectAccessible : expectAccessibleWithoutJavaScript)(page, `${j.locale}: ${what}`);
  if (j.locale === "en") return;
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const english = englishIn(await readerTexts(page, j.locale), catalogue, j.userContent);
  expect.soft(english, `English text on the Arabic page "${what}" (${page.url()})`).toEqual([]);
}

async function phone(browser: Browser, baseURL: string | undefined, j: Journey, email?: string, options: { script?: boolean; after?: Page } = {}): Promise<Page> {
  // `after`: carry on in the session of a page (signed in without script, say).
  const storageState = options.after ? await options.after.context().storageState() : undefined;
  const context = await browser.newContext({ baseURL, viewport: PHONE, locale: j.locale, javaScriptEnabled: options.script ?? true, storageState });
  const page = await context.newPage();
  if (email) await signIn(page, j, email, DEMO_PASSWORD);
  return page;
}

async function signIn(page: Page, j: Journey, email: string, password: string): Promise<void> {
  const l = j.locale;
  await page.goto(`/${l}/sign-in`);
  await page.getByLabel(msg(l, "auth.fields.email")).fill(email);
  await page.getByLabel(msg(l, "auth.fields.password"), { exact: true }).fill(password);
  await page.getByRole("button", { name: msg(l, "auth.signIn.submit"), exact: true }).click();
  await page.waitForURL(`**/${l}/dashboard`);
}

/** The answer to a confirm dialog, in the page's language. */
async function confirm(page: Page, j: Journey): Promise<void> {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await walked(page, j, "confirm dialog");
  await dialog.getByRole("button", { name: msg(j.locale, "common.actions.confirm"), exact: true }).click();
}

const TODAY = new Date().toISOString().slice(0, 10);
const countryName = (locale: string, code: string) => new Intl.DisplayNames([locale], { type: "region" }).of(code)!;
const languageName = (locale: string, code: string) => new Intl.DisplayNames([locale], { type: "language" }).of(code)!;

function journey(locale: "en" | "ar"): Journey {
  const run = `${Date.now().toString(36)}${locale}`;
  const university = `Kwame Nkrumah AI Institute ${run}`;
  const title = `West African applied AI school ${run}`;
  return { locale, owner: newPerson(`Ama Mensah ${locale}`), university, title, programmeId: "", reference: "", userContent: [university, title, NIGERIAN] };
}

// The issue asks for the journey in English and again in Arabic: the same steps, `l` throughout.
const JOURNEY_LOCALES = ["en", "ar"] as const satisfies readonly ("en" | "ar")[];

for (const locale of JOURNEY_LOCALES) {
  test.describe(`the newcomer's journey in ${locale}`, () => {
    const j = journey(locale);
    const l = locale;
    let owner: Page;
    j.userContent.push(j.owner.name);

    test("a Ghanaian university signs up and registers; the admin verifies it and the owner is emailed", async ({ browser, baseURL }) => {
      // Signing up, confirming the address and signing in work without JavaScript: done so here.
      const plain = await phone(browser, baseURL, j, undefined, { script: false });
      await plain.goto(`/${l}/sign-up`);
      await walked(plain, j, "sign-up without JavaScript", false);
      await plain.getByLabel(msg(l, "auth.fields.name")).fill(j.owner.name);
      await plain.getByLabel(msg(l, "auth.fields.email")).fill(j.owner.email);
      await plain.getByLabel(msg(l, "auth.fields.password"), { exact: true }).fill(j.owner.password);
      await plain.getByLabel(msg(l, "auth.fields.confirmPassword")).fill(j.owner.password);
      await plain.getByRole("button", { name: msg(l, "auth.signUp.submit") }).click();
      await expect(plain.getByRole("heading", { name: msg(l, "auth.signUp.checkEmailTitle") })).toBeVisible();
      await walked(plain, j, "sign-up sent without JavaScript", false);
      const email = await waitForEmail(j.owner.email, /./);
      await plain.goto(linkIn(email, "/verify-email"));
      await walked(plain, j, "address confirmation without JavaScript", false);
      await plain.getByRole("button", { name: msg(l, "auth.verifyEmail.submit") }).click();
      await plain.waitForURL(`**/${l}/sign-in?**`);
      await expect(plain.getByRole("status").filter({ hasText: j.owner.email })).toBeVisible();
      await walked(plain, j, "address confirmed, sign-in without JavaScript", false);
      await signIn(plain, j, j.owner.email, j.owner.password);
      // The rest of the journey with JavaScript, in the same session.
      owner = await phone(browser, baseURL, j, undefined, { after: plain });
      await plain.context().close();
      await owner.goto(`/${l}/dashboard`);

      // The dashboard says what to do next: register (issue #15.8).
      const next = owner.getByRole("region", { name: msg(l, "dashboard.nextSteps.title") });
      await walked(owner, j, "dashboard of a newcomer");
      await next.getByRole("link", { name: msg(l, "dashboard.nextSteps.steps.registerInstitution") }).click();
      await owner.waitForURL(`**/${l}/dashboard/institutions/new`);
      await walked(owner, j, "register an institution");
      await owner.getByLabel(msg(l, "dashboard.institutionForm.name")).fill(j.university);
      await owner.getByLabel(msg(l, "dashboard.institutionForm.type")).selectOption("university");
      await owner.getByLabel(msg(l, "dashboard.institutionForm.country"), { exact: true }).selectOption({ label: countryName(l, "GH") });
      await owner.getByLabel(msg(l, "dashboard.institutionForm.website")).fill("https://knai.example.edu.gh");
      await owner.getByLabel(msg(l, "dashboard.institutionForm.emailDomains")).fill("knai.example.edu.gh");
      await owner.getByLabel(msg(l, "dashboard.institutionForm.description")).fill("A Ghanaian institute teaching applied AI to West African engineers.");
      await owner.getByRole("button", { name: msg(l, "dashboard.institutionForm.register") }).click();
      await owner.waitForURL(/\/dashboard\/institutions\/[0-9a-z]{20}\?registered=1$/);
      await walked(owner, j, "a registered institution waiting for verification");

      const admin = await phone(browser, baseURL, j, DEMO.admin);
      await admin.goto(`/${l}/admin/institutions`);
      await walked(admin, j, "verification queue");
      await admin.getByRole("button", { name: msg(l, "admin.actions.verifyLabel", { name: j.university }), exact: true }).click();
      await expect(admin.getByRole("button", { name: msg(l, "admin.actions.verifyLabel", { name: j.university }), exact: true })).toHaveCount(0);
      await walked(admin, j, "institution verified");
      await admin.context().close();
      // Issue #15.3: the owner is told by email.
      await waitForEmail(j.owner.email, new RegExp(j.university.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    });

    test("the owner proposes a programme with Togo and Benin under FOCAC and submits it after reviewing it", async () => {
      await owner.goto(`/${l}/dashboard`);
      const next = owner.getByRole("region", { name: msg(l, "dashboard.nextSteps.title") });
      await walked(owner, j, "dashboard of a verified owner");
      await next.getByRole("link", { name: msg(l, "dashboard.nextSteps.steps.proposeProgramme", { institution: j.university }) }).click();
      await owner.waitForURL(/\/proposals\/new/);
      await walked(owner, j, "new proposal");
      await owner.getByLabel(msg(l, "programmes.fields.title"), { exact: true }).fill(j.title);
      await owner.getByRole("button", { name: msg(l, "programmes.actions.createDraft") }).click();
      await owner.waitForURL(/\/proposals\/[0-9a-z]{20}\/edit\?created=1$/);
      j.programmeId = new URL(owner.url()).pathname.split("/").at(-2)!;
      await walked(owner, j, "edit page of a new draft");

      const f = (key: string) => owner.getByLabel(msg(l, `programmes.fields.${key}`), { exact: true });
      await f("summary").fill("A six-month applied machine learning school for engineers from Ghana, Togo and Benin.");
      await f("description").fill("## Aims\n\nTrain engineers in applied machine learning with local data, taught in English and French.");
      await f("workingArea").selectOption("capacity_building");
      await f("format").selectOption("training");
      await owner.getByRole("group", { name: msg(l, "programmes.fields.sectors"), exact: true }).getByRole("checkbox", { name: msg(l, "reference.sectors.education"), exact: true }).check();
      await f("mechanismCode").selectOption("FOCAC");
      await f("hubCountry").selectOption("GH");
      const spillover = owner.getByRole("group", { name: msg(l, "programmes.fields.spilloverCountries"), exact: true });
      await spillover.locator("summary").filter({ hasText: msg(l, "reference.regions.Africa") }).click();
      for (const code of ["TG", "BJ"]) await spillover.getByRole("checkbox", { name: countryName(l, code), exact: true }).check();
      // The programme starts today (UTC, the server's calendar), so it may start at stage 5; applications close today.
      await f("applicationDeadline").fill(TODAY);
      await f("startDate").fill(TODAY);
      await f("endDate").fill(`${Number(TODAY.slice(0, 4)) + 1}-09-30`);
      await f("capacity").fill("10");
      await owner.getByRole("group", { name: msg(l, "programmes.fields.languages"), exact: true }).getByRole("checkbox", { name: languageName(l, "en"), exact: true }).check();
      await f("budgetAmount").fill("90000");
      await f("budgetCurrency").selectOption("USD");
      await owner.getByRole("button", { name: msg(l, "programmes.form.addFunding") }).click();
      const funding = owner.getByRole("group", { name: msg(l, "programmes.form.fundingRow", { number: 1 }), exact: true });
      await funding.getByLabel(msg(l, "programmes.form.fundingName")).fill("Kwame Nkrumah AI Institute");
      await funding.getByLabel(msg(l, "programmes.form.fundingSide")).selectOption("lead");
      await funding.getByLabel(msg(l, "programmes.form.fundingAmount")).fill("90000");
      await owner.getByRole("button", { name: msg(l, "programmes.form.addOutcome") }).click();
      const outcome = owner.getByRole("group", { name: msg(l, "programmes.form.outcomeRow", { number: 1 }), exact: true });
      await outcome.getByLabel(msg(l, "programmes.form.outcomeMetric")).selectOption("people_trained");
      await outcome.getByLabel(msg(l, "programmes.form.outcomeTarget")).fill("60");
      // The school's lab shares training data with its partners: the programme needs an agreement in force to start.
      await f("involvesDataSharing").check();
      // Autosave says so near the bar (issue #15.7).
      await expect(owner.getByText(msg(l, "programmes.form.autosave.saved", { time: "" }).split("{")[0]!.trim().slice(0, 12))).toBeVisible({ timeout: 15_000 });
      await walked(owner, j, "proposal form filled in");

      await owner.getByRole("button", { name: msg(l, "programmes.actions.submit") }).click();
      const review = owner.getByRole("dialog", { name: msg(l, "programmes.form.review.title") });
      await expect(review.getByText(countryName(l, "TG"), { exact: false })).toBeVisible();
      await walked(owner, j, "review before submitting");
      await review.getByRole("button", { name: msg(l, "common.actions.confirm"), exact: true }).click();
      await owner.waitForURL(`**/${l}/proposals/${j.programmeId}?done=submitted`);
      await walked(owner, j, "proposal submitted");
    });

    test("the admin seats two demo reviewers and a demo chair; they review and the chair approves", async ({ browser, baseURL }) => {
      // The review desk names every candidate reviewer, also in its controls' labels: names are user content.
      j.userContent.push(...(await namesOfReviewers()));
      const admin = await phone(browser, baseURL, j, DEMO.admin);
      await admin.goto(`/${l}/review-desk/${j.programmeId}`);
      await walked(admin, j, "review desk of the proposal");
      // The demo reviewers (scripts/seed/demo.ts): two review, a third chairs (issue #15.4).
      const reviewerNames = ["Rahul Iyer", "Layla Hassan"];
      const chairName = "Valentina Cárdenas";
      for (const name of reviewerNames) await admin.getByRole("checkbox", { name: msg(l, "reviewDesk.assign.reviewerLabel", { name }), exact: true }).check();
      await admin.getByRole("radio", { name: msg(l, "reviewDesk.assign.chairLabel", { name: chairName }), exact: true }).check();
      await admin.getByRole("button", { name: msg(l, "reviewDesk.assign.submit"), exact: true }).click();
      await expect(admin.getByRole("table", { name: msg(l, "reviewDesk.detail.panelCaption") })).toBeVisible();
      await walked(admin, j, "panel assigned");

      const criteria = await activeCriteria();
      for (const email of REVIEWERS) {
        const reviewer = await phone(browser, baseURL, j, email);
        await reviewer.goto(`/${l}/reviews/${j.programmeId}`);
        await walked(reviewer, j, "review sheet");
        const form = reviewer.getByRole("region", { name: msg(l, "reviews.form.heading"), exact: true });
        for (const code of criteria) await form.getByRole("radio", { name: msg(l, "reviews.form.scoreLabel", { criterion: msg(l, `reviews.criteria.${code}`), score: 4 }), exact: true }).check();
        await form.getByLabel(msg(l, "reviews.form.comments")).fill("A clear plan with partners in Togo and Benin; budget is realistic.");
        await form.getByLabel(msg(l, "reviews.form.confidential")).fill("No concerns.");
        await form.getByRole("radio", { name: msg(l, "reviews.recommendations.approve"), exact: true }).check();
        await form.getByRole("button", { name: msg(l, "reviews.form.submit") }).click();
        await expect(reviewer.getByRole("status").filter({ hasText: msg(l, "reviews.form.done") })).toBeVisible();
        await walked(reviewer, j, "review submitted");
        await reviewer.context().close();
      }

      const chair = await phone(browser, baseURL, j, CHAIR);
      await chair.goto(`/${l}/reviews/${j.programmeId}`);
      await walked(chair, j, "review sheet of the chair");
      const decision = chair.getByRole("region", { name: msg(l, "reviews.decision.heading"), exact: true });
      await decision.getByRole("radio", { name: msg(l, "reviews.outcomes.approve"), exact: true }).check();
      await decision.getByLabel(msg(l, "reviews.decision.letter")).fill("The panel approves the programme. Congratulations.");
      await decision.getByRole("button", { name: msg(l, "reviews.decision.submit") }).click();
      await confirm(chair, j);
      await expect(chair.getByRole("status").filter({ hasText: msg(l, "reviews.decision.done") })).toBeVisible();
      await walked(chair, j, "decision recorded");
      await chair.context().close();
      await admin.context().close();
    });

    test("the owner publishes; a Nigerian company applies and is accepted", async ({ browser, baseURL }) => {
      await owner.goto(`/${l}/proposals/${j.programmeId}`);
      const running = owner.getByRole("region", { name: msg(l, "programmes.lifecycle.title") });
      await walked(owner, j, "approved proposal");
      await running.getByRole("button", { name: msg(l, "programmes.lifecycle.publish") }).click();
      await confirm(owner, j);
      await owner.waitForURL(`**/${l}/proposals/${j.programmeId}?done=published`);
      await walked(owner, j, "published programme");
      j.reference = await referenceOf(j.programmeId);

      // The Nigerian company finds it in the catalogue and signs in from its page, without JavaScript.
      const visitor = await phone(browser, baseURL, j, undefined, { script: false });
      await visitor.goto(`/${l}/programmes`);
      await walked(visitor, j, "catalogue without JavaScript", false);
      const filters = visitor.getByRole("search", { name: msg(l, "catalogue.filters.title") });
      await filters.getByLabel(msg(l, "catalogue.filters.q")).fill(j.title);
      await filters.getByRole("button", { name: msg(l, "catalogue.filters.apply") }).click();
      await visitor.getByRole("link", { name: j.title }).click();
      await visitor.waitForURL(`**/${l}/programmes/${j.reference}`);
      await walked(visitor, j, "programme page without JavaScript", false);
      await visitor.getByRole("link", { name: msg(l, "catalogue.apply.signIn") }).click();
      await visitor.getByLabel(msg(l, "auth.fields.email")).fill(NIGERIAN_OWNER);
      await visitor.getByLabel(msg(l, "auth.fields.password"), { exact: true }).fill(DEMO_PASSWORD);
      await visitor.getByRole("button", { name: msg(l, "auth.signIn.submit"), exact: true }).click();
      await visitor.waitForURL(`**/${l}/programmes/${j.reference}`);
      await visitor.getByRole("link", { name: msg(l, "catalogue.apply.apply") }).click();
      await visitor.waitForURL(`**/${l}/programmes/${j.reference}/apply`);
      const partner = await phone(browser, baseURL, j, undefined, { after: visitor });
      await visitor.context().close();
      await partner.goto(`/${l}/programmes/${j.reference}/apply`);
      await walked(partner, j, "apply page");
      await partner.getByLabel(msg(l, "participation.apply.motivation")).fill("We build speech models for Yoruba and Hausa and want to train our engineers with West African peers.");
      await partner.getByLabel(msg(l, "participation.apply.contactName"), { exact: true }).fill("Chidi Okafor");
      await partner.getByRole("button", { name: msg(l, "participation.apply.submit") }).click();
      await expect(partner.getByRole("status").filter({ hasText: NIGERIAN }).first()).toBeVisible();
      await walked(partner, j, "application sent");
      await partner.context().close();

      await owner.goto(`/${l}/proposals/${j.programmeId}`);
      await owner.getByRole("button", { name: msg(l, "participation.applications.acceptLabel", { institution: NIGERIAN }) }).click();
      await confirm(owner, j);
      await expect(owner.getByRole("status").filter({ hasText: msg(l, "participation.applications.accepted", { institution: NIGERIAN }) })).toBeVisible();
      await walked(owner, j, "application accepted");
    });

    test("the owner designates herself signatory, drafts the data-sharing agreement with the Nigerian partner, sends it; both sign and it is in force", async ({ browser, baseURL }) => {
      // The dashboard's next step: designate a signatory (issue #15.8), on the members page.
      await owner.goto(`/${l}/dashboard`);
      const next = owner.getByRole("region", { name: msg(l, "dashboard.nextSteps.title") });
      await next.getByRole("link", { name: msg(l, "dashboard.nextSteps.steps.designateSignatory", { institution: j.university }) }).click();
      await owner.waitForURL(/\/dashboard\/institutions\/[0-9a-z]{20}/);
      await walked(owner, j, "members of the institution");
      await owner.getByRole("button", { name: msg(l, "dashboard.members.designateSignatoryLabel", { name: j.owner.name }), exact: true }).click();
      await expect(owner.getByRole("button", { name: msg(l, "dashboard.members.removeSignatoryLabel", { name: j.owner.name }), exact: true })).toBeVisible();
      await walked(owner, j, "signatory designated");

      // From the programme: it shares data, so it needs an agreement in force before it starts.
      await owner.goto(`/${l}/proposals/${j.programmeId}`);
      await owner.getByRole("region", { name: msg(l, "programmes.lifecycle.title") }).getByRole("link", { name: msg(l, "programmes.lifecycle.agreementsLink") }).click();
      await owner.waitForURL(`**/${l}/proposals/${j.programmeId}/agreements`);
      await walked(owner, j, "programme agreements: none yet");
      const agreementTitle = `Joint lab training data ${j.programmeId}`;
      j.userContent.push(agreementTitle);
      // The radio is named by its template and its description.
      await owner.getByRole("radio", { name: msg(l, "agreements.templates.joint_lab_training") }).check();
      await owner.getByLabel(msg(l, "agreements.create.agreementTitle")).fill(agreementTitle);
      await owner.getByRole("button", { name: msg(l, "agreements.create.submit") }).click();
      await owner.waitForURL(/\/agreements\/[0-9a-z]{20}\/edit\?created=1$/);
      const agreementId = new URL(owner.url()).pathname.split("/").at(-2)!;
      await walked(owner, j, "edit page of a new agreement");
      // The template leaves the retention period to the parties' own terms: the owner writes it.
      await owner.getByLabel(msg(l, "agreements.fields.retentionPeriod"), { exact: true }).fill("For the duration of the school and 12 months after its end.");
      await owner.getByRole("button", { name: msg(l, "agreements.form.save") }).click();
      await expect(owner.getByText(msg(l, "agreements.form.saved"))).toBeVisible();
      await walked(owner, j, "agreement draft saved");
      await owner.getByRole("link", { name: msg(l, "agreements.form.backToAgreement") }).click();
      await owner.waitForURL(`**/${l}/agreements/${agreementId}`);
      await expect(owner.getByText(msg(l, "agreements.checks.ok"))).toBeVisible();
      await expect(owner.getByRole("region", { name: msg(l, "agreements.view.parties") }).getByRole("row", { name: new RegExp(NIGERIAN) })).toBeVisible();
      await walked(owner, j, "agreement ready to send");
      await owner.getByRole("button", { name: msg(l, "agreements.actions.send") }).click();
      await owner.waitForURL(`**/${l}/agreements/${agreementId}?done=sent`);
      await expect(owner.getByText(msg(l, "agreements.view.done.sent"))).toBeVisible();
      await walked(owner, j, "agreement sent for signature");

      // Each party's signatory signs with their password (no second factor is required on the platform).
      const sign = async (page: Page, password: string, done: string) => {
        const form = page.getByRole("region", { name: msg(l, "agreements.sign.title") });
        await form.getByLabel(msg(l, "agreements.sign.password")).fill(password);
        await form.getByRole("button", { name: msg(l, "agreements.sign.submit") }).click();
        await confirm(page, j);
        await page.waitForURL(`**/${l}/agreements/${agreementId}?done=signed`);
        await expect(page.getByText(msg(l, done))).toBeVisible();
      };
      await sign(owner, j.owner.password, "agreements.view.done.signed");
      await walked(owner, j, "agreement signed by the lead");
      const partner = await phone(browser, baseURL, j, NIGERIAN_OWNER);
      await partner.goto(`/${l}/agreements/${agreementId}`);
      await walked(partner, j, "agreement to sign for the partner");
      await sign(partner, DEMO_PASSWORD, "agreements.view.done.inForce");
      await walked(partner, j, "agreement in force");
      await partner.context().close();

      await owner.goto(`/${l}/proposals/${j.programmeId}/agreements`);
      await expect(owner.getByText(msg(l, "agreements.list.inForce"))).toBeVisible();
      await expect(owner.getByRole("row", { name: new RegExp(agreementTitle) })).toContainText(msg(l, "agreements.statuses.in_force"));
      await walked(owner, j, "programme agreements: one in force");
    });

    test("the programme starts on its start date and completes", async () => {
      await owner.goto(`/${l}/proposals/${j.programmeId}`);
      const running = owner.getByRole("region", { name: msg(l, "programmes.lifecycle.title") });
      await running.getByRole("button", { name: msg(l, "programmes.lifecycle.start") }).click();
      await confirm(owner, j);
      await owner.waitForURL(`**/${l}/proposals/${j.programmeId}?done=started`);
      await walked(owner, j, "programme started");
      await running.getByRole("button", { name: msg(l, "programmes.lifecycle.complete") }).click();
      const form = running.getByRole("form", { name: msg(l, "programmes.lifecycle.completeTitle") });
      await form.getByLabel(msg(l, "programmes.lifecycle.achieved"), { exact: true }).fill("64");
      await form.getByLabel(msg(l, "programmes.lifecycle.narrative")).fill("64 engineers from Ghana, Togo, Benin and Nigeria completed the school and now teach it.");
      await form.getByRole("button", { name: msg(l, "programmes.lifecycle.submitComplete") }).click();
      await confirm(owner, j);
      await owner.waitForURL(`**/${l}/proposals/${j.programmeId}?done=completed`);
      await walked(owner, j, "programme completed");
    });

    test("an admin publishes a transparency report", async ({ browser, baseURL }) => {
      const admin = await phone(browser, baseURL, j, DEMO.admin);
      await admin.goto(`/${l}/admin/reports/new`);
      await walked(admin, j, "new report form");
      const reportTitle = `Journey report ${j.programmeId}`;
      j.userContent.push(reportTitle);
      await admin.getByLabel(msg(l, "transparency.admin.fields.title"), { exact: true }).fill(reportTitle);
      await admin.getByLabel(msg(l, "transparency.admin.fields.periodKind")).selectOption("year");
      await admin.getByLabel(msg(l, "transparency.admin.fields.periodStart")).fill("2026-01-01");
      await admin.getByRole("button", { name: msg(l, "transparency.admin.new.submit") }).click();
      await admin.waitForURL(/\/admin\/reports\/[0-9a-z]{20}$/);
      await walked(admin, j, "report draft");
      const publishForm = admin.getByRole("form", { name: msg(l, "transparency.admin.edit.publishTitle") });
      await publishForm.getByLabel(msg(l, "transparency.admin.edit.confirmPublish")).check();
      await publishForm.getByRole("button", { name: msg(l, "transparency.admin.edit.publish") }).click();
      await expect(admin.getByRole("heading", { level: 2, name: msg(l, "transparency.admin.edit.frozenFigures") })).toBeVisible({ timeout: 30_000 });
      await walked(admin, j, "report published");
      await admin.context().close();
      if (owner) await owner.context().close();
    });
  });
}

