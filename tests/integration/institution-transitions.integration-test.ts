// Every (state × event) of the institution lifecycle, through the real use case and database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INSTITUTION_STATUSES, type InstitutionStatus } from "../../db/schema/institutions";
import { changeInstitutionStatus } from "../../server/institutions/change-institution-status";
import { institutionMachine, type InstitutionEvent, type InstitutionStatusEvent } from "../../server/institutions/transitions";
import type { UseCaseContext } from "../../server/context";
import { addMembership, createInstitution, createUser, grantPlatformRole, type User } from "../factories";
import { auditEntriesOf, institutionRow, openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { actingAs } from "./support/personas";

const handle = openTestDb();
const { db } = handle;

// Written out by hand (PRODUCT.md): the state each allowed event leads to; absent = refused.
const EXPECTED: Record<InstitutionStatus, Partial<Record<InstitutionStatusEvent, InstitutionStatus>>> = {
  pending: { verify: "verified", reject: "rejected" },
  verified: { suspend: "suspended" },
  rejected: {},
  suspended: { reinstate: "verified" },
};
// `edit` keeps the state and is an owner's (update-institution); the admin's events change it.
const EVENTS = (Object.keys(institutionMachine.transitions) as InstitutionEvent[]).filter((e): e is InstitutionStatusEvent => e !== "edit");
const PAIRS = INSTITUTION_STATUSES.flatMap((from) => EVENTS.map((event) => ({ from, event, to: EXPECTED[from][event] })));
const REASON = "Checked against the national register";

let admin: User;
let asAdmin: UseCaseContext;

beforeAll(async () => {
  admin = await createUser(db);
  await grantPlatformRole(db, admin.id, "admin");
  asAdmin = await actingAs(db, admin);
});

afterAll(async () => {
  await handle.close();
});

/** The institution's row and its audit trail, to compare before and after a refused change. */
async function snapshot(id: string) {
  return { row: await institutionRow(db, id), audit: (await auditEntriesOf(db, "institution", id)).length };
}

describe("the institution lifecycle, state by event", () => {
  it("covers every state and event of the machine", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...institutionMachine.states].sort());
    expect(PAIRS).toHaveLength(institutionMachine.states.length * EVENTS.length);
    expect(PAIRS.filter((p) => p.to)).toHaveLength(4);
  });

  it.each(PAIRS.filter((p) => p.to).map((p) => [p.event, p.from, p.to!] as const))(
    "an admin's %s moves a %s institution to %s, with version + 1 and one audit entry",
    async (event, from, to) => {
      const institution = await createInstitution(db, { status: from });
      const result = await changeInstitutionStatus(asAdmin, { institutionId: institution.id, event, reason: REASON, version: institution.version });

      expect(result).toEqual({ institutionId: institution.id, status: to, version: institution.version + 1 });
      const row = await institutionRow(db, institution.id);
      expect(row).toMatchObject({ status: to, version: institution.version + 1, statusReason: REASON });
      const audit = await auditEntriesOf(db, "institution", institution.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        action: `institution.${event}`,
        actorUserId: admin.id,
        onBehalfOfInstitutionId: institution.id,
        changes: { status: { before: from, after: to } },
        context: { ip: null, userAgent: "vitest", reason: REASON },
      });
    },
  );

  it.each(PAIRS.filter((p) => !p.to).map((p) => [p.event, p.from] as const))(
    "an admin's %s of a %s institution is refused with INVALID_TRANSITION and changes nothing",
    async (event, from) => {
      const institution = await createInstitution(db, { status: from });
      const before = await snapshot(institution.id);

      const error = await domainErrorOf(changeInstitutionStatus(asAdmin, { institutionId: institution.id, event, reason: REASON, version: institution.version }));

      expect(error.code).toBe("INVALID_TRANSITION");
      expect(error.details).toEqual({ machine: "institution", from, event });
      expect(await snapshot(institution.id)).toEqual(before);
    },
  );
});

