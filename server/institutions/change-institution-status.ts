import { transition } from "../workflow/transition";
import { onInstitution } from "./institution-step";
import type { InstitutionStatusEvent } from "./transitions";

export type ChangeInstitutionStatusInput = { institutionId: string; event: InstitutionStatusEvent; reason?: string; version: number };

const reasonOf = (input: ChangeInstitutionStatusInput) => input.reason ?? null;

/**
 * An admin verifies, rejects (with reason), suspends (with reason) or reinstates an institution;
 * its owners are told (notification + email, with the reason) in the same write.
 */
export const changeInstitutionStatus = transition({
  ...onInstitution<ChangeInstitutionStatusInput>(),
  event: (input) => input.event,
  change: ({ input, now }) => ({ set: { statusReason: reasonOf(input), statusChangedAt: now } }),
  audit: ({ input, event, from, to, loaded: { institution } }) => ({
    action: `institution.${event}`,
    onBehalfOfInstitutionId: institution.id,
    changes: { status: { before: from, after: to }, statusReason: { before: institution.statusReason, after: reasonOf(input) } },
    context: { reason: reasonOf(input) },
  }),
  notices: ({ input, to, loaded: { institution } }) => [
    {
      to: { membersOf: [institution.id], only: "owners" },
      kind: "institutionDecided",
      params: { institution: institution.name, status: to, reason: reasonOf(input) ?? "" },
      path: `/institutions/${institution.id}`,
    },
  ],
  result: ({ target, to }) => ({ institutionId: target.id, status: to, version: target.version + 1 }),
});
