import { and, eq, sql } from "drizzle-orm";
import { reviewAssignments } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { invalidFields, notFound } from "../errors";
import { findProgramme, programmeSubject } from "../programmes/queries";
import { commit } from "../workflow/commit";
import { nextState } from "../workflow/state-machine";
import { findAssignment } from "./queries";
import { assignmentMachine } from "./transitions";

/** A reviewer (or the chair) declares a conflict of interest after assignment and leaves the panel. */
export async function recuse(ctx: UseCaseContext, input: { programmeId: string; reason: string }) {
  const { db, viewer } = ctx;
  if (!viewer) throw notFound("programme");
  const [found, assignment] = await Promise.all([findProgramme(db, input.programmeId), findAssignment(db, input.programmeId, viewer.userId)]);
  if (!found || !assignment) throw notFound("programme");
  assertCan(viewer, assignmentMachine.transitions.recuse.permission, programmeSubject(found.programme, found.panel));
  const to = nextState(assignmentMachine, assignment.status, "recuse");
  if (!input.reason.trim()) throw invalidFields({ reason: ["validation.reasonRequired"] });
  const { reference, title } = found.programme;
  await commit(db, {
    changes: [
      {
        statement: db
          .update(reviewAssignments)
          .set({ status: to, recusalReason: input.reason, version: sql`${reviewAssignments.version} + 1` })
          .where(and(eq(reviewAssignments.id, assignment.id), eq(reviewAssignments.status, assignment.status), eq(reviewAssignments.version, assignment.version))),
        expectRows: 1,
      },
    ],
    event: {
      action: "review.recuse",
      objectType: "programme",
      objectId: input.programmeId,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: null,
      changes: { [`assignment:${assignment.id}` as const]: { before: assignment.status, after: to } },
      context: { reason: input.reason },
    },
    notices: [{ to: { role: "admin" }, kind: "reviewerRecused", params: { reference, title }, path: `/review-desk/${input.programmeId}` }],
    request: requestFacts(ctx.meta),
  });
  return { programmeId: input.programmeId, status: to };
}
