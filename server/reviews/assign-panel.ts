import type { Database } from "@/db/client";
import { newId } from "@/db/ids";
import { reviewAssignments } from "@/db/schema";
import { onProgramme, programmeMoved } from "../programmes/programme-step";
import { conflictBidders } from "../reviewer-matching/queries";
import { transition } from "../workflow/transition";
import { assertPanelAllowed, wantedSeats, type PanelWish } from "./panel-rules";
import { partyCountries, reviewerCandidates, reviewPolicy } from "./queries";

export type AssignPanelInput = PanelWish & { programmeId: string; version: number };

/**
 * An admin puts reviewers and one chair on a proposal's panel (adding to any existing panel).
 * A reviewer with a conflict of interest is refused with the reason. The first assignment
 * starts the review (submitted → under_review); later ones keep the state but bump the
 * version: two admins assigning at once conflict.
 */
const programme = onProgramme<AssignPanelInput>();

export const assignPanel = transition({
  ...programme,
  event: (_input, found) => (found.programme.status === "submitted" ? "startReview" : "assignPanel"),
  load: async (db: Database, input: AssignPanelInput) => {
    const [found, candidates, policy, countries, bidConflicts] = await Promise.all([
      programme.load(db, input),
      reviewerCandidates(db, input.programmeId),
      reviewPolicy(db),
      partyCountries(db, input.programmeId),
      conflictBidders(db, input.programmeId),
    ]);
    return found && { ...found, candidates, policy, countries, bidConflicts };
  },
  // A platform permission: not checked against the proposal's institutions.
  subject: () => ({}),
  rules: ({ input, loaded }) => assertPanelAllowed(input, loaded),
  change: ({ db, input, viewer, target }) => ({
    after: [
      {
        statement: db
          .insert(reviewAssignments)
          .values(wantedSeats(input).map((w) => ({ id: newId(), programmeId: target.id, reviewerUserId: w.id, role: w.role, assignedByUserId: viewer.userId }))),
      },
    ],
  }),
  audit: ({ input, loaded: { panel }, from, to }) => ({
    action: "programme.assign_panel",
    onBehalfOfInstitutionId: null,
    changes: {
      status: { before: from, after: to },
      panel: { before: panel.map((m) => `${m.userId}:${m.role}:${m.status}`), after: wantedSeats(input).map((w) => `${w.id}:${w.role}:active`) },
    },
    context: {},
  }),
  notices: ({ input, loaded: { programme } }) =>
    wantedSeats(input).map((w) => ({
      to: { users: [w.id] },
      kind: "reviewerAssigned" as const,
      params: { reference: programme.reference, title: programme.title, role: w.role },
      path: `/reviews/${programme.id}`,
    })),
  result: programmeMoved,
});
