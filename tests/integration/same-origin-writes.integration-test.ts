// Finding 6 of issue #11 (same-site request forgery): a page on another origin — a sibling
// subdomain, say — could make the browser POST a form to /api/trpc with the user's cookies, and
// `account.signOutEverywhere` or `notifications.markRead` ran. Every state-changing request
// must now come from the app's own origin, and tRPC mutations accept JSON only. These tests call
// the real route handlers (real router, real next-auth, real database).
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import * as authRoute from "../../app/api/auth/[...nextauth]/route";
import * as trpcRoute from "../../app/api/trpc/[trpc]/route";
import { auditLog, notifications } from "../../db/schema";
import { createUser, type User } from "../factories";
import { openTestDb, userRow } from "./support/db";
import { appOrigin, callRoute, sessionCookieFor } from "./support/route-handler";
import { nextAuthCsrf, postSignIn } from "./support/route-calls";

const handle = openTestDb();
const { db } = handle;
afterAll(() => handle.close());

const TRPC = { page: "/api/trpc/[trpc]/route" };

function trpcPost(procedure: string, init: { headers: Record<string, string>; body: BodyInit }): Promise<Response> {
  const request = new Request(`${appOrigin()}/api/trpc/${procedure}`, { method: "POST", ...init });
  return callRoute(trpcRoute, { ...TRPC, params: { trpc: procedure } }, request);
}

async function signedInUserWithUnreadNotification(): Promise<{ user: User; cookie: string }> {
  const user = await createUser(db);
  await db.insert(notifications).values({ userId: user.id, kind: "programmeDecided", params: { reference: "PRG-T", title: "T" }, path: "/en/dashboard" });
  return { user, cookie: await sessionCookieFor(user) };
}

async function unreadCount(userId: string): Promise<number> {
  const rows = await db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return rows.length;
}

async function signOutAuditEntries(userId: string): Promise<number> {
  const rows = await db.select({ id: auditLog.id }).from(auditLog).where(and(eq(auditLog.objectId, userId), eq(auditLog.action, "user.sign_out_everywhere")));
  return rows.length;
}

function multipartBody(): FormData {
  const form = new FormData();
  form.set("id", "");
  return form;
}

describe("tRPC mutations sent by another site's form", () => {
  it("refuses a multipart form posted to account.signOutEverywhere with the user's cookies, and ends no session", async () => {
    const { user, cookie } = await signedInUserWithUnreadNotification();
    const response = await trpcPost("account.signOutEverywhere", { headers: { cookie, origin: "https://evil.example.org" }, body: multipartBody() });
    expect([403, 415]).toContain(response.status);
    expect((await userRow(db, user.id)).sessionVersion).toBe(user.sessionVersion);
    expect(await signOutAuditEntries(user.id)).toBe(0);
  });

  it("refuses a multipart form posted from a sibling subdomain (same site, other origin) to notifications.markRead", async () => {
    const { user, cookie } = await signedInUserWithUnreadNotification();
    const sibling = new URL(appOrigin());
    sibling.hostname = `attacker.${sibling.hostname}`;
    const response = await trpcPost("notifications.markRead", {
      headers: { cookie, origin: sibling.origin, "sec-fetch-site": "same-site" },
      body: multipartBody(),
    });
    expect(response.status).toBe(403);
    expect(await unreadCount(user.id)).toBe(1);
  });

  it("refuses a multipart form even from the app's own origin: mutations accept JSON only", async () => {
    const { user, cookie } = await signedInUserWithUnreadNotification();
    const response = await trpcPost("notifications.markRead", { headers: { cookie, origin: appOrigin() }, body: multipartBody() });
    expect(response.status).toBe(415);
    expect(await unreadCount(user.id)).toBe(1);
  });

  it("refuses a text/plain post (what a form without enctype can send as JSON-looking text)", async () => {
    const { user, cookie } = await signedInUserWithUnreadNotification();
    const response = await trpcPost("notifications.markRead", { headers: { cookie, origin: appOrigin(), "content-type": "text/plain" }, body: "{}" });
    expect(response.status).toBe(415);
    expect(await unreadCount(user.id)).toBe(1);
  });
});

