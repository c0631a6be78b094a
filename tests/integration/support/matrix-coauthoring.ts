// The co-authoring rows of the authorization matrix (issue #16; see support/matrix.ts). A leads the
// draft, S (suspended) is its co-lead. Every persona a co-authoring call can meet, with a VERIFIED
// and a PENDING co-lead besides, is in tests/integration/coauthoring-authorization.integration-test.ts.
import { createProgramme } from "../../factories";
import { membersOfAOnly, ownerOfAOnly, privateToParties, refusedToSuspendedParty, type WorkflowMatrix } from "./matrix";
import { ofA, type World } from "./world";

const draftOfA = (w: World) => createProgramme(w.db, { ...ofA(w) });

export const COAUTHORING_MATRIX: WorkflowMatrix = {
  matrix: {
    // The parties' members write the draft; S's suspended owner is a party but may not act for S.
    "coauthoring.saveSection": refusedToSuspendedParty(membersOfAOnly),
    // The lead's members manage the co-leads.
    "coauthoring.inviteCoLead": refusedToSuspendedParty(membersOfAOnly),
    "coauthoring.removeCoLead": refusedToSuspendedParty(membersOfAOnly),
    // Only S's members may take S off the draft, and S is suspended: nobody of this world may.
    // A's people are no members of S (NOT_FOUND); an admin is refused.
    "coauthoring.leaveCoLead": { ...ownerOfAOnly, memberA: "NOT_FOUND", ownerA: "NOT_FOUND", admin: "FORBIDDEN", memberSuspended: "FORBIDDEN" },
    // The activity feed: the parties (S's people keep reading while suspended) and admins.
    "coauthoring.activity": privateToParties,
    "coauthoring.sections": privateToParties,
    // The revision history: whoever reads the draft privately (a draft has no panel yet).
    "coauthoring.history": privateToParties,
  },
  inputs: {
    "coauthoring.saveSection": async (w) => {
      const p = await draftOfA(w);
      return { programmeId: p.id, section: "basics", version: p.basicsVersion, values: { title: "A matrix proposal, co-authored" } };
    },
    "coauthoring.inviteCoLead": async (w) => {
      const p = await draftOfA(w);
      return { programmeId: p.id, version: p.version, institutionId: w.b.id };
    },
    "coauthoring.removeCoLead": async (w) => {
      const p = await draftOfA(w);
      return { programmeId: p.id, version: p.version, institutionId: w.s.id };
    },
    "coauthoring.leaveCoLead": async (w) => {
      const p = await draftOfA(w);
      return { programmeId: p.id, version: p.version, institutionId: w.s.id };
    },
    "coauthoring.activity": async (w) => ({ programmeId: (await draftOfA(w)).id }),
    "coauthoring.sections": async (w) => ({ programmeId: (await draftOfA(w)).id }),
    "coauthoring.history": async (w) => ({ programmeId: (await draftOfA(w)).id }),
  },
};
