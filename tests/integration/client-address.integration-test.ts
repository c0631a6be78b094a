// Finding: the audit log took the client address from the first X-Forwarded-For entry, which the
// client writes itself. Without a configured trusted proxy (TRUSTED_PROXY, unset here) no
// forwarding header is believed: the audit records no address rather than a spoofed one.
// (tests/integration/client-address-behind-proxy.integration-test.ts configures a proxy.)
import { afterAll, describe, expect, it } from "vitest";
import { createUser } from "../factories";
import { auditEntriesOf, openTestDb } from "./support/db";
import { postMutationAs, postSignIn } from "./support/route-calls";

const handle = openTestDb();
const { db } = handle;
afterAll(() => handle.close());

const spoofed = { "x-forwarded-for": "203.0.113.66", "x-real-ip": "203.0.113.66", "x-vercel-forwarded-for": "203.0.113.66" };

describe("the client address without a trusted proxy", () => {
  it("records no address for a mutation whose client sent its own forwarding headers", async () => {
    const user = await createUser(db);
    expect((await postMutationAs(user, "account.signOutEverywhere", {}, spoofed)).status).toBe(200);
    const [entry] = await auditEntriesOf(db, "user", user.id);
    expect(entry?.action).toBe("user.sign_out_everywhere");
    expect(entry?.context.ip).toBeNull();
  });

  it("records no address for a sign-in whose client sent its own X-Forwarded-For", async () => {
    const user = await createUser(db);
    expect((await postSignIn(user.email, "Southbridge-demo-2026", spoofed)).status).toBe(200);
    const [entry] = await auditEntriesOf(db, "user", user.id);
    expect(entry?.action).toBe("auth.sign_in");
    expect(entry?.context.ip).toBeNull();
  });
});
