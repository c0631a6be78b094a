// The scheduled route /api/cron/<job>, called in-process as `next start` would run it: refused
// (401) without `Authorization: Bearer $CRON_SECRET` — and then it does nothing — 404 for an
// unknown job, and a job's report when allowed. Running a job twice does its work once.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications } from "../../db/schema";
import { completePilotContent, agreementRow, agreementWorld, insertAgreement } from "../factories/agreements";
import { openTestDb } from "./support/db";
import type * as CronRoute from "../../app/api/cron/[job]/route";
import { restoreEnvironment, withEnvironment } from "./support/own-environment";
import { appOrigin, callRoute } from "./support/route-handler";

const SECRET = "cron-secret-for-the-integration-tests-0123456789";

// The route reads the configuration once, when it loads: load it with the secret set.
let cronRoute: typeof CronRoute;
beforeAll(async () => {
  cronRoute = await withEnvironment({ CRON_SECRET: SECRET }, () => import("../../app/api/cron/[job]/route"));
});

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await restoreEnvironment();
  await handle.close();
});

function cron(job: string, authorization?: string) {
  const headers: Record<string, string> = authorization ? { authorization } : {};
  return callRoute(cronRoute, { page: "/api/cron/[job]/route", params: { job } }, new Request(`${appOrigin()}/api/cron/${job}`, { headers }));
}

async function expiringAgreement() {
  const w = await agreementWorld(db);
  const soon = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
  const agreement = await insertAgreement(w, { status: "in_force", content: completePilotContent(w, { expiryDate: soon }) });
  const warned = () => db.select().from(notifications).where(and(eq(notifications.userId, w.partnerSignatory.id), eq(notifications.path, `/agreements/${agreement.id}`)));
  return { agreement, warned };
}

describe("the scheduled route", () => {
  it("refuses a call without the secret, or with a wrong one, with 401 — and runs nothing", async () => {
    const { agreement, warned } = await expiringAgreement();
    for (const authorization of [undefined, "Bearer wrong", SECRET, `Bearer ${SECRET}x`, `Basic ${SECRET}`]) {
      const response = await cron("agreement-expiry-warnings", authorization);
      expect(response.status, String(authorization)).toBe(401);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
    expect(await warned()).toHaveLength(0);
    expect((await agreementRow(db, agreement.id)).expiryWarnedAt).toBeNull();
  });

  it("answers 404 for a job that does not exist (after checking the secret: 401 without it)", async () => {
    expect((await cron("drop-tables")).status).toBe(401);
    expect((await cron("drop-tables", `Bearer ${SECRET}`)).status).toBe(404);
  });

  it("runs the expiry warnings with the secret; a second run warns nobody again", async () => {
    const { agreement, warned } = await expiringAgreement();
    let response = await cron("agreement-expiry-warnings", `Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ job: "agreement-expiry-warnings" });
    // The job is bounded per run: other tests' agreements may be due too, so run until none is.
    for (let i = 0; i < 20 && (await warned()).length === 0; i++) response = await cron("agreement-expiry-warnings", `Bearer ${SECRET}`);
    expect(await warned()).toHaveLength(1);
    expect((await agreementRow(db, agreement.id)).expiryWarnedAt).not.toBeNull();
    const again = await cron("agreement-expiry-warnings", `Bearer ${SECRET}`);
    expect(again.status).toBe(200);
    expect(await warned()).toHaveLength(1);
  });

  it("runs the outbox delivery: without SMTP_URL there is no transport and the emails stay pending at /dev/outbox", async () => {
    const response = await cron("deliver-outbox", `Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ job: "deliver-outbox", skipped: expect.stringContaining("SMTP_URL") as unknown });
  });
});
