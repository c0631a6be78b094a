// Drafting, submitting and revising a proposal through the real use cases: completeness is
// checked field by field, each submission freezes a numbered revision, and an edit based on
// a stale version never overwrites a newer one.
import { beforeAll, describe, expect, it } from "vitest";
import { CONTENT_FIELDS } from "../../server/programmes/content";
import { createProgramme as createProgrammeUseCase } from "../../server/programmes/create-programme";
import { getRevisionDiff } from "../../server/programmes/get-revision-diff";
import { submitProgramme } from "../../server/programmes/submit-programme";
import { updateProgramme } from "../../server/programmes/update-programme";
import { assignPanel } from "../../server/reviews/assign-panel";
import { decideProgramme } from "../../server/reviews/decide-programme";
import { addMembership, createInstitution, createProgramme, type Programme } from "../factories";
import { domainErrorOf } from "./support/errors";
import { acting, programmeAudit, programmeState, withProposalWorld, type ProposalWorld } from "./support/programmes";

const fixture = withProposalWorld(2);
const { db } = fixture;
let world: ProposalWorld;
beforeAll(() => {
  world = fixture.world;
});

const asProposer = () => acting(db, world.proposer);
const draftOf = (overrides: Partial<Programme> = {}) => createProgramme(db, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id, ...overrides });

/** Submits and expects a field-level refusal that changes nothing; returns the fields. */
async function refusedFields(programme: Programme) {
  const before = await programmeState(db, programme.id);
  const error = await domainErrorOf(submitProgramme(await asProposer(), { programmeId: programme.id, version: programme.version }));
  expect(error.code).toBe("VALIDATION");
  expect(await programmeState(db, programme.id)).toEqual(before);
  return error.fields;
}

describe("starting a proposal", () => {
  it("creates a draft with a PRG reference, led by the member's institution, and one audit entry", async () => {
    const { programmeId } = await createProgrammeUseCase(await asProposer(), { leadInstitutionId: world.lead.id, title: "Only a title so far" });

    const { row } = await programmeState(db, programmeId);
    expect(row).toMatchObject({ status: "draft", title: "Only a title so far", leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id, currentRevision: 0, version: 1 });
    expect(row.reference).toMatch(/^PRG-\d{4}-\d{4,}$/);
    expect((await programmeAudit(db, programmeId)).map((a) => a.action)).toEqual(["programme.create"]);
  });
});

describe("submitting a proposal", () => {
  it("refuses an incomplete draft, naming each missing field with a validation.* key, and changes nothing", async () => {
    const { programmeId } = await createProgrammeUseCase(await asProposer(), { leadInstitutionId: world.lead.id, title: "Only a title so far" });
    const fields = await refusedFields((await programmeState(db, programmeId)).row);

    const missing = CONTENT_FIELDS.filter((f) => !["title", "coLeadInstitutionIds", "involvesDataSharing"].includes(f));
    expect(Object.keys(fields ?? {}).sort()).toEqual([...missing].sort());
    expect(fields).toMatchObject({
      summary: ["validation.summaryLength"],
      description: ["validation.programmeDescriptionLength"],
      workingArea: ["validation.workingArea"],
      format: ["validation.format"],
      sectors: ["validation.sectors"],
      spilloverCountries: ["validation.spillover"],
      budgetAmount: ["validation.budget"],
      fundingSources: ["validation.fundingSources"],
      languages: ["validation.languages"],
      outcomes: ["validation.outcomes"],
    });
    // The form shows these through the catalogue: a raw English parser message is a bug.
    const notKeys = Object.entries(fields ?? {}).flatMap(([field, keys]) => keys.filter((k) => !/^validation\.\w+$/.test(k)).map((k) => `${field}: ${k}`));
    expect(notKeys).toEqual([]);
  });

  it("refuses an ineligible hub country and an ineligible spillover country (validation.countryNotEligible)", async () => {
    expect(await refusedFields(await draftOf({ hubCountry: "FR" }))).toEqual({ hubCountry: ["validation.countryNotEligible"] });
    expect(await refusedFields(await draftOf({ spilloverCountries: ["TZ", "US"] }))).toEqual({ spilloverCountries: ["validation.countryNotEligible"] });
  });

  it("refuses a programme reaching only the lead's own country (validation.reachBeyondLead)", async () => {
    expect(world.lead.countryCode).toBe("KE");
    expect(await refusedFields(await draftOf({ hubCountry: "KE", spilloverCountries: ["KE"] }))).toEqual({ spilloverCountries: ["validation.reachBeyondLead"] });
  });

  it("submits a complete draft: status submitted, revision 1 frozen with the text, one audit entry", async () => {
    const programme = await draftOf();

    const result = await submitProgramme(await asProposer(), { programmeId: programme.id, version: programme.version });

    expect(result).toEqual({ programmeId: programme.id, status: "submitted", revision: 1, version: programme.version + 1 });
    const after = await programmeState(db, programme.id);
    expect(after.row).toMatchObject({ status: "submitted", currentRevision: 1, version: programme.version + 1 });
    expect(after.row.submittedAt).toBeInstanceOf(Date);
    expect(after.revisions).toHaveLength(1);
    expect(after.revisions[0]).toMatchObject({ number: 1, submittedByUserId: world.proposer.id });
    expect(after.revisions[0]!.content).toEqual(Object.fromEntries(CONTENT_FIELDS.map((f) => [f, programme[f]])));
    expect(after.auditCount).toBe(1);
  });

  it("refuses a member of a lead institution that has been suspended (INSTITUTION_NOT_ACTIVE) and changes nothing", async () => {
    const suspended = await createInstitution(db, { status: "suspended", createdByUserId: world.proposer.id });
    await addMembership(db, { institutionId: suspended.id, userId: world.proposer.id, role: "owner" });
    const programme = await createProgramme(db, { leadInstitutionId: suspended.id, createdByUserId: world.proposer.id });
    const before = await programmeState(db, programme.id);
    const error = await domainErrorOf(submitProgramme(await asProposer(), { programmeId: programme.id, version: programme.version }));
    expect(error.code).toBe("INSTITUTION_NOT_ACTIVE");
    expect(await programmeState(db, programme.id)).toEqual(before);
  });

  it("keeps a submitted proposal's text frozen: editing it is refused and changes nothing", async () => {
    const programme = await draftOf({ status: "submitted" });
    const before = await programmeState(db, programme.id);
    const error = await domainErrorOf(updateProgramme(await asProposer(), { programmeId: programme.id, version: programme.version, title: "A sneaky late change" }));
    expect(error.code).toBe("INVALID_TRANSITION");
    expect(await programmeState(db, programme.id)).toEqual(before);
  });
});

