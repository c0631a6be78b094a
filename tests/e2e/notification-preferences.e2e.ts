// Email preferences (issue #15), in a real browser: a new account chooses the daily digest for
// conversations and no email for reports on its account page, sees the saved status, and finds its
// choice again after reloading.
import { expectAccessible } from "./support/axe";
import { newPerson, signUpConfirmedAndSignIn } from "./support/accounts";
import { expect, test } from "./support/test";

// Signing up, confirming from the outbox and signing in come first (each page checked with axe).
test.describe.configure({ timeout: 120_000 });

test("a person chooses how each group of notifications reaches them by email", async ({ page }) => {
  const person = newPerson("Preferences");
  await signUpConfirmedAndSignIn(page, person);
  await page.goto("/en/account");
  const section = page.getByRole("region", { name: "Email notifications" });
  await expect(section).toBeVisible();
  const group = (name: string) => section.getByRole("group", { name });
  await expect(group("Conversations").getByRole("radio", { name: "Immediately" })).toBeChecked();

  await group("Conversations").getByRole("radio", { name: "Daily digest" }).check();
  await group("Transparency reports").getByRole("radio", { name: "Off" }).check();
  await section.getByRole("button", { name: "Save email preferences" }).click();
  await expect(section.getByRole("status").filter({ hasText: "Your email preferences were saved." })).toBeVisible();
  await expectAccessible(page, "account: email preferences saved");

  await page.reload();
  await expect(group("Conversations").getByRole("radio", { name: "Daily digest" })).toBeChecked();
  await expect(group("Transparency reports").getByRole("radio", { name: "Off" })).toBeChecked();
  await expect(group("Agreements").getByRole("radio", { name: "Immediately" })).toBeChecked();
});
