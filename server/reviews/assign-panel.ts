import { newId } from "@/db/ids";
import { reviewAssignments } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { conflict, DomainError, invalidFields, notFound } from "../errors";
import { findProgramme, guardedProgrammeUpdate } from "../programmes/queries";
import { programmeMachine } from "../programmes/transitions";
import { commit } from "../workflow/commit";
import { nextState } from "../workflow/state-machine";
import { conflictBidders } from "../reviewer-matching/queries";
import { conflictOf } from "./conflicts";
import { reviewPolicy, partyCountries, reviewerCandidates } from "./queries";

export type AssignPanelInput = { programmeId: string; version: number; reviewerIds: string[]; chairId?: string };

/**
 * An admin puts reviewers and one chair on a proposal's panel (adding to any existing panel).
 * A reviewer with a conflict of interest is refused with the reason. The first assignment
 * starts the review (submitted → under_review).
 */
export async function assignPanel(ctx: UseCaseContext, input: AssignPanelInput) {
  const { db, viewer } = ctx;
  assertCan(viewer, "programme.assignPanel");
  const [found, candidates, policy, countries, bidConflicts] = await Promise.all([
    findProgramme(db, input.programmeId),
    reviewerCandidates(db, input.programmeId),
    reviewPolicy(db),
    partyCountries(db, input.programmeId),
    conflictBidders(db, input.programmeId),
  ]);
  if (!found) throw notFound("programme");
  const { programme, panel } = found;
  if (!["submitted", "under_review"].includes(programme.status)) {
    throw new DomainError("INVALID_TRANSITION", { machine: "programme", from: programme.status, event: "assignPanel" });
  }
  if (programme.version !== input.version) throw conflict("programme");
  const hasChair = panel.some((m) => m.role === "chair" && m.status === "active");
  if (new Set(input.reviewerIds).size !== input.reviewerIds.length) throw invalidFields({ reviewerIds: ["validation.duplicateReviewer"] });
  if (input.chairId && input.reviewerIds.includes(input.chairId)) throw invalidFields({ chairId: ["validation.chairNotReviewer"] });
  if (input.chairId && hasChair) throw new DomainError("ALREADY_EXISTS", { what: "chair" });
  if (!input.chairId && !hasChair) throw invalidFields({ chairId: ["validation.chairRequired"] });
  if (input.reviewerIds.length === 0 && !input.chairId) throw invalidFields({ reviewerIds: ["validation.reviewersRequired"] });

  const facts = { leadInstitutionId: programme.leadInstitutionId, coLeadInstitutionIds: programme.coLeadInstitutionIds, partyCountryCodes: countries };
  const wanted = [
    ...input.reviewerIds.map((id) => ({ id, role: "reviewer" as const })),
    ...(input.chairId ? [{ id: input.chairId, role: "chair" as const }] : []),
  ];
  for (const w of wanted) {
    const candidate = candidates.find((c) => c.userId === w.id);
    if (!candidate) throw new DomainError("NOT_FOUND", { what: "reviewer" });
    if (candidate.standing === "active" || candidate.standing === "ended") throw new DomainError("ALREADY_EXISTS", { what: "assignment" });
    // A "conflict" bid is a declared conflict, binding here as in the batch solver.
    const reason = conflictOf({ ...candidate, declared: candidate.standing === "recused" || bidConflicts.has(candidate.userId) }, facts, policy);
    if (reason) throw new DomainError("CONFLICT_OF_INTEREST", { reviewer: candidate.name, reason });
  }

  const to = programme.status === "submitted" ? nextState(programmeMachine, programme.status, "startReview") : programme.status;
  await commit(db, {
    changes: [
      // Bumps the version even when the status stays under_review: two admins assigning at once conflict.
      guardedProgrammeUpdate(db, programme.id, programme, { status: to }),
      { statement: db.insert(reviewAssignments).values(wanted.map((w) => ({ id: newId(), programmeId: programme.id, reviewerUserId: w.id, role: w.role, assignedByUserId: viewer.userId }))) },
    ],
    event: {
      action: "programme.assign_panel",
      objectType: "programme",
      objectId: programme.id,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: null,
      changes: {
        status: { before: programme.status, after: to },
        panel: { before: panel.map((m) => `${m.userId}:${m.role}:${m.status}`), after: wanted.map((w) => `${w.id}:${w.role}:active`) },
      },
      context: {},
    },
    notices: wanted.map((w) => ({
      to: { users: [w.id] },
      kind: "reviewerAssigned",
      params: { reference: programme.reference, title: programme.title, role: w.role },
      path: `/reviews/${programme.id}`,
    })),
    request: requestFacts(ctx.meta),
  });
  return { programmeId: programme.id, status: to, version: programme.version + 1 };
}