describe("changing an institution's status", () => {
  it.each(["reject", "suspend"] as const)("refuses to %s without a reason (VALIDATION) and changes nothing", async (event) => {
    const institution = await createInstitution(db, { status: event === "reject" ? "pending" : "verified" });
    const before = await snapshot(institution.id);

    for (const reason of [undefined, ""]) {
      const error = await domainErrorOf(changeInstitutionStatus(asAdmin, { institutionId: institution.id, event, reason, version: institution.version }));
      expect(error.code).toBe("VALIDATION");
      expect(error.fields).toEqual({ reason: ["validation.reasonRequired"] });
    }
    expect(await snapshot(institution.id)).toEqual(before);
  });

  it("refuses a change based on a stale version (CONFLICT) and keeps the newer state", async () => {
    const institution = await createInstitution(db, { status: "pending" });
    await changeInstitutionStatus(asAdmin, { institutionId: institution.id, event: "verify", version: institution.version });
    const afterVerify = await snapshot(institution.id);

    const error = await domainErrorOf(
      changeInstitutionStatus(asAdmin, { institutionId: institution.id, event: "suspend", reason: REASON, version: institution.version }),
    );

    expect(error.code).toBe("CONFLICT");
    expect(afterVerify.row?.status).toBe("verified");
    expect(await snapshot(institution.id)).toEqual(afterVerify);
  });

  it("refuses the institution's own owner (FORBIDDEN) and changes nothing", async () => {
    const owner = await createUser(db);
    const institution = await createInstitution(db, { status: "pending", createdByUserId: owner.id });
    await addMembership(db, { institutionId: institution.id, userId: owner.id, role: "owner" });
    const before = await snapshot(institution.id);

    const error = await domainErrorOf(changeInstitutionStatus(await actingAs(db, owner), { institutionId: institution.id, event: "verify", version: 1 }));

    expect(error.code).toBe("FORBIDDEN");
    expect(await snapshot(institution.id)).toEqual(before);
  });

  it("refuses a signed-in user with no relation to the institution (NOT_FOUND) and changes nothing", async () => {
    const stranger = await createUser(db);
    const institution = await createInstitution(db, { status: "verified" });
    const before = await snapshot(institution.id);

    const error = await domainErrorOf(
      changeInstitutionStatus(await actingAs(db, stranger), { institutionId: institution.id, event: "suspend", reason: REASON, version: 1 }),
    );

    expect(error.code).toBe("NOT_FOUND");
    expect(await snapshot(institution.id)).toEqual(before);
  });

  it("refuses a reviewer, who is not an admin and not related to the institution (NOT_FOUND), and changes nothing", async () => {
    const reviewer = await createUser(db);
    await grantPlatformRole(db, reviewer.id, "reviewer");
    const institution = await createInstitution(db, { status: "pending" });
    const before = await snapshot(institution.id);

    const error = await domainErrorOf(changeInstitutionStatus(await actingAs(db, reviewer), { institutionId: institution.id, event: "verify", version: 1 }));

    expect(error.code).toBe("NOT_FOUND");
    expect(await snapshot(institution.id)).toEqual(before);
  });

  it("refuses a visitor (UNAUTHENTICATED) and changes nothing", async () => {
    const institution = await createInstitution(db, { status: "pending" });
    const before = await snapshot(institution.id);

    const error = await domainErrorOf(changeInstitutionStatus(await actingAs(db, null), { institutionId: institution.id, event: "verify", version: 1 }));

    expect(error.code).toBe("UNAUTHENTICATED");
    expect(await snapshot(institution.id)).toEqual(before);
  });

  it("clears the previous reason when a suspended institution is reinstated", async () => {
    const institution = await createInstitution(db, { status: "verified" });
    await changeInstitutionStatus(asAdmin, { institutionId: institution.id, event: "suspend", reason: REASON, version: 1 });
    await changeInstitutionStatus(asAdmin, { institutionId: institution.id, event: "reinstate", version: 2 });

    expect(await institutionRow(db, institution.id)).toMatchObject({ status: "verified", statusReason: null, version: 3 });
    expect((await auditEntriesOf(db, "institution", institution.id)).map((e) => e.action)).toEqual(["institution.suspend", "institution.reinstate"]);
  });
});
