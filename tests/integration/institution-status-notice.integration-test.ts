// Issue #15.3: the registration page promises an email once an administrator has checked the
// institution, but verifying it told its owner nothing. Now each decision on an institution's
// standing writes an in-app notification and an email (outbox) for its owners, in the same write.
import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { notifications } from "../../db/schema";
import { changeInstitutionStatus } from "../../server/institutions/change-institution-status";
import { addMembership, createInstitution, createUser, grantPlatformRole } from "../factories";
import { openTestDb, outboxTo } from "./support/db";
import { actingAs } from "./support/personas";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await handle.close();
});

async function world(status: "pending" | "verified" = "pending") {
  const [admin, owner, member] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
  await grantPlatformRole(db, admin.id, "admin");
  const institution = await createInstitution(db, { status, createdByUserId: owner.id });
  await Promise.all([
    addMembership(db, { institutionId: institution.id, userId: owner.id, role: "owner" }),
    addMembership(db, { institutionId: institution.id, userId: member.id }),
  ]);
  return { admin: admin, owner: owner, member: member, institution, asAdmin: await actingAs(db, admin) };
}

const noticesOf = (userId: string) => db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, "institutionDecided")));

describe("telling an institution's owners of a decision on its standing", () => {
  it("verifying an institution notifies and emails its owner (not its other members)", async () => {
    const w = await world();
    await changeInstitutionStatus(w.asAdmin, { institutionId: w.institution.id, event: "verify", version: w.institution.version });
    const notes = await noticesOf(w.owner.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ path: `/institutions/${w.institution.id}`, params: { institution: w.institution.name, status: "verified" } });
    const mail = await outboxTo(db, w.owner.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toContain(w.institution.name);
    expect(mail[0]!.textBody).toMatch(/verified/);
    expect(await noticesOf(w.member.id)).toHaveLength(0);
  });

  it("a rejection tells the owner the reason; a suspension too", async () => {
    const w = await world();
    await changeInstitutionStatus(w.asAdmin, { institutionId: w.institution.id, event: "reject", reason: "Not found in the national register", version: w.institution.version });
    const [mail] = await outboxTo(db, w.owner.email);
    expect(mail!.textBody).toMatch(/rejected/);
    expect(mail!.textBody).toContain("Not found in the national register");
    const v = await world("verified");
    await changeInstitutionStatus(v.asAdmin, { institutionId: v.institution.id, event: "suspend", reason: "Under investigation", version: v.institution.version });
    const [suspended] = await outboxTo(db, v.owner.email);
    expect(suspended!.textBody).toMatch(/suspended/);
    expect(suspended!.textBody).toContain("Under investigation");
  });
});
