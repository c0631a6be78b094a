// Capacity under concurrency: 50 acceptances at the same moment into a programme with 10 places,
// from several connection pools (as from several server instances). The capacity guard in the
// atomic write (UPDATE … WHERE accepted_count < capacity, under the programme row's lock) lets
// exactly 10 through; the 40 others are refused with PROGRAMME_FULL and write nothing.
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configFromEnv, createDb, type DbHandle } from "../../db/client";
import { auditLog, participations } from "../../db/schema";
import { decideApplication } from "../../server/participation/decide-application";
import { leaveProgramme } from "../../server/participation/leave-programme";
import { DomainError } from "../../server/errors";
import { addParticipation, addPendingApplications, createApplicant, createOpenProgramme, type Participation } from "../factories/participation";
import { openTestDb } from "./support/db";
import { TEST_META, viewerOf } from "./support/personas";
import { programmeRow, proposalWorld, type ProposalWorld } from "./support/programmes";

const handle = openTestDb();
const { db } = handle;
const POOLS = 5;
let pools: DbHandle[] = [];
let world: ProposalWorld;

beforeAll(async () => {
  world = await proposalWorld(db, 0);
  pools = Array.from({ length: POOLS }, () => createDb(configFromEnv()));
});

afterAll(async () => {
  await Promise.all([handle.close(), ...pools.map((p) => p.close())]);
});

async function acceptAllAtOnce(applications: Participation[]) {
  const viewer = await viewerOf(db, world.member);
  return Promise.allSettled(
    applications.map((a, i) =>
      decideApplication({ db: pools[i % POOLS]!.db, viewer, meta: TEST_META, defer: () => undefined }, { participationId: a.id, version: a.version, decision: "accept" }),
    ),
  );
}

describe("50 concurrent acceptances into 10 places", () => {
  it("accepts exactly 10, refuses 40 with PROGRAMME_FULL, counts 10, and writes exactly 10 audit entries", async () => {
    const programme = await createOpenProgramme(db, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id, capacity: 10 });
    const applications = await addPendingApplications(db, programme.id, 50, world.admin);
    expect(applications).toHaveLength(50);

    const results = await acceptAllAtOnce(applications);

    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(fulfilled).toHaveLength(10);
    expect(refused).toHaveLength(40);
    expect(refused.map((r) => (r.reason instanceof DomainError ? r.reason.code : String(r.reason)))).toEqual(Array(40).fill("PROGRAMME_FULL"));

    expect((await programmeRow(db, programme.id)).acceptedCount).toBe(10);
    const rows = await db.select().from(participations).where(eq(participations.programmeId, programme.id));
    const accepted = rows.filter((r) => r.status === "accepted");
    const pending = rows.filter((r) => r.status === "pending");
    expect(accepted).toHaveLength(10);
    expect(pending).toHaveLength(40);
    // No partial writes: the refused applications are untouched, and only the accepted ones have an audit entry.
    for (const r of pending) expect(r).toMatchObject({ version: 1, decidedAt: null, decidedByUserId: null });
    const audit = await db
      .select({ objectId: auditLog.objectId, action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.objectType, "participation"), inArray(auditLog.objectId, rows.map((r) => r.id))));
    expect(audit).toHaveLength(10);
    expect(audit.every((a) => a.action === "participation.accept")).toBe(true);
    expect(new Set(audit.map((a) => a.objectId))).toEqual(new Set(accepted.map((r) => r.id)));
  }, 60_000);
});

describe("leaving while others are accepted", () => {
  it("a participant leaves a full programme while 10 acceptances race for the freed place: no deadlock, the count matches the accepted rows, capacity holds", async () => {
    const programme = await createOpenProgramme(db, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id, capacity: 1 });
    const leaver = await createApplicant(db);
    const accepted = await addParticipation(db, { programmeId: programme.id, institutionId: leaver.institution.id, appliedByUserId: leaver.member.id, status: "accepted" });
    const pending = (await addPendingApplications(db, programme.id, 10, world.admin)).filter((p) => p.status === "pending");
    const [leaverViewer, leadViewer] = await Promise.all([viewerOf(db, leaver.member), viewerOf(db, world.member)]);

    // All eleven writes start in the same tick, on different pools.
    const [left, ...accepts] = await Promise.allSettled([
      leaveProgramme({ db: pools[0]!.db, viewer: leaverViewer, meta: TEST_META }, { participationId: accepted.id, version: accepted.version }),
      ...pending.map((a, i) => decideApplication({ db: pools[(i + 1) % POOLS]!.db, viewer: leadViewer, meta: TEST_META, defer: () => undefined }, { participationId: a.id, version: a.version, decision: "accept" })),
    ]);

    expect(left.status).toBe("fulfilled");
    const codes = accepts.flatMap((r) => (r.status === "rejected" ? [r.reason instanceof DomainError ? r.reason.code : String(r.reason)] : []));
    expect(codes.every((c) => c === "PROGRAMME_FULL")).toBe(true);
    const rows = await db.select().from(participations).where(eq(participations.programmeId, programme.id));
    const acceptedNow = rows.filter((r) => r.status === "accepted").length;
    expect(acceptedNow).toBeLessThanOrEqual(1);
    expect((await programmeRow(db, programme.id)).acceptedCount).toBe(acceptedNow);
    expect(accepts.filter((r) => r.status === "fulfilled")).toHaveLength(acceptedNow);
  }, 60_000);
});
