import { reviewAssignments } from "@/db/schema";
import { findProgramme, programmeSubject } from "../programmes/queries";
import { transition } from "../workflow/transition";
import { findAssignment } from "./queries";
import { assignmentMachine } from "./transitions";

/** A reviewer (or the chair) declares a conflict of interest after assignment and leaves the panel. */
export const recuse = transition({
  machine: assignmentMachine,
  event: "recuse",
  table: reviewAssignments,
  // Strangers and people without a seat learn nothing: the programme is not found.
  object: "programme",
  load: async (db, input: { programmeId: string; reason: string; version?: number }, viewer) => {
    if (!viewer) return undefined;
    const [found, assignment] = await Promise.all([findProgramme(db, input.programmeId), findAssignment(db, input.programmeId, viewer.userId)]);
    return found && assignment ? { ...found, assignment } : undefined;
  },
  target: ({ assignment }) => assignment,
  // The reviewer is shown no version of their seat; the guarded update refuses a seat ended meanwhile.
  seen: (_, { assignment }) => assignment.version,
  subject: ({ programme, panel }) => programmeSubject(programme, panel),
  change: ({ input }) => ({ set: { recusalReason: input.reason } }),
  auditObject: ({ input }) => ({ objectType: "programme", objectId: input.programmeId }),
  audit: ({ input, loaded, from, to }) => ({
    action: "review.recuse",
    onBehalfOfInstitutionId: null,
    changes: { [`assignment:${loaded.assignment.id}` as const]: { before: from, after: to } },
    context: { reason: input.reason },
  }),
  notices: ({ input, loaded: { programme } }) => [
    { to: { role: "admin" }, kind: "reviewerRecused", params: { reference: programme.reference, title: programme.title }, path: `/review-desk/${input.programmeId}` },
  ],
  result: ({ input, to }) => ({ programmeId: input.programmeId, status: to }),
});
