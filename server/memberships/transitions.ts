import { MEMBERSHIP_STATUSES } from "@/db/schema/institutions";
import { defineMachine } from "../workflow/state-machine";

/**
 * Membership lifecycle: requested → active | declined (the owners decide);
 * invited → active | declined (the invitee answers); active → removed (an owner, or the member leaving).
 * `found` is the first owner's membership, created with the institution.
 */
export const membershipMachine = defineMachine({
  name: "membership",
  states: MEMBERSHIP_STATUSES,
  create: {
    request: { to: "requested", permission: "membership.request" },
    invite: { to: "invited", permission: "membership.invite" },
    found: { to: "active", permission: "institution.register" },
  },
  transitions: {
    accept: { from: ["requested"], to: "active", permission: "membership.decide" },
    decline: { from: ["requested"], to: "declined", permission: "membership.decide" },
    acceptInvitation: { from: ["invited"], to: "active", permission: "membership.respond" },
    declineInvitation: { from: ["invited"], to: "declined", permission: "membership.respond" },
    remove: { from: ["active"], to: "removed", permission: "membership.remove" },
    // Changes that keep the state: an owner promotes or demotes a member, designates a signatory.
    setRole: { from: ["active"], permission: "membership.promote" },
    setSignatory: { from: ["active"], permission: "membership.setSignatory" },
  },
});

export type MembershipEvent = keyof typeof membershipMachine.transitions;
/** The events that move a membership to another state (not the role changes). */
export type MembershipStatusEvent = Exclude<MembershipEvent, "setRole" | "setSignatory">;
