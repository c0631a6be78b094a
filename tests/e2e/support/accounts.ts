import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { linkIn, waitForEmail } from "./outbox";

/** Demo accounts loaded by scripts/seed.ts (scripts/seed/demo.ts); all share this password. */
export const DEMO_PASSWORD = "Southbridge-demo-2026";
export const DEMO = {
  admin: "admin@demo.southbridge.org",
  owner: "owner@demo.southbridge.org",
  noInstitution: "no-institution@demo.southbridge.org",
} as const;

export type Person = { name: string; email: string; password: string };

/** A person nobody has used before: unique name and address per run, so the tests can run twice on one database. */
export function newPerson(label: string): Person {
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  return {
    name: `${label} ${tag}`,
    email: `e2e-${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${tag}@example.org`,
    password: `Correct-horse-${tag}`,
  };
}

/** A separate browser (own cookies) for one person. */
export async function openBrowserFor(browser: Browser, baseURL: string | undefined): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL });
  return { context, page: await context.newPage() };
}

/** Fills the open sign-up form with the person's details (the password twice) and sends it. */
export async function sendSignUpForm(page: Page, person: Person): Promise<void> {
  await page.getByLabel("Full name").fill(person.name);
  await page.getByLabel("Email address").fill(person.email);
  await page.getByLabel("Password", { exact: true }).fill(person.password);
  await page.getByLabel("Confirm password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

/** Fills and sends the sign-up form at /en/sign-up; ends on the "check your email" message. */
export async function signUp(page: Page, person: Person): Promise<void> {
  await page.goto("/en/sign-up");
  await expect(page.getByRole("heading", { level: 1, name: "Create an account" })).toBeVisible();
  await expectAccessible(page, "sign-up form");
  await sendSignUpForm(page, person);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: person.email })).toBeVisible();
  await expectAccessible(page, "sign-up: check your email");
}

/** Opens the confirmation link from the outbox and presses the button; ends on the success message. */
export async function confirmEmail(page: Page, person: Person): Promise<void> {
  const email = await waitForEmail(person.email, /confirm your email address/i);
  await page.goto(linkIn(email, "/verify-email"));
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your email address" })).toBeVisible();
  await expectAccessible(page, "verify-email page");
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${person.email} is confirmed` })).toBeVisible();
  await expectAccessible(page, "verify-email: confirmed");
}

/** Signs in at /en/sign-in and waits for the dashboard (the default destination). */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/en/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expectAccessible(page, "sign-in form");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL("**/en/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
}

/** Sign-up, confirmation from the outbox and sign-in, for people the scenario needs but does not study. */
export async function signUpConfirmedAndSignIn(page: Page, person: Person): Promise<void> {
  await signUp(page, person);
  await confirmEmail(page, person);
  await signIn(page, person.email, person.password);
}

/** Browsers signed in as demo accounts for one spec file; `closeAll()` in its afterAll closes them together. */
export function demoSessions() {
  const contexts: BrowserContext[] = [];
  return {
    async signedIn(browser: Browser, baseURL: string | undefined, email: string): Promise<Page> {
      const { context, page } = await openBrowserFor(browser, baseURL);
      contexts.push(context);
      await signIn(page, email, DEMO_PASSWORD);
      return page;
    },
    closeAll: () => Promise.all(contexts.map((context) => context.close())),
  };
}
