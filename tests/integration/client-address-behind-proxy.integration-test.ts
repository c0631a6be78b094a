// With TRUSTED_PROXY=forwarded-for:1 (one reverse proxy appending to X-Forwarded-For), the audit
// log records the hop that proxy appended, never what the client wrote before it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../factories";
import { auditEntriesOf, openTestDb } from "./support/db";
import { restoreEnvironment, withEnvironment } from "./support/own-environment";
import type * as RouteCalls from "./support/route-calls";

// The route modules read the configuration once, when they load: load them under this setting.
let calls: typeof RouteCalls;
beforeAll(async () => {
  calls = await withEnvironment({ TRUSTED_PROXY: "forwarded-for:1" }, () => import("./support/route-calls"));
});

const handle = openTestDb();
const { db } = handle;
afterAll(async () => {
  await restoreEnvironment();
  await handle.close();
});

const forwarded = { "x-forwarded-for": "203.0.113.66, 198.51.100.4", "x-real-ip": "203.0.113.66" };

describe("the client address behind one trusted proxy", () => {
  it("records the address the proxy appended for a mutation", async () => {
    const user = await createUser(db);
    expect((await calls.postMutationAs(user, "account.signOutEverywhere", {}, forwarded)).status).toBe(200);
    const [entry] = await auditEntriesOf(db, "user", user.id);
    expect(entry?.context.ip).toBe("198.51.100.4");
  });

  it("records the address the proxy appended for a sign-in", async () => {
    const user = await createUser(db);
    expect((await calls.postSignIn(user.email, "Southbridge-demo-2026", forwarded)).status).toBe(200);
    const [entry] = await auditEntriesOf(db, "user", user.id);
    expect(entry?.action).toBe("auth.sign_in");
    expect(entry?.context.ip).toBe("198.51.100.4");
  });
});
