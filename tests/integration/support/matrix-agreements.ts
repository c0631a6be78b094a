// The agreements rows of the authorization matrix (see support/matrix.ts). Each input is built in
// the call's own world: a data-sharing programme led by A with a third, Chinese institution as
// accepted participant; B is a stranger to it. A's owner is made A's signatory where signing or
// terminating is checked.
import { and, eq } from "drizzle-orm";
import { memberships } from "../../../db/schema";
import { addMembership, createInstitution, createProgramme, createUser, DEFAULT_TEST_PASSWORD } from "../../factories";
import { addAcceptedParticipant, IMPACT_ASSESSMENT, insertAgreement, type AgreementOverrides, type AgreementWorld } from "../../factories/agreements";
import { membersOfAOnly, ownerOfAOnly, privateToA, privateToParties, refusedToSuspendedParty, signedInOnly, type WorkflowMatrix } from "./matrix";
import { ofA, type World } from "./world";

/** The agreement scene inside a matrix world: A leads with S (suspended) as co-lead, C participates, B has nothing to do with it. */
export async function sceneOf(w: World): Promise<AgreementWorld> {
  const cSignatory = await createUser(w.db);
  const c = await createInstitution(w.db, { countryCode: "CN", createdByUserId: cSignatory.id });
  await addMembership(w.db, { institutionId: c.id, userId: cSignatory.id, role: "owner", isSignatory: true });
  const programme = await createProgramme(w.db, { ...ofA(w), status: "open", involvesDataSharing: true, format: "pilot" });
  await addAcceptedParticipant(w.db, programme.id, c.id, w.people.ownerA.id);
  return {
    db: w.db,
    lead: w.a,
    partner: c,
    stranger: w.b,
    programme,
    leadOwner: w.people.ownerA,
    leadSignatory: w.people.ownerA,
    leadMember: w.people.memberA,
    partnerSignatory: cSignatory,
    partnerMember: cSignatory,
    strangerMember: w.people.memberB,
    admin: w.people.admin,
  };
}

async function makeOwnerASignatory(w: World) {
  await w.db
    .update(memberships)
    .set({ isSignatory: true })
    .where(and(eq(memberships.institutionId, w.a.id), eq(memberships.userId, w.people.ownerA.id)));
}

async function agreementIn(w: World, overrides: AgreementOverrides = {}) {
  return insertAgreement(await sceneOf(w), { createdByUserId: w.people.ownerA.id, ...overrides });
}

export const AGREEMENTS_MATRIX: WorkflowMatrix = {
  matrix: {
    "agreements.templates": signedInOnly,
    // Drafted, edited, sent and amended by the parties' members; an admin may read but not write them.
    // S's suspended owner is a party (co-lead): refused every write (issue #11, finding 1), still reads.
    "agreements.create": refusedToSuspendedParty(membersOfAOnly),
    "agreements.update": refusedToSuspendedParty(membersOfAOnly),
    "agreements.recordImpactAssessment": refusedToSuspendedParty(membersOfAOnly),
    "agreements.send": refusedToSuspendedParty(membersOfAOnly),
    "agreements.amend": refusedToSuspendedParty(membersOfAOnly),
    "agreements.byId": privateToParties,
    "agreements.verify": privateToParties,
    "agreements.forProgramme": privateToParties,
    "agreements.forInstitution": privateToA,
    // Only a designated signatory of the party signs (A's owner here); A's plain member is FORBIDDEN.
    "agreements.sign": ownerOfAOnly,
    // A party's signatory or an admin ends an agreement in force.
    "agreements.terminate": { ...ownerOfAOnly, admin: "ok" },
  },
  inputs: {
    "agreements.templates": () => undefined,
    "agreements.create": async (w) => ({ programmeId: (await sceneOf(w)).programme.id, template: "pilot_personal_data", title: "Matrix pilot agreement" }),
    "agreements.update": async (w) => {
      const row = await agreementIn(w);
      return { agreementId: row.id, version: row.version, title: "Matrix pilot agreement, edited", content: row.content };
    },
    "agreements.recordImpactAssessment": async (w) => {
      const row = await agreementIn(w, { impactAssessment: null });
      return { agreementId: row.id, version: row.version, assessment: IMPACT_ASSESSMENT };
    },
    "agreements.send": async (w) => {
      const row = await agreementIn(w);
      return { agreementId: row.id, version: row.version };
    },
    "agreements.amend": async (w) => ({ agreementId: (await agreementIn(w, { status: "in_force" })).id }),
    "agreements.byId": async (w) => ({ agreementId: (await agreementIn(w)).id }),
    "agreements.verify": async (w) => ({ agreementId: (await agreementIn(w, { status: "in_force" })).id }),
    "agreements.forProgramme": async (w) => ({ programmeId: (await sceneOf(w)).programme.id }),
    "agreements.forInstitution": (w) => ({ institutionId: w.a.id }),
    "agreements.sign": async (w) => {
      await makeOwnerASignatory(w);
      const row = await agreementIn(w, { status: "pending_signatures" });
      return { agreementId: row.id, institutionId: w.a.id, contentHash: row.contentHash, password: DEFAULT_TEST_PASSWORD };
    },
    "agreements.terminate": async (w) => {
      await makeOwnerASignatory(w);
      const row = await agreementIn(w, { status: "in_force" });
      return { agreementId: row.id, version: row.version, reason: "The pilot has ended." };
    },
  },
};
