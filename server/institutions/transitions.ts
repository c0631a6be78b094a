import { INSTITUTION_STATUSES } from "@/db/schema/institutions";
import { defineMachine } from "../workflow/state-machine";

/** Institution lifecycle: pending → verified | rejected; verified ⇄ suspended. */
export const institutionMachine = defineMachine({
  name: "institution",
  states: INSTITUTION_STATUSES,
  create: { register: { to: "pending", permission: "institution.register" } },
  transitions: {
    verify: { from: ["pending"], to: "verified", permission: "institution.verify" },
    reject: { from: ["pending"], to: "rejected", permission: "institution.reject", needsReason: true },
    suspend: { from: ["verified"], to: "suspended", permission: "institution.suspend", needsReason: true },
    reinstate: { from: ["suspended"], to: "verified", permission: "institution.reinstate" },
    // A change that keeps the state: an owner edits the details (in any state; the permission decides who).
    edit: { from: INSTITUTION_STATUSES, permission: "institution.update" },
  },
  groups: {
    /** In the public directory; people may ask to join. */
    public: ["verified"],
    /** May take in members (an invitation may be accepted): not rejected or suspended. */
    admitting: ["pending", "verified"],
  },
});

export type InstitutionEvent = keyof typeof institutionMachine.transitions;
/** The events an admin causes from the review queue (not `edit`). */
export type InstitutionStatusEvent = Exclude<InstitutionEvent, "edit">;
