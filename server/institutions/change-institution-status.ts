import { transition } from "../workflow/transition";
import { onInstitution } from "./institution-step";
import type { InstitutionStatusEvent } from "./transitions";

export type ChangeInstitutionStatusInput = { institutionId: string; event: InstitutionStatusEvent; reason?: string; version: number };

const reasonOf = (input: ChangeInstitutionStatusInput) => input.reason ?? null;

/** An admin verifies, rejects (with reason), suspends (with reason) or reinstates an institution. */
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
  result: ({ target, to }) => ({ institutionId: target.id, status: to, version: target.version + 1 }),
});
