// The admin commits a previewed (and possibly edited) batch: every panel re-checked against the
// current data with the solver's own rule checker, then ONE atomic write — each programme's
// guarded update (its version as previewed: a change since then is a CONFLICT and nothing is
// written), every new seat, one audit event for the batch and a notice to each assigned person.
import { newId } from "@/db/ids";
import { reviewAssignments } from "@/db/schema";
import type { ProgrammeStatus } from "@/db/schema/programmes";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { conflict, DomainError, invalidFields } from "../errors";
import type { Notice } from "../notifications/notices";
import { guardedProgrammeUpdate } from "../programmes/queries";
import { programmeMachine } from "../programmes/transitions";
import { findViolations } from "../reviews/matching/violations";
import { commit } from "../workflow/commit";
import { nextState } from "../workflow/state-machine";
import { batchInputOf, loadMatchingRows } from "./load-matching";
import { activeSeats } from "./match-input";
import type { PanelProposalRow } from "./queries";
import type { CommitBatchInput } from "./schemas";

/** The active seats of a panel as `<userId>:<role>`. */
function seatsOf(row: PanelProposalRow): string[] {
  const seats = activeSeats(row);
  return [...seats.reviewerIds.map((id) => `${id}:reviewer`), ...(seats.chairId ? [`${seats.chairId}:chair`] : [])];
}

export async function commitBatch(ctx: UseCaseContext, input: CommitBatchInput) {
  const { db, viewer } = ctx;
  assertCan(viewer, "programme.assignBatch");
  const ids = input.panels.map((p) => p.programmeId);
  if (new Set(ids).size !== ids.length) throw invalidFields({ panels: ["matching.violation.duplicate"] });
  const rows = await loadMatchingRows(db, ids);
  // Every proposal awaiting a panel now (not only the first MAX_BATCH), restricted to the ones committed.
  const all = batchInputOf(rows, input.excludeLeadCountry, Number.POSITIVE_INFINITY);
  const wanted = new Set(ids);
  const matchInput = { ...all, proposals: all.proposals.filter((p) => wanted.has(p.id)) };
  const rowOf = new Map(rows.proposals.map((p) => [p.id, p]));
  for (const panel of input.panels) {
    const row = rowOf.get(panel.programmeId);
    // Gone from review, staffed meanwhile, or edited since the preview: the preview is stale.
    if (!row || row.version !== panel.version || !matchInput.proposals.some((p) => p.id === panel.programmeId)) throw conflict("programme");
  }
  const proposed = input.panels.map((p) => ({ proposalId: p.programmeId, reviewerIds: p.reviewerIds, chairId: p.chairId }));
  const violations = findViolations(matchInput, proposed);
  if (violations.length > 0) {
    const fields: Record<string, string[]> = {};
    for (const v of violations) {
      const key = `panels.${ids.indexOf(v.proposalId)}`;
      fields[key] = [...new Set([...(fields[key] ?? []), `matching.violation.${v.rule}`])];
    }
    throw new DomainError("VALIDATION", { count: violations.length }, "VALIDATION", fields);
  }

  const seats = input.panels.flatMap((p) => [
    ...p.reviewerIds.map((userId) => ({ programmeId: p.programmeId, userId, role: "reviewer" as const })),
    ...(p.chairId ? [{ programmeId: p.programmeId, userId: p.chairId, role: "chair" as const }] : []),
  ]);
  const notices: Notice[] = input.panels.flatMap((p) => {
    const row = rowOf.get(p.programmeId)!;
    const told = (userIds: string[], role: "reviewer" | "chair"): Notice[] =>
      userIds.length ? [{ to: { users: userIds }, kind: "reviewerAssigned", params: { reference: row.reference, title: row.title, role }, path: `/reviews/${row.id}` }] : [];
    return [...told(p.reviewerIds, "reviewer"), ...told(p.chairId ? [p.chairId] : [], "chair")];
  });
  const statusAfter = (status: ProgrammeStatus) => (status === "submitted" ? nextState(programmeMachine, status, "startReview") : status);
  const batchId = newId();
  await commit(db, {
    changes: [
      ...input.panels.map((p) => {
        const row = rowOf.get(p.programmeId)!;
        return guardedProgrammeUpdate(db, row.id, { status: row.status, version: row.version }, { status: statusAfter(row.status) });
      }),
      { statement: db.insert(reviewAssignments).values(seats.map((s) => ({ id: newId(), programmeId: s.programmeId, reviewerUserId: s.userId, role: s.role, assignedByUserId: viewer.userId }))) },
    ],
    notices,
    event: {
      action: "programme.assign_batch",
      objectType: "review_batch",
      objectId: batchId,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: null,
      changes: Object.fromEntries(input.panels.map((p) => [`programme:${p.programmeId}`, { before: seatsOf(rowOf.get(p.programmeId)!), after: [...seatsOf(rowOf.get(p.programmeId)!), ...seats.filter((s) => s.programmeId === p.programmeId).map((s) => `${s.userId}:${s.role}`)] }])),
      context: { proposals: input.panels.length, seats: seats.length, excludeLeadCountry: input.excludeLeadCountry },
    },
    request: requestFacts(ctx.meta),
    onDuplicate: () => conflict("programme"),
  });
  return { batchId, proposals: input.panels.length, seats: seats.length };
}
