import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, inArray } from "drizzle-orm";
import { configFromEnv, createDb } from "../../db/client";
import { loadReferenceData } from "../../db/reference/load";
import {
  DEMO_ACCOUNTS,
  DEMO_INSTITUTIONS,
  DEMO_MEMBERSHIPS,
  DEMO_PASSWORD,
  DEMO_USERS,
  demoId,
  readDemoDataSetting,
  seedDemoData,
  type DemoSeedSummary,
} from "../../db/seed/demo";
import { auditLog, INSTITUTION_TYPES, institutions, memberships, platformRoles, users } from "../../db/schema";
import { verifyPassword } from "../../server/accounts/passwords";

const handle = createDb(configFromEnv());
const { db } = handle;
const emails = DEMO_USERS.map((u) => u.email);
const institutionIds = DEMO_INSTITUTIONS.map((i) => demoId(`institution:${i.key}`));
const membershipIds = DEMO_MEMBERSHIPS.map((m) => demoId(`membership:${m.key}`));

// Counted on the demo rows only: other test files write to the same database.
async function demoCounts() {
  const [[u], [i], [m], [a]] = await Promise.all([
    db.select({ n: count() }).from(users).where(inArray(users.email, emails)),
    db.select({ n: count() }).from(institutions).where(inArray(institutions.id, institutionIds)),
    db.select({ n: count() }).from(memberships).where(inArray(memberships.id, membershipIds)),
    db.select({ n: count() }).from(auditLog).where(inArray(auditLog.objectId, institutionIds)),
  ]);
  return { users: u?.n, institutions: i?.n, memberships: m?.n, auditEntries: a?.n };
}

async function userByEmail(email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no user ${email}`);
  return row;
}

let firstCounts: Awaited<ReturnType<typeof demoCounts>>;
let secondRun: DemoSeedSummary;

beforeAll(async () => {
  await loadReferenceData(db);
  await seedDemoData(db);
  firstCounts = await demoCounts();
  secondRun = await seedDemoData(db);
}, 30_000);

afterAll(async () => {
  await handle.close();
});

describe("the demo seed", () => {
  it("creates every demo user, institution and membership", () => {
    expect(firstCounts).toMatchObject({
      users: DEMO_USERS.length,
      institutions: DEMO_INSTITUTIONS.length,
      memberships: DEMO_MEMBERSHIPS.length,
    });
    expect(firstCounts.auditEntries).toBeGreaterThan(0);
  });

  it("leaves the same users, institutions, memberships and audit entries when run twice", async () => {
    expect(secondRun).toEqual({ usersCreated: 0, institutionsCreated: 0, membershipsCreated: 0, auditEntries: 0 });
    expect(await demoCounts()).toEqual(firstCounts);
  });

  it("records that demo data is loaded and which accounts to offer on the sign-in page", async () => {
    const setting = await readDemoDataSetting(db);
    expect(setting).toEqual({ loaded: true, accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD });
    const keys = new Set(setting?.accounts.map((a) => a.roleLabelKey));
    for (const key of ["admin", "reviewer", "owner", "member", "signatory", "no_institution"]) expect(keys).toContain(key);
  });

  it("gives every demo account the one documented password", async () => {
    const admin = await userByEmail("admin@demo.southbridge.org");
    expect(await verifyPassword(admin.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it("makes the admin an admin and the two reviewers reviewers", async () => {
    const holders = await db
      .select({ email: users.email, role: platformRoles.role })
      .from(platformRoles)
      .innerJoin(users, eq(users.id, platformRoles.userId))
      .where(inArray(users.email, emails));
    expect(holders.filter((h) => h.role === "admin").map((h) => h.email)).toEqual(["admin@demo.southbridge.org"]);
    expect(holders.filter((h) => h.role === "reviewer")).toHaveLength(2);
  });

  it("leaves the unverified user without a verified email and the user without an institution without memberships", async () => {
    expect((await userByEmail("unverified@demo.southbridge.org")).emailVerifiedAt).toBeNull();
    const loner = await userByEmail("no-institution@demo.southbridge.org");
    const [row] = await db.select({ n: count() }).from(memberships).where(eq(memberships.userId, loner.id));
    expect(row?.n).toBe(0);
  });

  it("covers every institution type and every institution status", async () => {
    const rows = await db.select().from(institutions).where(inArray(institutions.id, institutionIds));
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(INSTITUTION_TYPES));
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["pending", "verified", "rejected", "suspended"]));
    expect(rows.find((r) => r.status === "rejected")?.statusReason).toBeTruthy();
  });

  it("covers every membership state, with a signatory who is not an owner", async () => {
    const rows = await db.select().from(memberships).where(inArray(memberships.id, membershipIds));
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["requested", "invited", "active", "declined", "removed"]));
    const signatory = await userByEmail("signatory@demo.southbridge.org");
    const [membership] = await db
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, signatory.id), eq(memberships.status, "active")));
    expect(membership).toMatchObject({ role: "member", isSignatory: true });
  });
});
