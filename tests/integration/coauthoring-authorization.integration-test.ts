// Co-authoring (issue #16): every co-authoring procedure called through the real router by every
// persona it can meet — a member of the lead, of a verified co-lead, of another institution, of a
// suspended and of a pending co-lead, a reviewer seated on the proposal's panel, an admin, a visitor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMembership, addPanel, createAdmin, createInstitution, createProgramme, createReviewer, createUser, type Institution, type Programme, type User } from "../factories";
import { openTestDb } from "./support/db";
import { outcomeOf, type CallOutcome } from "./support/errors";
import { callerAs } from "./support/personas";

const handle = openTestDb();
const { db } = handle;

const PERSONAS = ["leadMember", "coLeadMember", "otherMember", "suspendedCoLeadMember", "pendingCoLeadMember", "reviewer", "admin", "visitor"] as const;
type Persona = (typeof PERSONAS)[number];

type World = { lead: Institution; coLead: Institution; other: Institution; suspended: Institution; pending: Institution; invitee: Institution; people: Record<Exclude<Persona, "visitor">, User> };
let w: World;

beforeAll(async () => {
  const [leadMember, coLeadMember, otherMember, suspendedCoLeadMember, pendingCoLeadMember, reviewer, admin] = await Promise.all([
    createUser(db),
    createUser(db),
    createUser(db),
    createUser(db),
    createUser(db),
    createReviewer(db),
    createAdmin(db),
  ]);
  const [lead, coLead, other, suspended, pending, invitee] = await Promise.all([
    createInstitution(db, { createdByUserId: leadMember.id }),
    createInstitution(db, { createdByUserId: coLeadMember.id }),
    createInstitution(db, { createdByUserId: otherMember.id }),
    createInstitution(db, { createdByUserId: suspendedCoLeadMember.id, status: "suspended", statusReason: "Co-authoring: suspended" }),
    createInstitution(db, { createdByUserId: pendingCoLeadMember.id, status: "pending" }),
    createInstitution(db, { createdByUserId: admin.id }),
  ]);
  await Promise.all([
    addMembership(db, { institutionId: lead.id, userId: leadMember.id }),
    addMembership(db, { institutionId: coLead.id, userId: coLeadMember.id }),
    addMembership(db, { institutionId: other.id, userId: otherMember.id }),
    addMembership(db, { institutionId: suspended.id, userId: suspendedCoLeadMember.id, role: "owner" }),
    addMembership(db, { institutionId: pending.id, userId: pendingCoLeadMember.id, role: "owner" }),
  ]);
  w = {
    lead,
    coLead,
    other,
    suspended,
    pending,
    invitee,
    people: { leadMember: leadMember, coLeadMember: coLeadMember, otherMember: otherMember, suspendedCoLeadMember: suspendedCoLeadMember, pendingCoLeadMember: pendingCoLeadMember, reviewer: reviewer, admin: admin },
  };
});

afterAll(async () => {
  await handle.close();
});

/** A draft of the lead with the three co-leads, and the persona reviewer seated on its panel. */
async function draft(): Promise<Programme> {
  const p = await createProgramme(db, { leadInstitutionId: w.lead.id, createdByUserId: w.people.leadMember.id, coLeadInstitutionIds: [w.coLead.id, w.suspended.id, w.pending.id] });
  await addPanel(db, p.id, { reviewers: [w.people.reviewer], assignedBy: w.people.admin });
  return p;
}

const INPUTS: Record<string, (p: Programme) => unknown> = {
  saveSection: (p) => ({ programmeId: p.id, section: "basics", version: p.basicsVersion, values: { summary: "Written together by the lead and its partners." } }),
  inviteCoLead: (p) => ({ programmeId: p.id, version: p.version, institutionId: w.invitee.id }),
  removeCoLead: (p) => ({ programmeId: p.id, version: p.version, institutionId: w.coLead.id }),
  leaveCoLead: (p) => ({ programmeId: p.id, version: p.version, institutionId: w.coLead.id }),
  activity: (p) => ({ programmeId: p.id, limit: 10 }),
  sections: (p) => ({ programmeId: p.id }),
};

