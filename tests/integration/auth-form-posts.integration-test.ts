// The auth forms posted as plain HTML forms (no JavaScript): /api/forms/<form> through the real
// route handler and database. Each answers 303 to the next page, or back to the form with a
// translatable `?error=`; signing in sets a session cookie the rest of the app accepts.
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { emailOutbox, users } from "../../db/schema";
import * as formsRoute from "../../app/api/forms/[form]/route";
import * as trpcRoute from "../../app/api/trpc/[trpc]/route";
import { issueEmailToken } from "../../server/accounts/email-tokens";
import { requestEmailChange } from "../../server/accounts/request-email-change";
import { createUser, DEFAULT_TEST_PASSWORD } from "../factories";
import { latestTokenSentTo, openTestDb } from "./support/db";
import { actingAs } from "./support/personas";
import { appOrigin, callRoute } from "./support/route-handler";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await handle.close();
});

async function postForm(form: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const request = new Request(`${appOrigin()}/api/forms/${form}`, {
    method: "POST",
    headers: { origin: appOrigin(), "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields).toString(),
  });
  return callRoute(formsRoute, { page: "/api/forms/[form]/route", params: { form } }, request);
}

const locationOf = (response: Response) => new URL(response.headers.get("location")!, appOrigin());
const locationHeader = (response: Response) => response.headers.get("location");

describe("signing in without JavaScript", () => {
  it("sets a session cookie the app accepts and goes to the callback page of this site", async () => {
    const user = await createUser(db);
    const response = await postForm("sign-in", { locale: "fr", email: user.email, password: DEFAULT_TEST_PASSWORD, callbackUrl: "/fr/notifications" });
    expect(response.status).toBe(303);
    expect(locationOf(response).pathname).toBe("/fr/notifications");
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^next-auth\.session-token=[^;]+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax/);
    const me = await callRoute(trpcRoute, { page: "/api/trpc/[trpc]/route", params: { trpc: "account.me" } }, new Request(`${appOrigin()}/api/trpc/account.me`, { headers: { cookie: cookie.split(";")[0]! } }));
    expect(((await me.json()) as { result: { data: { userId: string } } }).result.data.userId).toBe(user.id);
  });

  it("never redirects off the site or out of the language (open redirect)", async () => {
    const user = await createUser(db);
    for (const callbackUrl of ["https://evil.example/fr/x", "//evil.example/fr/", "/en/dashboard", "/fr/../../x"]) {
      const response = await postForm("sign-in", { locale: "fr", email: user.email, password: DEFAULT_TEST_PASSWORD, callbackUrl });
      const location = locationOf(response);
      expect(location.origin).toBe(appOrigin());
      expect(location.pathname.startsWith("/fr/")).toBe(true);
    }
    const absolute = await postForm("sign-in", { locale: "fr", email: user.email, password: DEFAULT_TEST_PASSWORD, callbackUrl: `${appOrigin()}/fr/programmes?x=1` });
    expect(locationHeader(absolute)).toBe("/fr/programmes?x=1");
  });

  it("comes back to the form with the refusal as ?error= and no cookie, and keeps the back-off", async () => {
    const user = await createUser(db);
    const wrong = await postForm("sign-in", { locale: "es", email: user.email, password: "not-the-password" });
    expect(wrong.headers.get("set-cookie")).toBeNull();
    const location = locationOf(wrong);
    expect(location.pathname).toBe("/es/sign-in");
    expect(location.searchParams.get("error")).toBe("invalid_credentials");
    expect(location.searchParams.get("email")).toBe(user.email);
    let last = location;
    for (let i = 0; i < 12 && last.searchParams.get("error") !== "rate_limited"; i++) last = locationOf(await postForm("sign-in", { locale: "es", email: user.email, password: "not-the-password" }));
    expect(last.searchParams.get("error")).toBe("rate_limited");
    expect(Number(last.searchParams.get("retry"))).toBeGreaterThan(0);
  });

  it("refuses a post from another site (403) and a body that is not a form (415)", async () => {
    const user = await createUser(db);
    const foreign = await postForm("sign-in", { email: user.email, password: DEFAULT_TEST_PASSWORD }, { origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    const json = await postForm("sign-in", { email: user.email }, { "content-type": "application/json" });
    expect(json.status).toBe(415);
  });
});

describe("signing up, asking for a reset link and resetting without JavaScript", () => {
  it("creates the account and says where the link went; a mismatch or a short password comes back as a message key", async () => {
    const email = `nojs-${Date.now()}@example.test`;
    const mismatch = locationOf(await postForm("sign-up", { locale: "ar", name: "No Script", email, password: "Long-enough-2026", confirmPassword: "other" }));
    expect(mismatch.searchParams.get("error")).toBe("validation.passwordMismatch");
    const short = locationOf(await postForm("sign-up", { locale: "ar", name: "No Script", email, password: "short", confirmPassword: "short" }));
    expect(short.searchParams.get("error")).toBe("validation.passwordLength");
    const done = locationOf(await postForm("sign-up", { locale: "ar", name: "No Script", email, password: "Long-enough-2026", confirmPassword: "Long-enough-2026" }));
    expect(done.pathname).toBe("/ar/sign-up");
    expect(done.searchParams.get("sent")).toBe(email);
    const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    expect(row).toBeDefined();
    expect((await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email))).length).toBeGreaterThan(0);
  });

  it("answers a reset request the same whether or not the address has an account", async () => {
    const user = await createUser(db);
    const known = locationOf(await postForm("forgot-password", { locale: "pt", email: user.email }));
    const unknown = locationOf(await postForm("forgot-password", { locale: "pt", email: `nobody-${Date.now()}@example.test` }));
    expect(known.pathname).toBe("/pt/forgot-password");
    expect(known.searchParams.has("sent")).toBe(true);
    expect(unknown.searchParams.has("sent")).toBe(true);
    expect(known.searchParams.has("error")).toBe(false);
  });

  it("resets the password from the link and sends the person to sign in; a used link is INVALID_TOKEN", async () => {
    const user = await createUser(db);
    const token = await issueEmailToken(db, user.id, "reset_password");
    const fields = { locale: "ru", token, password: "A-new-password-2026", confirmPassword: "A-new-password-2026" };
    const done = locationOf(await postForm("reset-password", fields));
    expect(done.pathname).toBe("/ru/sign-in");
    expect(done.searchParams.get("email")).toBe(user.email);
    const again = locationOf(await postForm("reset-password", fields));
    expect(again.pathname).toBe("/ru/reset-password");
    expect(again.searchParams.get("error")).toBe("INVALID_TOKEN");
    const signIn = locationOf(await postForm("sign-in", { locale: "ru", email: user.email, password: "A-new-password-2026" }));
    expect(signIn.pathname).toBe("/ru/dashboard");
  });
});

