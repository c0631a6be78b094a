// The account forms and the catalogue with JavaScript switched off: sign-up, sign-in (wrong
// password first: a translated error on the page), the password reset from the emailed link,
// and the catalogue sorted with its GET form; its two feeds answer with their formats.
import mysql from "mysql2/promise";
import { newPerson, sendSignUpForm } from "./support/accounts";
import { expectAccessibleWithoutJavaScript } from "./support/axe";
import { E2E_DATABASE_URL, linkIn, waitForEmail } from "./support/outbox";
import { expect, test } from "./support/test";

test.describe.configure({ timeout: 240_000 });

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a person signs up, signs in, and resets a forgotten password", async ({ page }) => {
    const person = newPerson("NoScript");

    await test.step("sign up: the button works before (and without) any script; a mismatch comes back as a message", async () => {
      await page.goto("/en/sign-up");
      await page.getByLabel("Full name").fill(person.name);
      await page.getByLabel("Email address").fill(person.email);
      await page.getByLabel("Password", { exact: true }).fill(person.password);
      await page.getByLabel("Confirm password").fill(`${person.password}-typo`);
      await expect(page.getByRole("button", { name: "Create account" })).toBeEnabled();
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page).toHaveURL(/\/en\/sign-up\?error=validation\.passwordMismatch/);
      await expect(page.getByRole("alert").filter({ hasText: /passwords do not match/i })).toBeVisible();
      await sendSignUpForm(page, person);
      await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
      await expect(page.getByRole("status").filter({ hasText: person.email })).toBeVisible();
      await expectAccessibleWithoutJavaScript(page, "sign-up sent without JavaScript");
    });

    await test.step("the address is confirmed (the confirmation email went out; its page is not under test here)", async () => {
      await waitForEmail(person.email, /confirm your email address/i);
      const connection = await mysql.createConnection(E2E_DATABASE_URL);
      await connection.query("update users set email_verified_at = utc_timestamp() where email = ?", [person.email]);
      await connection.end();
    });

    await test.step("a wrong password comes back as a translated error (French), the right one signs in", async () => {
      await page.goto("/fr/sign-in");
      await page.getByLabel("Adresse e-mail").fill(person.email);
      await page.getByLabel("Mot de passe", { exact: true }).fill("not-the-password");
      await page.getByRole("button", { name: "Se connecter", exact: true }).click();
      await expect(page).toHaveURL(/\/fr\/sign-in\?error=invalid_credentials/);
      await expect(page.getByRole("alert")).toContainText("L’adresse e-mail ou le mot de passe");
      await expectAccessibleWithoutJavaScript(page, "sign-in error without JavaScript");
      await expect(page.getByLabel("Adresse e-mail")).toHaveValue(person.email);
      await page.getByLabel("Mot de passe", { exact: true }).fill(person.password);
      await page.getByRole("button", { name: "Se connecter", exact: true }).click();
      await page.waitForURL("**/fr/dashboard");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });

    await test.step("a forgotten password is reset from the emailed link, then signs in", async () => {
      await page.context().clearCookies();
      await page.goto("/en/forgot-password");
      await page.getByLabel("Email address").fill(person.email);
      await page.getByRole("button", { name: /send/i }).click();
      await expect(page.getByRole("status")).toContainText(person.email);
      const email = await waitForEmail(person.email, /reset your southbridge password/i);
      await page.goto(linkIn(email, "/reset-password"));
      const newPassword = `${person.password}-new`;
      await page.getByLabel("New password").fill(newPassword);
      await page.getByLabel("Confirm password").fill(newPassword);
      await page.getByRole("button", { name: /password/i }).click();
      await expect(page).toHaveURL(/\/en\/sign-in\?/);
      await expect(page.getByText("Your password has been changed", { exact: false })).toBeVisible();
      await page.getByLabel("Password", { exact: true }).fill(newPassword);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await page.waitForURL("**/en/dashboard");
    });
  });

  test("the catalogue sorts with its GET form and shows its cards; the feeds answer", async ({ page, request }) => {
    await page.goto("/en/programmes");
    const filters = page.getByRole("search", { name: "Filter programmes" });
    await filters.getByLabel("Sort by").selectOption({ label: "Closing soon first" });
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]sort=closingSoon(&|$)/);
    await expect(page.getByLabel("Sort by")).toHaveValue("closingSoon");
    expect(await page.getByRole("article").count()).toBeGreaterThan(0);
    await expectAccessibleWithoutJavaScript(page, "catalogue sorted by closing date");

    const ics = await request.get("/en/programmes/deadlines.ics");
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const atom = await request.get("/en/programmes/feed.atom", { headers: { "if-none-match": "\"nope\"" } });
    expect(atom.status()).toBe(200);
    expect(await atom.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect((await request.get("/en/programmes/feed.atom", { headers: { "if-none-match": atom.headers().etag! } })).status()).toBe(304);
  });
});