describe("revising after changes are requested", () => {
  it("freezes revision 2 on resubmission, back under review, and the diff 1→2 shows only the changed fields", async () => {
    const draft = await draftOf();
    const asAdmin = await acting(db, world.admin);
    let { version } = await submitProgramme(await asProposer(), { programmeId: draft.id, version: draft.version });
    ({ version } = await assignPanel(asAdmin, { programmeId: draft.id, version, reviewerIds: [world.reviewers[0]!.id], chairId: world.reviewers[1]!.id }));
    ({ version } = await decideProgramme(asAdmin, { programmeId: draft.id, version, outcome: "request_changes", letter: "Please widen the reach.", overrideReason: "Test" }));
    expect((await programmeState(db, draft.id)).row.status).toBe("changes_requested");

    ({ version } = await updateProgramme(await asProposer(), { programmeId: draft.id, version, title: `${draft.title} (revised)`, capacity: 260 }));
    const result = await submitProgramme(await asProposer(), { programmeId: draft.id, version });

    expect(result).toMatchObject({ status: "under_review", revision: 2 });
    const after = await programmeState(db, draft.id);
    expect(after.row).toMatchObject({ status: "under_review", currentRevision: 2, title: `${draft.title} (revised)`, capacity: 260 });
    expect(after.revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(after.revisions[0]!.content).toMatchObject({ title: draft.title, capacity: draft.capacity });
    expect(after.revisions[1]!.content).toMatchObject({ title: `${draft.title} (revised)`, capacity: 260 });

    const diff = await getRevisionDiff(await asProposer(), { programmeId: draft.id, from: 1, to: 2 });
    expect(diff.fields.map((f) => f.field)).toEqual(["title", "capacity"]);
    const capacity = diff.fields.find((f) => f.field === "capacity")!;
    expect(capacity.parts).toEqual([
      { kind: "removed", text: String(draft.capacity) },
      { kind: "added", text: "260" },
    ]);
  });
});

describe("editing from a stale version", () => {
  it("refuses the second of two edits made from the same loaded version (CONFLICT) and keeps the first one's text", async () => {
    const programme = await draftOf({ title: "The original title" });
    const loaded = programme.version;

    await updateProgramme(await asProposer(), { programmeId: programme.id, version: loaded, title: "The first editor's title" });
    const afterFirst = await programmeState(db, programme.id);
    const error = await domainErrorOf(updateProgramme(await acting(db, world.member), { programmeId: programme.id, version: loaded, title: "The second editor's title" }));

    expect(error.code).toBe("CONFLICT");
    expect(afterFirst.row).toMatchObject({ title: "The first editor's title", version: loaded + 1 });
    expect(await programmeState(db, programme.id)).toEqual(afterFirst);
  });

  it("lets exactly one of two simultaneous edits from the same version through; the stored text is the winner's", async () => {
    const programme = await draftOf();
    const titles = ["Simultaneous edit number one", "Simultaneous edit number two"];
    const [asOne, asTwo] = await Promise.all([asProposer(), acting(db, world.member)]);

    const results = await Promise.allSettled([
      updateProgramme(asOne, { programmeId: programme.id, version: programme.version, title: titles[0]! }),
      updateProgramme(asTwo, { programmeId: programme.id, version: programme.version, title: titles[1]! }),
    ]);

    const winner = results.findIndex((r) => r.status === "fulfilled");
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const loser = results[1 - winner] as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ code: "CONFLICT" });
    const after = await programmeState(db, programme.id);
    expect(after.row).toMatchObject({ title: titles[winner], version: programme.version + 1 });
    expect(after.auditCount).toBe(1);
  });

  it("refuses a submission based on the version before an edit (CONFLICT) and changes nothing", async () => {
    const programme = await draftOf();
    await updateProgramme(await asProposer(), { programmeId: programme.id, version: programme.version, capacity: 150 });
    const before = await programmeState(db, programme.id);

    const error = await domainErrorOf(submitProgramme(await asProposer(), { programmeId: programme.id, version: programme.version }));

    expect(error.code).toBe("CONFLICT");
    expect(await programmeState(db, programme.id)).toEqual(before);
  });
});
