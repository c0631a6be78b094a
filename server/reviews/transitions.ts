import { ASSIGNMENT_STATUSES } from "@/db/schema/reviews";
import { defineMachine } from "../workflow/state-machine";

/** A panel seat: active → recused (the reviewer or chair declares a conflict of interest). */
export const assignmentMachine = defineMachine({
  name: "assignment",
  states: ASSIGNMENT_STATUSES,
  create: { assign: { to: "active", permission: "programme.assignPanel" } },
  transitions: {
    recuse: { from: ["active"], to: "recused", permission: "review.recuse", needsReason: true },
  },
});
