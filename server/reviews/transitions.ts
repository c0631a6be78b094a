import { ASSIGNMENT_STATUSES } from "@/db/schema/reviews";
import { programmeMachine } from "../programmes/transitions";
import { defineMachine } from "../workflow/state-machine";

/**
 * A panel seat: active → recused (the reviewer or chair declares a conflict of interest);
 * active → ended (the person lost the reviewer role, or their account was suspended, before
 * the panel's decision was final). A review given from an ended seat stays on record, marked
 * as from a former reviewer, and no longer counts toward the quorum.
 */
export const assignmentMachine = defineMachine({
  name: "assignment",
  states: ASSIGNMENT_STATUSES,
  create: { assign: { to: "active", permission: "programme.assignPanel" } },
  transitions: {
    recuse: { from: ["active"], to: "recused", permission: "review.recuse", needsReason: true },
    endWithRole: { from: ["active"], to: "ended", permission: "user.revokeRole" },
    endWithSuspension: { from: ["active"], to: "ended", permission: "user.suspend" },
  },
});

/** The programme states whose panel decision is not final: a seat there still matters. */
export const UNDECIDED_PROGRAMME_STATUSES = programmeMachine.groups.undecided;
