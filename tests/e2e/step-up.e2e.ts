// Step-up signing in a real browser (issue #18): a signatory sets up an authenticator app in the
// account settings — QR code and key shown, confirmed with a code computed here with otpauth from
// the key on the page, recovery codes shown once — then signs an agreement: without a code the
// signature is refused with the field's message, with the next code it is made, and the record
// shows "Authenticator app" as the second factor.
import { Secret, TOTP } from "otpauth";
import { expect, test } from "./support/test";
import { DEMO_PASSWORD, openBrowserFor, signIn } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { pendingAgreementFixture } from "./support/step-up";
import { confirmStep } from "./support/confirm";

test.describe.configure({ timeout: 120_000 });

const codeFor = (secret: string, stepsAhead: number) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + stepsAhead * 30_000 });

test("a signatory enrols an authenticator app and signs an agreement with it", async ({ browser, baseURL }) => {
  const fixture = await pendingAgreementFixture();
  const { context, page } = await openBrowserFor(browser, baseURL);
  await signIn(page, fixture.signatoryEmail, DEMO_PASSWORD);

  let secret = "";
  await test.step("the app is set up from the account settings", async () => {
    await page.goto("/en/account");
    await expect(page.getByRole("heading", { level: 2, name: "Two-step verification" })).toBeVisible();
    await page.getByRole("button", { name: "Set up an authenticator app" }).click();
    await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
    secret = (await page.getByTestId("totp-secret").textContent())?.trim() ?? "";
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectAccessible(page, "account: authenticator app QR code");
    await page.getByLabel("Code shown by the app").fill(codeFor(secret, 0));
    await page.getByRole("button", { name: "Confirm", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Your recovery codes" })).toBeVisible();
    await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
    await page.getByRole("button", { name: "I have saved them" }).click();
    await expect(page.getByTestId("totp-status")).toContainText("Recovery codes left: 10.");
    await expect(page.getByTestId("totp-secret")).toHaveCount(0);
  });

  await test.step("signing without a code is refused, with the field's message", async () => {
    await page.goto(`/en/agreements/${fixture.agreementId}`);
    await page.getByLabel("Confirm with your password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign the agreement" }).click();
    await confirmStep(page);
    await expect(page.getByText("Enter a code from your authenticator app or a recovery code, or use a passkey.")).toBeVisible();
    await expectAccessible(page, "agreement: second factor refused");
  });

  await test.step("with the next code it is signed, and the record shows the factor", async () => {
    // The enrolment spent the current step: the next one (inside the ±1 window) signs.
    await page.getByLabel("Second factor: code from your authenticator app, or a recovery code").fill(codeFor(secret, 1));
    await page.getByRole("button", { name: "Sign the agreement" }).click();
    await confirmStep(page);
    await page.waitForURL(`**/en/agreements/${fixture.agreementId}?done=*`);
    await page.goto(`/en/agreements/${fixture.agreementId}/record`);
    await expect(page.getByTestId("signature-factor").first()).toHaveText("Authenticator app");
  });
  await context.close();
});
