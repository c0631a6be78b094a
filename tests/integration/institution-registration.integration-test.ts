// Registering an institution (eligibility) and editing it (optimistic locking), through the real use cases.
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { auditLog, institutions, memberships } from "../../db/schema";
import { registerInstitution } from "../../server/institutions/register-institution";
import type { InstitutionFields } from "../../server/institutions/schemas";
import { updateInstitution } from "../../server/institutions/update-institution";
import { addMembership, createInstitution, createUser, uniqueSuffix } from "../factories";
import { auditEntriesOf, institutionRow, openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { actingAs } from "./support/personas";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await handle.close();
});

function fields(overrides: Partial<InstitutionFields> = {}): InstitutionFields {
  const suffix = uniqueSuffix();
  return {
    name: `Registered Institute ${suffix}`,
    acronym: null,
    countryCode: "KE",
    type: "university",
    website: `https://registered-${suffix}.example.test`,
    emailDomains: [`registered-${suffix}.example.test`],
    description: "An institution registered by an integration test.",
    rorId: null,
    ...overrides,
  };
}

/** Everything a registration attempt by `userId` could have written. */
async function tracesOf(userId: string, name: string) {
  const [byName, byUser, audit] = await Promise.all([
    db.select().from(institutions).where(eq(institutions.name, name)),
    db.select().from(memberships).where(eq(memberships.userId, userId)),
    db.select().from(auditLog).where(eq(auditLog.actorUserId, userId)),
  ]);
  return { institutions: byName.length, memberships: byUser.length, auditEntries: audit.length };
}

describe("registering an institution", () => {
  it("puts an institution of an eligible country (Kenya) in pending, with the registrant as its active owner and one audit entry", async () => {
    const user = await createUser(db);
    const input = fields({ countryCode: "KE" });

    const result = await registerInstitution(await actingAs(db, user), input);

    expect(result.status).toBe("pending");
    expect(await institutionRow(db, result.institutionId)).toMatchObject({ ...input, status: "pending", version: 1, createdByUserId: user.id });
    const rows = await db.select().from(memberships).where(eq(memberships.institutionId, result.institutionId));
    expect(rows).toEqual([expect.objectContaining({ userId: user.id, status: "active", role: "owner" })]);
    const audit = await auditEntriesOf(db, "institution", result.institutionId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "institution.register", actorUserId: user.id, changes: { status: { before: null, after: "pending" } } });
  });

  it("makes the registrant an owner who can act for the pending institution at once", async () => {
    const user = await createUser(db);
    const { institutionId } = await registerInstitution(await actingAs(db, user), fields());

    const viewer = (await actingAs(db, user)).viewer;
    expect(viewer?.memberships).toEqual([expect.objectContaining({ institutionId, role: "owner", institutionStatus: "pending" })]);
  });

  it("refuses a university in an ineligible country (France) with INELIGIBLE_COUNTRY and writes nothing", async () => {
    const user = await createUser(db);
    const input = fields({ countryCode: "FR" });

    const error = await domainErrorOf(registerInstitution(await actingAs(db, user), input));

    expect(error.code).toBe("INELIGIBLE_COUNTRY");
    expect(error.details).toEqual({ country: "FR" });
    expect(await tracesOf(user.id, input.name)).toEqual({ institutions: 0, memberships: 0, auditEntries: 0 });
  });

  it("accepts an intergovernmental organisation seated in a non-G77 country (Switzerland)", async () => {
    const user = await createUser(db);
    const input = fields({ countryCode: "CH", type: "intergovernmental_organisation" });

    const result = await registerInstitution(await actingAs(db, user), input);

    expect(await institutionRow(db, result.institutionId)).toMatchObject({ countryCode: "CH", type: "intergovernmental_organisation", status: "pending" });
  });

  it("refuses a country code that is not in the reference list (VALIDATION) and writes nothing", async () => {
    const user = await createUser(db);
    const input = fields({ countryCode: "XX" });

    const error = await domainErrorOf(registerInstitution(await actingAs(db, user), input));

    expect(error).toMatchObject({ code: "VALIDATION", details: { field: "countryCode" } });
    expect(await tracesOf(user.id, input.name)).toEqual({ institutions: 0, memberships: 0, auditEntries: 0 });
  });

  it("refuses a visitor (UNAUTHENTICATED) and writes nothing", async () => {
    const input = fields();
    const error = await domainErrorOf(registerInstitution(await actingAs(db, null), input));
    expect(error.code).toBe("UNAUTHENTICATED");
    expect(await db.select().from(institutions).where(eq(institutions.name, input.name))).toEqual([]);
  });
});

describe("editing an institution", () => {
  async function institutionWithTwoOwners() {
    const [first, second] = [await createUser(db), await createUser(db)];
    const institution = await createInstitution(db, { createdByUserId: first.id });
    for (const owner of [first, second]) await addMembership(db, { institutionId: institution.id, userId: owner.id, role: "owner" });
    return { institution, first, second };
  }

  const editable = (i: Awaited<ReturnType<typeof createInstitution>>) => ({
    name: i.name,
    acronym: i.acronym,
    countryCode: i.countryCode,
    type: i.type,
    website: i.website,
    emailDomains: i.emailDomains,
    description: i.description,
    rorId: i.rorId,
  });

  it("saves an owner's edit with version + 1 and one audit entry listing only the changed fields", async () => {
    const { institution, first } = await institutionWithTwoOwners();
    const description = "A new description written by the first owner.";

    const result = await updateInstitution(await actingAs(db, first), { ...editable(institution), description, institutionId: institution.id, version: 1 });

    expect(result).toEqual({ institutionId: institution.id, version: 2 });
    expect(await institutionRow(db, institution.id)).toMatchObject({ description, version: 2 });
    const audit = await auditEntriesOf(db, "institution", institution.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "institution.update", actorUserId: first.id });
    expect(audit[0]!.changes).toEqual({ description: { before: institution.description, after: description } });
  });

  it("refuses an edit based on a stale version (CONFLICT) and keeps the newer text", async () => {
    const { institution, first, second } = await institutionWithTwoOwners();
    const newer = "The text the first owner saved a moment ago.";
    await updateInstitution(await actingAs(db, first), { ...editable(institution), description: newer, institutionId: institution.id, version: 1 });
    const saved = await institutionRow(db, institution.id);

    const error = await domainErrorOf(
      updateInstitution(await actingAs(db, second), {
        ...editable(institution),
        description: "The text the second owner typed on an older page.",
        institutionId: institution.id,
        version: 1,
      }),
    );

    expect(error.code).toBe("CONFLICT");
    expect(await institutionRow(db, institution.id)).toEqual(saved);
    expect(saved).toMatchObject({ description: newer, version: 2 });
    expect(await auditEntriesOf(db, "institution", institution.id)).toHaveLength(1);
  });

  it("refuses to move an institution to an ineligible country (INELIGIBLE_COUNTRY) and changes nothing", async () => {
    const { institution, first } = await institutionWithTwoOwners();
    const before = await institutionRow(db, institution.id);

    const error = await domainErrorOf(
      updateInstitution(await actingAs(db, first), { ...editable(institution), countryCode: "FR", institutionId: institution.id, version: 1 }),
    );

    expect(error.code).toBe("INELIGIBLE_COUNTRY");
    expect(await institutionRow(db, institution.id)).toEqual(before);
  });
});
