// Conflicts of interest when an admin puts a panel together, through the real use cases: a
// conflicted reviewer is refused with the reason and nothing is written; the suggestion
// never proposes one.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { platformSettings } from "../../db/schema";
import { assignPanel } from "../../server/reviews/assign-panel";
import { recuse } from "../../server/reviews/recuse";
import { suggestPanelFor } from "../../server/reviews/suggest-panel-for";
import { addMembership, addPanel, createInstitution, createProgramme, createReviewer, createUser, type Institution, type Programme, type User } from "../factories";
import { openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { acting, programmeState, proposalWorld, type ProposalWorld } from "./support/programmes";

const handle = openTestDb();
const { db } = handle;

let world: ProposalWorld;
let coLead: Institution;

beforeAll(async () => {
  world = await proposalWorld(db, 2);
  coLead = await createInstitution(db, { countryCode: "IN" });
});

afterAll(async () => {
  await handle.close();
});

/** A submitted proposal of the world's lead with an Indian co-lead. */
const submitted = (overrides: Partial<Programme> = {}) =>
  createProgramme(db, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id, status: "submitted", coLeadInstitutionIds: [coLead.id], ...overrides });

/** A reviewer who is an active (or other status) member of `institution`. */
async function reviewerOf(institution: Institution, status: "active" | "removed" = "active", overrides: Partial<User> = {}) {
  const reviewer = await createReviewer(db, overrides);
  await addMembership(db, { institutionId: institution.id, userId: reviewer.id, status });
  return reviewer;
}

/** Assigns and expects CONFLICT_OF_INTEREST with `reason`, nothing written. */
async function expectConflict(programme: Programme, input: { reviewerIds: string[]; chairId?: string }, reviewer: User, reason: string) {
  const before = await programmeState(db, programme.id);
  const error = await domainErrorOf(assignPanel(await acting(db, world.admin), { programmeId: programme.id, version: programme.version, ...input }));
  expect(error.code).toBe("CONFLICT_OF_INTEREST");
  expect(error.details).toEqual({ reviewer: reviewer.name, reason });
  expect(await programmeState(db, programme.id)).toEqual(before);
}

/** Sets the admin's review policy for the duration of `body`, then puts back what was there. */
async function withReviewPolicy(value: Record<string, unknown>, body: () => Promise<void>) {
  const [previous] = await db.select().from(platformSettings).where(eq(platformSettings.key, "review_policy"));
  await db.insert(platformSettings).values({ key: "review_policy", value }).onDuplicateKeyUpdate({ set: { value } });
  try {
    await body();
  } finally {
    if (previous) await db.update(platformSettings).set({ value: previous.value }).where(eq(platformSettings.key, "review_policy"));
    else await db.delete(platformSettings).where(eq(platformSettings.key, "review_policy"));
  }
}

const chair = () => world.reviewers[0]!.id;

describe("assigning a conflicted reviewer", () => {
  it("refuses an active member of the lead institution (lead_member), as reviewer or as chair, and writes nothing", async () => {
    const insider = await reviewerOf(world.lead);
    await expectConflict(await submitted(), { reviewerIds: [insider.id], chairId: chair() }, insider, "lead_member");
    await expectConflict(await submitted(), { reviewerIds: [world.reviewers[1]!.id], chairId: insider.id }, insider, "lead_member");
  });

  it("refuses an active member of a co-lead institution (co_lead_member) and writes nothing", async () => {
    const partner = await reviewerOf(coLead);
    await expectConflict(await submitted(), { reviewerIds: [world.reviewers[1]!.id, partner.id], chairId: chair() }, partner, "co_lead_member");
  });

  it("accepts a former member of the lead institution: only an active membership is a conflict", async () => {
    const former = await reviewerOf(world.lead, "removed");
    const programme = await submitted();
    await assignPanel(await acting(db, world.admin), { programmeId: programme.id, version: programme.version, reviewerIds: [former.id], chairId: chair() });
    expect((await programmeState(db, programme.id)).assignments.map((a) => [a.reviewerUserId, a.role, a.status])).toEqual(
      expect.arrayContaining([
        [former.id, "reviewer", "active"],
        [chair(), "chair", "active"],
      ]),
    );
  });

  it("refuses to seat again a reviewer who recused from the proposal (declared)", async () => {
    const programme = await submitted({ status: "under_review" });
    const [leaving, stays] = [await createReviewer(db), await createReviewer(db)];
    await addPanel(db, programme.id, { reviewers: [leaving, stays], chair: chair(), assignedBy: world.admin });
    await recuse(await acting(db, leaving), { programmeId: programme.id, reason: "I co-authored with the lead last year." });

    await expectConflict(await storedProgramme(programme.id), { reviewerIds: [leaving.id] }, leaving, "declared");
  });

  it("refuses a reviewer from a party's country under the same-country policy, and accepts them without it", async () => {
    const indian = await reviewerOf(await createInstitution(db, { countryCode: "IN" }));
    await withReviewPolicy({ sameCountry: true }, async () => {
      await expectConflict(await submitted(), { reviewerIds: [indian.id], chairId: chair() }, indian, "same_country");
    });
    const programme = await submitted();
    const result = await assignPanel(await acting(db, world.admin), { programmeId: programme.id, version: programme.version, reviewerIds: [indian.id], chairId: chair() });
    expect(result.status).toBe("under_review");
  });

  it("refuses a user who is not a reviewer (NOT_FOUND) and one already on the panel (ALREADY_EXISTS), writing nothing", async () => {
    const programme = await submitted({ status: "under_review" });
    await addPanel(db, programme.id, { reviewers: [world.reviewers[1]!], chair: chair(), assignedBy: world.admin });
    const before = await programmeState(db, programme.id);
    const asAdmin = await acting(db, world.admin);
    const notReviewer = await createUser(db);

    const errors = await Promise.all([
      domainErrorOf(assignPanel(asAdmin, { programmeId: programme.id, version: programme.version, reviewerIds: [notReviewer.id] })),
      domainErrorOf(assignPanel(asAdmin, { programmeId: programme.id, version: programme.version, reviewerIds: [world.reviewers[1]!.id] })),
    ]);

    expect(errors.map((e) => e.code)).toEqual(["NOT_FOUND", "ALREADY_EXISTS"]);
    expect(await programmeState(db, programme.id)).toEqual(before);
  });

  it("refuses the same reviewer named twice with a domain error, writing nothing", async () => {
    const programme = await submitted();
    const before = await programmeState(db, programme.id);
    const twice = world.reviewers[1]!.id;
    const error = await domainErrorOf(assignPanel(await acting(db, world.admin), { programmeId: programme.id, version: programme.version, reviewerIds: [twice, twice], chairId: chair() }));
    expect(["VALIDATION", "ALREADY_EXISTS"]).toContain(error.code);
    expect(await programmeState(db, programme.id)).toEqual(before);
  });
});