describe("the origin of a JSON mutation", () => {
  const json = { "content-type": "application/json" };

  it("refuses a JSON mutation whose Origin is another site", async () => {
    const { user, cookie } = await signedInUserWithUnreadNotification();
    const response = await trpcPost("notifications.markRead", { headers: { ...json, cookie, origin: "https://evil.example.org" }, body: "{}" });
    expect(response.status).toBe(403);
    expect(await unreadCount(user.id)).toBe(1);
  });

  it("refuses a JSON mutation with Origin null (sandboxed frames, opaque redirects)", async () => {
    const { user, cookie } = await signedInUserWithUnreadNotification();
    const response = await trpcPost("notifications.markRead", { headers: { ...json, cookie, origin: "null" }, body: "{}" });
    expect(response.status).toBe(403);
    expect(await unreadCount(user.id)).toBe(1);
  });

  it("refuses a JSON mutation without Origin that the browser marks as cross-site", async () => {
    const { user, cookie } = await signedInUserWithUnreadNotification();
    const response = await trpcPost("notifications.markRead", { headers: { ...json, cookie, "sec-fetch-site": "cross-site" }, body: "{}" });
    expect(response.status).toBe(403);
    expect(await unreadCount(user.id)).toBe(1);
  });

  it("refuses a JSON mutation that carries neither Origin nor Sec-Fetch-Site", async () => {
    const { user, cookie } = await signedInUserWithUnreadNotification();
    const response = await trpcPost("notifications.markRead", { headers: { ...json, cookie }, body: "{}" });
    expect(response.status).toBe(403);
    expect(await unreadCount(user.id)).toBe(1);
  });

  it("runs a JSON mutation sent from the app's own origin", async () => {
    const { user, cookie } = await signedInUserWithUnreadNotification();
    const response = await trpcPost("notifications.markRead", { headers: { ...json, cookie, origin: appOrigin() }, body: "{}" });
    expect(response.status).toBe(200);
    expect(await unreadCount(user.id)).toBe(0);
  });

  it("runs a JSON mutation without Origin that the browser marks as same-origin", async () => {
    const { user, cookie } = await signedInUserWithUnreadNotification();
    const response = await trpcPost("account.signOutEverywhere", { headers: { ...json, cookie, "sec-fetch-site": "same-origin" }, body: "{}" });
    expect(response.status).toBe(200);
    expect((await userRow(db, user.id)).sessionVersion).toBe(user.sessionVersion + 1);
    expect(await signOutAuditEntries(user.id)).toBe(1);
  });
});

describe("next-auth's POST endpoints", () => {
  const sessionCookieSet = (response: Response) => response.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token="));

  it("refuses the sign-in callback posted from another origin and sets no session", async () => {
    const user = await createUser(db);
    const response = await postSignIn(user.email, "Southbridge-demo-2026", { origin: "https://evil.example.org" });
    expect(response.status).toBe(403);
    expect(sessionCookieSet(response)).toBe(false);
  });

  it("signs in through the callback posted from the app's own origin", async () => {
    const user = await createUser(db);
    const response = await postSignIn(user.email, "Southbridge-demo-2026");
    expect(response.status).toBe(200);
    expect(sessionCookieSet(response)).toBe(true);
  });

  it("refuses sign-out posted from another origin", async () => {
    const user = await createUser(db);
    const { token, cookie } = await nextAuthCsrf();
    const headers = {
      "content-type": "application/x-www-form-urlencoded",
      cookie: `${cookie}; ${await sessionCookieFor(user)}`,
      origin: "https://evil.example.org",
    };
    const request = new Request(`${appOrigin()}/api/auth/signout`, { method: "POST", headers, body: new URLSearchParams({ csrfToken: token, json: "true" }) });
    const response = await callRoute(authRoute, { page: "/api/auth/[...nextauth]/route", params: { nextauth: ["signout"] } }, request);
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token=;"))).toBe(false);
  });
});
