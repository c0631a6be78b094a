// Personal API tokens through the real route handlers (/api/v1 and /api/trpc) and database:
// shown once and stored as a SHA-256 only, audited without the secret, widening what /api/v1
// shows to the user's own institution's private data, revocable, recording their last use,
// throttled, and never worth more than the user's current standing.
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiTokens, auditLog, institutions } from "../../db/schema";
import * as trpcRoute from "../../app/api/trpc/[trpc]/route";
import { createApiToken } from "../../server/api-tokens/create-api-token";
import { revokeApiToken } from "../../server/api-tokens/revoke-api-token";
import { LIMITS } from "../../server/throttle/limits";
import { bumpStatement } from "../../server/throttle/window-counter";
import { changePassword } from "../../server/accounts/change-password";
import { issueEmailToken } from "../../server/accounts/email-tokens";
import { resetPassword } from "../../server/accounts/reset-password";
import { addMembership, createInstitution, createUser, DEFAULT_TEST_PASSWORD, type Institution, type User } from "../factories";
import { openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { getV1 } from "./support/open-api";
import { actingAs } from "./support/personas";
import { appOrigin, callRoute, sessionCookieFor } from "./support/route-handler";

const handle = openTestDb();
const { db } = handle;

let owner: User;
let institution: Institution;

beforeAll(async () => {
  owner = await createUser(db);
  institution = await createInstitution(db, { createdByUserId: owner.id });
  await addMembership(db, { institutionId: institution.id, userId: owner.id, role: "owner" });
});

afterAll(async () => {
  await handle.close();
});

const newToken = async (scope: "read" | "institution:write", user: User = owner) => createApiToken(await actingAs(db, user), { name: `Test ${scope}`, scope });
const tokenRow = async (id: string) => (await db.select().from(apiTokens).where(eq(apiTokens.id, id)))[0]!;

/** A tRPC call over the real route handler with only a bearer token (no cookie, no Origin: a script). */
async function trpcWithToken(token: string, path: string, input: unknown, kind: "query" | "mutation", extra: Record<string, string> = {}) {
  const url = new URL(`${appOrigin()}/api/trpc/${path}`);
  if (kind === "query") url.searchParams.set("input", JSON.stringify(input));
  const headers = { authorization: `Bearer ${token}`, ...(kind === "mutation" ? { "content-type": "application/json" } : {}), ...extra };
  const request = new Request(url, kind === "mutation" ? { method: "POST", headers, body: JSON.stringify(input) } : { headers });
  const response = await callRoute(trpcRoute, { page: "/api/trpc/[trpc]/route", params: { trpc: path } }, request);
  return { status: response.status, body: (await response.json()) as { result?: { data: unknown }; error?: { data: { code: string; domainCode: string | null } } } };
}

describe("creating a token", () => {
  it("answers the token once, stores only its SHA-256 and a hint, and audits it without the secret", async () => {
    const created = await newToken("read");
    expect(created.token).toMatch(/^sbt_[A-Za-z0-9_-]{43}$/);
    const row = await tokenRow(created.id);
    expect(row.tokenHash).toBe(createHash("sha256").update(created.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(created.token.slice(4));
    expect(row).toMatchObject({ userId: owner.id, scope: "read", hint: created.token.slice(-4), revokedAt: null, lastUsedAt: null });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.objectType, "api_token"), eq(auditLog.objectId, created.id)));
    expect(audit).toMatchObject({ action: "api_token.create", actorUserId: owner.id });
    expect(JSON.stringify(audit)).not.toContain(created.token.slice(4));
  });
});

