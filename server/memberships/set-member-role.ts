import { transition } from "../workflow/transition";
import { keepingAnOwner, onMembership, refuseLastOwner } from "./membership-step";

export type SetMemberRoleInput = { membershipId: string; version: number } & ({ role: "member" | "owner" } | { isSignatory: boolean });

/** Whether this change demotes an owner (then the last one must stay). */
const demotesOwner = (input: SetMemberRoleInput, role: string) => "role" in input && input.role === "member" && role === "owner";

/** An owner promotes a member to owner (or back), or designates/undesignates a signatory. */
export const setMemberRole = transition({
  ...onMembership<SetMemberRoleInput>(),
  event: (input) => ("role" in input ? "setRole" : "setSignatory"),
  subject: ({ membership }) => ({ institutionId: membership.institutionId }),
  rules: ({ input, loaded }) => {
    if (demotesOwner(input, loaded.membership.role)) refuseLastOwner(loaded);
  },
  change: ({ input, loaded: { membership } }) => ({
    set: "role" in input ? { role: input.role } : { isSignatory: input.isSignatory },
    ...(demotesOwner(input, membership.role) ? keepingAnOwner(membership.institutionId) : {}),
  }),
  audit: ({ input, loaded: { membership } }) => ({
    onBehalfOfInstitutionId: membership.institutionId,
    context: {},
    ...("role" in input
      ? { action: "membership.set_role" as const, changes: { role: { before: membership.role, after: input.role } } }
      : { action: "membership.set_signatory" as const, changes: { isSignatory: { before: membership.isSignatory, after: input.isSignatory } } }),
  }),
  result: ({ target }) => ({ membershipId: target.id, version: target.version + 1 }),
});
