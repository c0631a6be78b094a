// The account page's credentials in a real browser (issue #15). Changing the password: a weak
// new password and a wrong current one are refused with the field's message; the change keeps
// this browser signed in, ends the other sessions, emails a notice, and the new password signs
// in. Changing the email address: nothing changes until the link sent to the NEW address is
// followed (its page works without JavaScript, a plain form post); the old address is told; then
// the new address signs in.
import { expect, test } from "./support/test";
import { newPerson, openBrowserFor, signIn, signUpConfirmedAndSignIn } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { linkIn, waitForEmail } from "./support/outbox";

test.describe.configure({ timeout: 180_000 });

test("a person changes the password: the other sessions end and the new password signs in", async ({ browser, baseURL }) => {
  const person = newPerson("Password Changer");
  const newPassword = `${person.password}-renewed`;
  const { page } = await openBrowserFor(browser, baseURL);
  await signUpConfirmedAndSignIn(page, person);
  const elsewhere = await openBrowserFor(browser, baseURL);
  await signIn(elsewhere.page, person.email, person.password);

  await page.goto("/en/account");
  const form = page.getByRole("region", { name: "Change your password" });

  await test.step("a weak new password and a wrong current password are refused on their fields", async () => {
    await form.getByLabel("Current password").fill("Not-the-password-2026");
    await form.getByLabel("New password").fill("too-short");
    await form.getByLabel("Confirm password").fill("too-short");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByText("Use at least 10 characters for your password.")).toBeVisible();
    await form.getByLabel("New password").fill(newPassword);
    await form.getByLabel("Confirm password").fill(newPassword);
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByText("Your current password is not correct.")).toBeVisible();
    await expectAccessible(page, "account: wrong current password");
  });

  await test.step("the right current password changes it; this browser stays signed in", async () => {
    await form.getByLabel("Current password").fill(person.password);
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByText("Your password was changed. Your other sessions have ended.")).toBeVisible();
    await page.goto("/en/account");
    await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  });

  await test.step("the other browser is signed out, and the account's address got a notice", async () => {
    await elsewhere.page.goto("/en/account");
    await expect(elsewhere.page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
    const notice = await waitForEmail(person.email, /password was changed/i);
    expect(notice.body).not.toContain(newPassword);
  });

  await test.step("the new password signs in", async () => {
    const fresh = await openBrowserFor(browser, baseURL);
    await signIn(fresh.page, person.email, newPassword);
  });
});

test("a person changes the email address by following the link sent to the new one, then signs in with it", async ({ browser, baseURL }) => {
  const person = newPerson("Address Mover");
  const newEmail = newPerson("Address Moved").email;
  const { page } = await openBrowserFor(browser, baseURL);
  await signUpConfirmedAndSignIn(page, person);

  await test.step("the request sends a link to the new address and a notice to the old one", async () => {
    await page.goto("/en/account");
    const form = page.getByRole("region", { name: "Change your email address" });
    await form.getByLabel("New email address").fill(newEmail);
    await form.getByLabel("Current password").fill(person.password);
    await form.getByRole("button", { name: "Send the confirmation link" }).click();
    await expect(form.getByRole("status")).toContainText(`If ${newEmail} can be used for your account`);
    await expectAccessible(page, "account: email change requested");
    const notice = await waitForEmail(person.email, /change of your Southbridge email address was requested/i);
    expect(notice.body).toContain(newEmail);
    // Nothing changed yet.
    await page.reload();
    await expect(page.getByRole("region", { name: "Profile" })).toContainText(person.email);
  });

  await test.step("the link's page confirms the change without JavaScript", async () => {
    const link = linkIn(await waitForEmail(newEmail, /confirm your new email address/i), "/confirm-email");
    // Opening the link uses nothing (mail scanners open links): only its button does.
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Confirm your new email address" })).toBeVisible();
    await expectAccessible(page, "confirm-email page");
    const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const mailbox = await noScript.newPage();
    await mailbox.goto(link);
    await mailbox.getByRole("button", { name: "Confirm my new address" }).click();
    await expect(mailbox).toHaveURL(/\/en\/sign-in\?/);
    await expect(mailbox.getByRole("status").filter({ hasText: "Your email address was changed." })).toBeVisible();
    // The link works once.
    await mailbox.goto(link);
    await mailbox.getByRole("button", { name: "Confirm my new address" }).click();
    await expect(mailbox.getByRole("alert")).toContainText("This link is invalid");
    await noScript.close();
  });

  await test.step("the old session has ended; the new address signs in", async () => {
    await page.goto("/en/account");
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
    await signIn(page, newEmail, person.password);
    await page.goto("/en/account");
    await expect(page.getByRole("region", { name: "Profile" })).toContainText(newEmail);
  });
});
