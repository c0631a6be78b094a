import { DomainError } from "../errors";
import { institutionMachine } from "../institutions/transitions";
import { transition } from "../workflow/transition";
import { keepingAnOwner, membershipMoved, onMembership, refuseLastOwner } from "./membership-step";
import type { MembershipStatusEvent } from "./transitions";

export type ChangeMembershipStatusInput = { membershipId: string; event: MembershipStatusEvent; version: number };

/** Whether this removal takes an owner away (then the last one must stay). */
const removesOwner = (event: MembershipStatusEvent, role: string) => event === "remove" && role === "owner";

/** Accept or decline a request (owners), accept or decline an invitation (the invitee), remove a member (owners, or leaving). */
export const changeMembershipStatus = transition({
  ...onMembership<ChangeMembershipStatusInput>(),
  event: (input) => input.event,
  subject: ({ membership }) => ({ institutionId: membership.institutionId, userId: membership.userId }),
  rules: ({ event, loaded }) => {
    if (removesOwner(event, loaded.membership.role)) refuseLastOwner(loaded);
    // An invitation cannot bring anyone into an institution that may not act (suspended or rejected).
    if (event === "acceptInvitation" && !institutionMachine.groups.admitting.includes(loaded.institutionStatus)) {
      throw new DomainError("INSTITUTION_NOT_ACTIVE", { status: loaded.institutionStatus });
    }
  },
  change: ({ event, viewer, now, loaded: { membership } }) => ({
    set: event === "remove" ? { isSignatory: false } : { decidedByUserId: viewer.userId, decidedAt: now },
    ...(removesOwner(event, membership.role) ? keepingAnOwner(membership.institutionId) : {}),
  }),
  audit: ({ event, from, to, loaded: { membership } }) => ({
    action: `membership.${event}`,
    onBehalfOfInstitutionId: membership.institutionId,
    changes: { status: { before: from, after: to }, ...(event === "remove" ? { isSignatory: { before: membership.isSignatory, after: false } } : {}) },
    context: {},
  }),
  result: membershipMoved,
});