const lead = (lead: CallOutcome, coLead: CallOutcome): Partial<Record<Persona, CallOutcome>> => ({ leadMember: lead, coLeadMember: coLead });
const MATRIX: Record<keyof typeof INPUTS, Record<Persona, CallOutcome>> = {
  // Parties' members of verified institutions write; a suspended or pending co-lead's people may not.
  saveSection: { ...(lead("ok", "ok") as Record<Persona, CallOutcome>), otherMember: "NOT_FOUND", suspendedCoLeadMember: "FORBIDDEN", pendingCoLeadMember: "FORBIDDEN", reviewer: "FORBIDDEN", admin: "FORBIDDEN", visitor: "UNAUTHORIZED" },
  // The lead alone manages its co-leads.
  inviteCoLead: { ...(lead("ok", "FORBIDDEN") as Record<Persona, CallOutcome>), otherMember: "NOT_FOUND", suspendedCoLeadMember: "FORBIDDEN", pendingCoLeadMember: "FORBIDDEN", reviewer: "FORBIDDEN", admin: "FORBIDDEN", visitor: "UNAUTHORIZED" },
  removeCoLead: { ...(lead("ok", "FORBIDDEN") as Record<Persona, CallOutcome>), otherMember: "NOT_FOUND", suspendedCoLeadMember: "FORBIDDEN", pendingCoLeadMember: "FORBIDDEN", reviewer: "FORBIDDEN", admin: "FORBIDDEN", visitor: "UNAUTHORIZED" },
  // Only the co-lead's own members take it off; the others are no members of it (NOT_FOUND).
  leaveCoLead: { ...(lead("NOT_FOUND", "ok") as Record<Persona, CallOutcome>), otherMember: "NOT_FOUND", suspendedCoLeadMember: "NOT_FOUND", pendingCoLeadMember: "NOT_FOUND", reviewer: "NOT_FOUND", admin: "FORBIDDEN", visitor: "UNAUTHORIZED" },
  // Parties read the feed whatever their institution's status; the panel reads the proposal, not the feed.
  activity: { ...(lead("ok", "ok") as Record<Persona, CallOutcome>), otherMember: "NOT_FOUND", suspendedCoLeadMember: "ok", pendingCoLeadMember: "ok", reviewer: "FORBIDDEN", admin: "ok", visitor: "UNAUTHORIZED" },
  sections: { ...(lead("ok", "ok") as Record<Persona, CallOutcome>), otherMember: "NOT_FOUND", suspendedCoLeadMember: "ok", pendingCoLeadMember: "ok", reviewer: "FORBIDDEN", admin: "ok", visitor: "UNAUTHORIZED" },
};

const personOf = (persona: Persona) => (persona === "visitor" ? null : w.people[persona]);
type Procedures = Record<string, (input: unknown) => Promise<unknown>>;

describe("co-authoring, persona by persona", () => {
  const cases = Object.entries(MATRIX).flatMap(([procedure, row]) => PERSONAS.map((persona) => [procedure, persona, row[persona]] as const));

  it.each(cases)("coauthoring.%s called by %s gives %s", async (procedure, persona, expected) => {
    const p = await draft();
    const caller = await callerAs(db, personOf(persona));
    expect(await outcomeOf((caller.coauthoring as unknown as Procedures)[procedure]!(INPUTS[procedure]!(p)))).toBe(expected);
  });

  it.each([
    ["suspendedCoLeadMember", "suspended"],
    ["pendingCoLeadMember", "pending"],
  ] as const)("a %s may not take its institution off the draft either (institution %s)", async (persona, which) => {
    const p = await draft();
    const caller = await callerAs(db, personOf(persona));
    expect(await outcomeOf(caller.coauthoring.leaveCoLead({ programmeId: p.id, version: p.version, institutionId: w[which].id }))).toBe("FORBIDDEN");
  });

  it("a co-lead's member may not submit or withdraw the proposal: the lead alone does", async () => {
    const p = await draft();
    const caller = await callerAs(db, w.people.coLeadMember);
    expect(await outcomeOf(caller.programmes.submit({ programmeId: p.id, version: p.version }))).toBe("FORBIDDEN");
    expect(await outcomeOf(caller.programmes.withdraw({ programmeId: p.id, version: p.version }))).toBe("FORBIDDEN");
  });
});
