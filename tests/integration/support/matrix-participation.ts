// The participation rows of the authorization matrix (see support/matrix.ts), and the rows of
// the programme lifecycle after approval (programmes.publish|start|complete|cancel|setFlagship).
// The world: A leads the programme; B is the applicant institution.
import { addParticipation, createOpenProgramme, createStartableProgramme } from "../../factories/participation";
import { createProgramme, type Programme, type ProgrammeOverrides } from "../../factories";
import { ownerOfAOnly, privateToA, membersOfAOnly, refusedToSuspendedParty, type Expectation, type WorkflowMatrix } from "./matrix";
import { ofA, type World } from "./world";

/** Acts of the applicant B's members: admins may not act for B, everybody else is told B's objects do not exist. */
const membersOfBOnly: Expectation = { ...ownerOfAOnly, memberA: "NOT_FOUND", ownerA: "NOT_FOUND", memberB: "ok" };
/** Admin-only acts on A's programme: A's people are FORBIDDEN, strangers told it does not exist. */
const adminOnA: Expectation = refusedToSuspendedParty({ ...ownerOfAOnly, ownerA: "FORBIDDEN", admin: "ok" });

const programmeOfA = (w: World, overrides: ProgrammeOverrides = {}) => createProgramme(w.db, { ...ofA(w), ...overrides });
const openOfA = (w: World, overrides: ProgrammeOverrides = {}) => createOpenProgramme(w.db, { ...ofA(w), ...overrides });
const versionOf = (p: Programme) => ({ programmeId: p.id, version: p.version });

async function applicationOfB(w: World, status: "pending" | "accepted") {
  const programme = await openOfA(w);
  const participation = await addParticipation(w.db, { programmeId: programme.id, institutionId: w.b.id, appliedByUserId: w.people.memberB.id, status });
  return { participationId: participation.id, version: participation.version };
}

export const PARTICIPATION_MATRIX: WorkflowMatrix = {
  matrix: {
    // Run by the lead's owners; S's suspended owner (co-lead) is related to the programme but refused.
    "programmes.publish": refusedToSuspendedParty(ownerOfAOnly),
    "programmes.start": refusedToSuspendedParty(ownerOfAOnly),
    "programmes.complete": refusedToSuspendedParty(ownerOfAOnly),
    // The lead's owner, or an admin.
    "programmes.cancel": refusedToSuspendedParty({ ...ownerOfAOnly, admin: "ok" }),
    "programmes.setFlagship": adminOnA,
    "participation.applyTo": membersOfBOnly,
    // The lead's members decide on applications to its programmes (co-leads have no say: NOT_FOUND for S).
    "participation.decide": membersOfAOnly,
    "participation.withdraw": membersOfBOnly,
    "participation.leave": membersOfBOnly,
    "participation.forProgramme": privateToA,
    "participation.forInstitution": privateToA,
    "participation.awaitingDecision": privateToA,
  },
  inputs: {
    "programmes.publish": async (w) => versionOf(await programmeOfA(w, { status: "approved" })),
    "programmes.start": async (w) => versionOf(await createStartableProgramme(w.db, ofA(w))),
    "programmes.complete": async (w) => {
      const p = await programmeOfA(w, { status: "active" });
      return {
        ...versionOf(p),
        results: p.outcomes.map((o) => ({ metric: o.metric, target: o.target, achieved: o.target, description: o.description })),
        narrative: "Every cohort finished; the report is complete.",
      };
    },
    "programmes.cancel": async (w) => ({ ...versionOf(await openOfA(w)), reason: "Matrix check: funding withdrawn." }),
    "programmes.setFlagship": async (w) => ({ ...versionOf(await openOfA(w)), flagship: true }),
    "participation.applyTo": async (w) => ({
      programmeId: (await openOfA(w)).id,
      institutionId: w.b.id,
      motivation: "Our lab trains data scientists and would like to join.",
      contactName: "Matrix Contact",
      contactEmail: "contact@example.test",
    }),
    "participation.decide": async (w) => ({ ...(await applicationOfB(w, "pending")), decision: "accept" }),
    "participation.withdraw": (w) => applicationOfB(w, "pending"),
    "participation.leave": async (w) => ({ ...(await applicationOfB(w, "accepted")), reason: "Matrix check" }),
    "participation.forProgramme": async (w) => ({ programmeId: (await openOfA(w)).id }),
    "participation.forInstitution": (w) => ({ institutionId: w.a.id }),
    "participation.awaitingDecision": (w) => ({ institutionId: w.a.id }),
  },
};
