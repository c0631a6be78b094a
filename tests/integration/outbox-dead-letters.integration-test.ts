// Dead letters: an admin sees the emails the worker gave up on and puts one back in the queue —
// one atomic write with its audit event, guarded so that two retries at once retry it once.
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { emailOutbox } from "../../db/schema";
import { listDeadLetters, retryDeadLetter } from "../../server/outbox/dead-letters";
import { createAdmin } from "../factories";
import { auditEntriesOf, insertDeadLetter, openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { actingAs } from "./support/personas";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await handle.close();
});

describe("dead letters", () => {
  it("are listed for admins, newest first, with their last error", async () => {
    const admin = await actingAs(db, await createAdmin(db));
    const dead = await insertDeadLetter(db);
    const page = await listDeadLetters(admin, { page: 1 });
    expect(page.items.find((i) => i.id === dead.id)).toMatchObject({ toAddress: dead.toAddress, attempts: 8, lastError: "550 mailbox unavailable", template: "reportPublished" });
    expect(page.pageSize).toBe(50);
  });

  it("an admin's retry puts the row back in the queue, attempts reset, with one audit event; a second retry is a CONFLICT", async () => {
    const adminUser = await createAdmin(db);
    const admin = await actingAs(db, adminUser);
    const dead = await insertDeadLetter(db);
    expect(await retryDeadLetter(admin, { emailId: dead.id })).toEqual({ emailId: dead.id, status: "pending" });
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, dead.id));
    expect(row).toMatchObject({ status: "pending", attempts: 0, leaseToken: null });
    expect(row!.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    const entries = await auditEntriesOf(db, "email", dead.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "email.retry", actorUserId: adminUser.id, changes: { status: { before: "dead", after: "pending" } } });
    expect((await domainErrorOf(retryDeadLetter(admin, { emailId: dead.id }))).code).toBe("CONFLICT");
    expect(await auditEntriesOf(db, "email", dead.id)).toHaveLength(1);
  });

  it("two admins retrying the same dead letter at once: it is retried once", async () => {
    const [a, b] = await Promise.all([createAdmin(db), createAdmin(db)]);
    const dead = await insertDeadLetter(db);
    const results = await Promise.allSettled([retryDeadLetter(await actingAs(db, a), { emailId: dead.id }), retryDeadLetter(await actingAs(db, b), { emailId: dead.id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await auditEntriesOf(db, "email", dead.id)).toHaveLength(1);
  });
});