describe("calling /api/v1 with a token", () => {
  it("shows a member their institution's private fields, which anonymous calls never see", async () => {
    const created = await newToken("read");
    const anonymous = (await (await getV1(`/institutions/${institution.id}`)).json()) as { private: unknown };
    expect(anonymous.private).toBeNull();
    const response = await getV1(`/institutions/${institution.id}`, created.token);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { private: { emailDomains: string[] } | null };
    expect(body.private?.emailDomains.length).toBeGreaterThan(0);
    expect((await tokenRow(created.id)).lastUsedAt).not.toBeNull();
  });

  it("stops working the moment it is revoked (401), and a second revocation is a CONFLICT", async () => {
    const created = await newToken("read");
    expect((await getV1("/programmes", created.token)).status).toBe(200);
    await revokeApiToken(await actingAs(db, owner), { tokenId: created.id, version: 1 });
    expect((await getV1("/programmes", created.token)).status).toBe(401);
    expect((await domainErrorOf(revokeApiToken(await actingAs(db, owner), { tokenId: created.id, version: 1 }))).code).toBe("CONFLICT");
    const actions = (await db.select().from(auditLog).where(and(eq(auditLog.objectType, "api_token"), eq(auditLog.objectId, created.id)))).map((a) => a.action);
    expect(actions).toEqual(["api_token.create", "api_token.revoke"]);
  });

  it("cannot be revoked by somebody else (NOT_FOUND)", async () => {
    const created = await newToken("read");
    const stranger = await createUser(db);
    expect((await domainErrorOf(revokeApiToken(await actingAs(db, stranger), { tokenId: created.id, version: 1 }))).code).toBe("NOT_FOUND");
  });

  it("is throttled: past its quota the answer is 429 with Retry-After", async () => {
    const created = await newToken("read");
    const now = new Date();
    await bumpStatement(db, LIMITS.callsPerApiToken, createHash("sha256").update(created.token).digest("hex"), now, LIMITS.callsPerApiToken.limit);
    const response = await getV1("/programmes", created.token);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("calling tRPC with a token (a script: no cookie, no Origin)", () => {
  it("a write token acts for its institution; a read token is refused every mutation", async () => {
    const write = await newToken("institution:write");
    const made = await trpcWithToken(write.token, "programmes.create", { leadInstitutionId: institution.id, title: "Made by a script" }, "mutation");
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    const read = await newToken("read");
    const refused = await trpcWithToken(read.token, "programmes.create", { leadInstitutionId: institution.id, title: "Not with a read token" }, "mutation");
    expect(refused.status).toBe(403);
    expect(refused.body.error?.data.code).toBe("FORBIDDEN");
  });

  it("a token never acts on its user's own account, even with the write scope", async () => {
    const write = await newToken("institution:write");
    const refused = await trpcWithToken(write.token, "apiTokens.create", { name: "Token minting tokens", scope: "institution:write" }, "mutation");
    expect(refused.status).toBe(403);
  });

  it("a bearer request that also carries a cookie is held to the same-origin rule", async () => {
    const write = await newToken("institution:write");
    const refused = await trpcWithToken(write.token, "programmes.create", { leadInstitutionId: institution.id, title: "Riding on a cookie" }, "mutation", { cookie: await sessionCookieFor(owner) });
    expect(refused.status).toBe(403);
  });

  it("an unknown token is UNAUTHORIZED, not a visitor", async () => {
    const answer = await trpcWithToken(`sbt_${"B".repeat(43)}`, "institutions.directory", {}, "query");
    expect(answer.status).toBe(401);
  });

  it("is worth no more than its user's current standing: a suspended institution's write token reads but cannot write", async () => {
    const suspendedOwner = await createUser(db);
    const suspended = await createInstitution(db, { createdByUserId: suspendedOwner.id });
    await addMembership(db, { institutionId: suspended.id, userId: suspendedOwner.id, role: "owner" });
    const write = await newToken("institution:write", suspendedOwner);
    expect((await trpcWithToken(write.token, "programmes.create", { leadInstitutionId: suspended.id, title: "Before the suspension" }, "mutation")).status).toBe(200);
    await db.update(institutions).set({ status: "suspended", statusReason: "Test" }).where(eq(institutions.id, suspended.id));
    const refused = await trpcWithToken(write.token, "programmes.create", { leadInstitutionId: suspended.id, title: "After the suspension" }, "mutation");
    expect(refused.status).toBe(403);
    expect(refused.body.error?.data.domainCode).toBe("INSTITUTION_NOT_ACTIVE");
    const read = await getV1(`/institutions/${suspended.id}`, write.token);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { private: unknown }).private).not.toBeNull();
  });
});

describe("a new password ends the account's tokens (a stolen token must not outlive the password it was minted under)", () => {
  it("revokes every live token of the account when the password is changed, and audits nothing but the change", async () => {
    const user = await createUser(db);
    const [first, second] = [await newToken("read", user), await newToken("read", user)];
    const others = await newToken("read");
    expect((await getV1("/programmes", first.token)).status).toBe(200);
    await changePassword(await actingAs(db, user), { currentPassword: DEFAULT_TEST_PASSWORD, newPassword: "Another-password-2026" });
    expect((await getV1("/programmes", first.token)).status).toBe(401);
    expect((await getV1("/programmes", second.token)).status).toBe(401);
    expect((await tokenRow(first.id)).revokedAt).not.toBeNull();
    expect((await getV1("/programmes", others.token)).status).toBe(200);
  });

  it("revokes them when the password is reset from an emailed link", async () => {
    const user = await createUser(db);
    const created = await newToken("read", user);
    const token = await issueEmailToken(db, user.id, "reset_password");
    await resetPassword(await actingAs(db, null), { token, password: "Reset-password-2026" });
    expect((await getV1("/programmes", created.token)).status).toBe(401);
    expect((await tokenRow(created.id)).version).toBe(2);
  });
});
