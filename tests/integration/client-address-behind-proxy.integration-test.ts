// With TRUSTED_PROXY=forwarded-for:1 (one reverse proxy appending to X-Forwarded-For), the audit
// log records the hop that proxy appended, never what the client wrote before it.
import { afterAll, describe, expect, it, vi } from "vitest";
import { createUser } from "../factories";
import { auditEntriesOf, openTestDb } from "./support/db";
import { postMutationAs, postSignIn } from "./support/route-calls";

// Set before the imports run (the route modules read the configuration when they load); the
// module registry, and so server/env.ts's cached configuration, is this file's own.
vi.hoisted(() => {
  process.env.TRUSTED_PROXY = "forwarded-for:1";
});

const handle = openTestDb();
const { db } = handle;
afterAll(async () => {
  delete process.env.TRUSTED_PROXY;
  await handle.close();
});

const forwarded = { "x-forwarded-for": "203.0.113.66, 198.51.100.4", "x-real-ip": "203.0.113.66" };

describe("the client address behind one trusted proxy", () => {
  it("records the address the proxy appended for a mutation", async () => {
    const user = await createUser(db);
    expect((await postMutationAs(user, "account.signOutEverywhere", {}, forwarded)).status).toBe(200);
    const [entry] = await auditEntriesOf(db, "user", user.id);
    expect(entry?.context.ip).toBe("198.51.100.4");
  });

  it("records the address the proxy appended for a sign-in", async () => {
    const user = await createUser(db);
    expect((await postSignIn(user.email, "Southbridge-demo-2026", forwarded)).status).toBe(200);
    const [entry] = await auditEntriesOf(db, "user", user.id);
    expect(entry?.action).toBe("auth.sign_in");
    expect(entry?.context.ip).toBe("198.51.100.4");
  });
});