describe("confirming the address of a new account without JavaScript", () => {
  it("confirms it from the link's button and sends the person to sign in; a used or malformed link is INVALID_TOKEN", async () => {
    const user = await createUser(db, { emailVerifiedAt: null });
    const token = await issueEmailToken(db, user.id, "verify_email");
    const done = locationOf(await postForm("verify-email", { locale: "ar", token }));
    expect([done.pathname, done.searchParams.get("email"), done.searchParams.get("verified")]).toEqual(["/ar/sign-in", user.email, "1"]);
    const [row] = await db.select({ verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, user.id));
    expect(row?.verifiedAt).toBeInstanceOf(Date);
    const again = locationOf(await postForm("verify-email", { locale: "ar", token }));
    expect([again.pathname, again.searchParams.get("error"), again.searchParams.get("token")]).toEqual(["/ar/verify-email", "INVALID_TOKEN", token]);
    const malformed = locationOf(await postForm("verify-email", { locale: "fr", token: "short" }));
    expect([malformed.pathname, malformed.searchParams.get("error")]).toEqual(["/fr/verify-email", "INVALID_TOKEN"]);
  });
});

describe("confirming a new email address without JavaScript", () => {
  it("moves the account from the link's button and sends the person to sign in with the new address; a used link is INVALID_TOKEN", async () => {
    const user = await createUser(db);
    const newEmail = `posted-${user.id}@example.test`;
    await requestEmailChange(await actingAs(db, user), { newEmail, currentPassword: DEFAULT_TEST_PASSWORD });
    const fields = { locale: "pt", token: await latestTokenSentTo(db, newEmail) };
    const done = locationOf(await postForm("confirm-email-change", fields));
    expect([done.pathname, done.searchParams.get("email"), done.searchParams.get("emailChanged")]).toEqual(["/pt/sign-in", newEmail, "1"]);
    const again = locationOf(await postForm("confirm-email-change", fields));
    expect([again.pathname, again.searchParams.get("error")]).toEqual(["/pt/confirm-email", "INVALID_TOKEN"]);
    const signIn = locationOf(await postForm("sign-in", { locale: "pt", email: newEmail, password: DEFAULT_TEST_PASSWORD }));
    expect(signIn.pathname).toBe("/pt/dashboard");
  });

  it("answers a malformed token as an invalid link", async () => {
    const back = locationOf(await postForm("confirm-email-change", { locale: "zh", token: "short" }));
    expect([back.pathname, back.searchParams.get("error")]).toEqual(["/zh/confirm-email", "INVALID_TOKEN"]);
  });
});
