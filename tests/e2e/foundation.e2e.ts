// The foundation, end to end in a real browser: an account is created and confirmed, its owner
// registers an institution, an administrator verifies it, a second person asks to join, and the
// owner accepts them and makes them a signatory. Every page on the way must pass axe, in
// English and in Arabic (right to left). The steps share state and run in order.
import { expect, test, type BrowserContext, type Page } from "./support/test";
import { confirmEmail, DEMO, DEMO_PASSWORD, newPerson, openBrowserFor, signIn, signUp, signUpConfirmedAndSignIn } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expectRightToLeftArabic, fillInstitutionForm, type InstitutionInput } from "./support/pages";

// Each step signs people in and runs axe several times: more than the default 30 s on a busy machine.
test.describe.configure({ mode: "serial", timeout: 90_000 });

const owner = newPerson("Owner");
const applicant = newPerson("Applicant");
const run = Date.now().toString(36);
const institution: InstitutionInput = {
  name: `E2E Institute of Applied AI ${run}`,
  acronym: "EIAA",
  country: "Kenya",
  type: "University",
  website: "https://www.e2e-example.ac.ke",
  emailDomains: "e2e-example.ac.ke, students.e2e-example.ac.ke",
  description: "A test university that trains engineers in machine learning and runs a public AI clinic.",
};
const ineligible: InstitutionInput = {
  ...institution,
  name: `E2E Paris Lab ${run}`,
  acronym: "EPL",
  country: "France",
  website: "https://www.e2e-example.fr",
  emailDomains: "e2e-example.fr",
};

let institutionId = "";
const browsers: BrowserContext[] = [];
let ownerPage: Page;

async function browserFor(browser: Parameters<typeof openBrowserFor>[0], baseURL: string | undefined): Promise<Page> {
  const { context, page } = await openBrowserFor(browser, baseURL);
  browsers.push(context);
  return page;
}

test.afterAll(async () => {
  await Promise.all(browsers.map((context) => context.close()));
});

test("a visitor creates an account, confirms the email address from the outbox and signs in", async ({ browser, baseURL }) => {
  ownerPage = await browserFor(browser, baseURL);
  await test.step("sign up: the form ends on “check your email”", () => signUp(ownerPage, owner));
  await test.step("open the emailed link and confirm the address", () => confirmEmail(ownerPage, owner));
  await test.step("sign in and land on the dashboard", async () => {
    await signIn(ownerPage, owner.email, owner.password);
    await expect(ownerPage).toHaveURL(/\/en\/dashboard$/);
    await expect(ownerPage.getByText(`Welcome, ${owner.name}.`)).toBeVisible();
    await expectAccessible(ownerPage, "dashboard");
  });
});

test("the new account registers an institution in Kenya, which waits for verification", async () => {
  const page = ownerPage;
  await page.goto("/en/dashboard/institutions/new");
  await expect(page.getByRole("heading", { level: 1, name: "Register an institution" })).toBeVisible();
  await expectAccessible(page, "register an institution");

  await fillInstitutionForm(page, institution);
  await page.getByRole("button", { name: "Register institution" }).click();

  await page.waitForURL(/\/en\/dashboard\/institutions\/[0-9a-z]{20}\?registered=1$/);
  institutionId = new URL(page.url()).pathname.split("/").at(-1)!;
  await expect(page.getByRole("heading", { level: 1, name: institution.name })).toBeVisible();
  await expect(page.getByText("Your institution has been registered.")).toBeVisible();
  await expect(page.getByText("Pending verification", { exact: true })).toBeVisible();
  await expect(page.getByText("This institution is waiting for verification by an administrator.")).toBeVisible();
  const members = page.getByRole("table", { name: "Members" });
  await expect(members.getByRole("rowheader", { name: owner.name })).toBeVisible();
  await expectAccessible(page, "manage page of a pending institution");
});

test("the register form offers no ineligible country, except to an intergovernmental organisation (issue #15.5)", async () => {
  const page = ownerPage;
  await page.goto("/en/dashboard/institutions/new");
  const country = page.getByLabel("Country", { exact: true });
  await page.getByLabel("Type of institution").selectOption({ label: "University" });
  await expect(country.getByRole("option", { name: ineligible.country, exact: true })).toHaveCount(0);
  await expect(country.getByRole("option", { name: "Ghana", exact: true })).toHaveCount(1);
  await page.getByLabel("Type of institution").selectOption({ label: "Intergovernmental organisation" });
  await expect(country.getByRole("option", { name: ineligible.country, exact: true })).toHaveCount(1);
  await expectAccessible(page, "register an institution: eligible countries only");
});