/** The programme as stored now (its version moved on since it was created). */
async function storedProgramme(id: string): Promise<Programme> {
  return (await programmeState(db, id)).row;
}

/** A name sorting before every reviewer of earlier runs (this run first), then by `label`. */
const RUN = String(9_999_999_999_999 - Date.now()).padStart(13, "0");
const firstInLine = (label: string) => `Aaaa ${RUN} ${label}`;

describe("the suggested panel", () => {
  it("is the solver's panel: skips conflicted reviewers, passes over the loaded one, spans two regions, a chair who does not review", async () => {
    const [kenyan, indian] = [await createInstitution(db), await createInstitution(db, { countryCode: "IN" })];
    const conflicted = await reviewerOf(world.lead, "active", { name: firstInLine("a conflicted") });
    const africaOne = await reviewerOf(kenyan, "active", { name: firstInLine("b Africa one") });
    const africaTwo = await reviewerOf(kenyan, "active", { name: firstInLine("c Africa two") });
    const asia = await reviewerOf(indian, "active", { name: firstInLine("d Asia") });
    const busy = await createReviewer(db, { name: firstInLine("0 busy") });
    for (let i = 0; i < 2; i++) {
      const elsewhere = await createProgramme(db, { status: "under_review" });
      await addPanel(db, elsewhere.id, { reviewers: [busy], assignedBy: world.admin });
    }
    const programme = await submitted();

    const { candidates, suggestion, panelSize } = await suggestPanelFor(await acting(db, world.admin), programme.id);

    const byId = new Map(candidates.map((c) => [c.userId, c]));
    expect(byId.get(conflicted.id)).toMatchObject({ conflict: "lead_member", load: 0, regions: ["Africa"] });
    expect(byId.get(busy.id)).toMatchObject({ conflict: null, load: 2 });
    expect(byId.get(africaTwo.id)).toMatchObject({ conflict: null, load: 0, regions: ["Africa"] });
    expect(byId.get(africaOne.id)).toMatchObject({ conflict: null, load: 0, regions: ["Africa"] });
    expect(byId.get(asia.id)).toMatchObject({ conflict: null, load: 0, regions: ["Asia"] });
    expect(panelSize).toBe(3);
    expect(suggestion.reviewerIds).toHaveLength(3);
    expect(suggestion.reviewerIds).not.toContain(conflicted.id);
    // Equal fit, but two open seats already: the load-balance cost keeps them off while others are free.
    expect(suggestion.reviewerIds).not.toContain(busy.id);
    expect(new Set(suggestion.reviewerIds.map((id) => byId.get(id)!.regions[0] ?? "none")).size).toBeGreaterThanOrEqual(2);
    expect([...suggestion.reviewerIds, suggestion.chairId].every((id) => byId.get(id!)?.conflict === null)).toBe(true);
    expect(suggestion.chairId).not.toBeNull();
    expect(suggestion.reviewerIds).not.toContain(suggestion.chairId);
  });

  it("leaves out reviewers already seated or recused, and suggests no chair when the panel has one", async () => {
    const programme = await submitted({ status: "under_review" });
    const [seated, leaving] = [await createReviewer(db), await createReviewer(db)];
    await addPanel(db, programme.id, { reviewers: [seated, leaving], chair: chair(), assignedBy: world.admin });
    await recuse(await acting(db, leaving), { programmeId: programme.id, reason: "A former student of mine leads it." });

    const { candidates, suggestion } = await suggestPanelFor(await acting(db, world.admin), programme.id);

    expect(candidates.find((c) => c.userId === leaving.id)).toMatchObject({ standing: "recused", conflict: "declared" });
    expect(candidates.find((c) => c.userId === seated.id)).toMatchObject({ standing: "active" });
    expect(suggestion.chairId).toBeNull();
    expect(suggestion.reviewerIds).toHaveLength(2);
    expect(suggestion.reviewerIds).not.toEqual(expect.arrayContaining([seated.id]));
    expect(suggestion.reviewerIds).not.toEqual(expect.arrayContaining([leaving.id]));
    expect(suggestion.reviewerIds).not.toEqual(expect.arrayContaining([chair()]));
  });
});
