// The account settings: a person changes their name and preferred language (the language their
// emails are written in), optimistically locked, with one audit entry; nothing changed writes nothing.
import { and, desc, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { auditLog, users } from "../../db/schema";
import { updateProfile } from "../../server/accounts/update-profile";
import { createUser } from "../factories";
import { openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { actingAs } from "./support/personas";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await handle.close();
});

const row = async (id: string) => (await db.select().from(users).where(eq(users.id, id)))[0]!;

describe("updating one's profile", () => {
  it("changes the name and language with one audit entry; a stale form is a CONFLICT", async () => {
    const user = await createUser(db, { name: "Old Name" });
    const ctx = await actingAs(db, user);
    expect(ctx.viewer?.accountVersion).toBe(1);
    expect(await updateProfile(ctx, { name: "New Name", locale: "ar", version: 1 })).toEqual({ written: true, version: 2 });
    expect(await row(user.id)).toMatchObject({ name: "New Name", locale: "ar", version: 2 });
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.objectId, user.id), eq(auditLog.action, "user.update_profile"))).orderBy(desc(auditLog.id));
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits[0]!.changes)).toContain("New Name");
    expect((await domainErrorOf(updateProfile(ctx, { name: "Stale", locale: "en", version: 1 }))).code).toBe("CONFLICT");
    expect((await row(user.id)).name).toBe("New Name");
  });

  it("writes nothing when nothing changed, and refuses a visitor", async () => {
    const user = await createUser(db, { name: "Same Name", locale: "fr" });
    expect(await updateProfile(await actingAs(db, user), { name: "Same Name", locale: "fr", version: 1 })).toEqual({ written: false, version: 1 });
    expect((await row(user.id)).version).toBe(1);
    expect((await domainErrorOf(updateProfile(await actingAs(db, null), { name: "X Y", locale: "fr", version: 1 }))).code).toBe("UNAUTHENTICATED");
  });
});