test("an administrator verifies the institution", async ({ browser, baseURL }) => {
  const page = await browserFor(browser, baseURL);
  await signIn(page, DEMO.admin, DEMO_PASSWORD);
  await page.goto("/en/admin/institutions");
  await expect(page.getByRole("heading", { level: 1, name: "Institution verification" })).toBeVisible();
  const waiting = page.getByRole("region", { name: /^Waiting for verification/ });
  const verified = page.getByRole("region", { name: /^Verified/ });
  await expect(waiting.getByRole("heading", { name: institution.name })).toBeVisible();
  await expectAccessible(page, "admin: verification queue");

  await page.getByRole("button", { name: `Verify ${institution.name}`, exact: true }).click();

  await expect(page.getByText(`${institution.name} is now verified and listed in the directory.`)).toBeVisible();
  await expect(verified.getByRole("heading", { name: institution.name })).toBeVisible();
  await expect(waiting.getByRole("heading", { name: institution.name })).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Verify ${institution.name}`, exact: true })).toHaveCount(0);
  await expectAccessible(page, "admin: institution verified");
});

test("a second person signs up and asks to join the institution", async ({ browser, baseURL }) => {
  const page = await browserFor(browser, baseURL);
  await test.step("sign up, confirm and sign in", () => signUpConfirmedAndSignIn(page, applicant));
  await test.step("request to join", async () => {
    await page.goto(`/en/dashboard/join?institution=${institutionId}`);
    await expect(page.getByRole("heading", { level: 1, name: "Join an institution" })).toBeVisible();
    await expect(page.getByRole("heading", { name: `Request to join ${institution.name}` })).toBeVisible();
    await expectAccessible(page, "join: chosen institution");
    await page.getByLabel("Message to the owners (optional)").fill("I lead the computer vision group.");
    await page.getByRole("button", { name: "Request to join" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your request has been sent." })).toBeVisible();
    await expectAccessible(page, "join: request sent");
  });
  await test.step("the dashboard lists the request", async () => {
    await page.goto("/en/dashboard");
    const myRequests = page.getByRole("region", { name: "My requests" });
    await expect(myRequests.getByRole("listitem").filter({ hasText: institution.name })).toContainText("Waiting for the owners’ decision");
    await expectAccessible(page, "dashboard with a pending request");
  });
});

test("the owner accepts the request and designates the new member as signatory", async () => {
  const page = ownerPage;
  await page.goto(`/en/dashboard/institutions/${institutionId}`);
  await expect(page.getByRole("heading", { level: 1, name: institution.name })).toBeVisible();
  const requests = page.getByRole("region", { name: "Requests to join" });
  await expect(requests.getByRole("heading", { name: applicant.name })).toBeVisible();
  await expect(requests.getByText("I lead the computer vision group.")).toBeVisible();
  await expectAccessible(page, "manage page with a request to join");

  await page.getByRole("button", { name: `Accept request from ${applicant.name}`, exact: true }).click();

  await expect(page.getByRole("status").filter({ hasText: `${applicant.name} is now a member.` })).toBeVisible();
  const members = page.getByRole("table", { name: "Members" });
  const row = members.getByRole("row").filter({ has: page.getByRole("rowheader", { name: applicant.name }) });
  await expect(row).toHaveCount(1);
  const cells = row.getByRole("cell");
  await expect(cells.nth(0)).toHaveText(applicant.email);
  await expect(cells.nth(1)).toHaveText("Member");
  await expect(cells.nth(2)).toHaveText("No");
  await expect(requests.getByText("No requests are waiting for a decision.")).toBeVisible();
  await expectAccessible(page, "manage page: request accepted");

  await row.getByRole("button", { name: `Designate as signatory: ${applicant.name}`, exact: true }).click();

  await expect(page.getByRole("status").filter({ hasText: `${applicant.name} can now sign agreements on behalf of the institution.` })).toBeVisible();
  await expect(cells.nth(2)).toHaveText("Signatory");
  await expect(row.getByRole("button", { name: `Remove signatory: ${applicant.name}`, exact: true })).toBeVisible();
  await expectAccessible(page, "manage page: signatory designated");
});

test("the same pages in Arabic are right to left and accessible", async ({ browser, baseURL }) => {
  const visitor = await browserFor(browser, baseURL);
  for (const path of ["/ar/sign-up", "/ar/sign-in", "/ar/institutions", `/ar/institutions/${institutionId}`]) {
    await test.step(path, () => expectRightToLeftArabic(visitor, path));
  }
  for (const path of ["/ar/dashboard", "/ar/dashboard/institutions/new", `/ar/dashboard/institutions/${institutionId}`, "/ar/dashboard/join"]) {
    await test.step(`${path} (signed in as the owner)`, () => expectRightToLeftArabic(ownerPage, path));
  }
});
