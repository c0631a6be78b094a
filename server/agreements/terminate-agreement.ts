import { isAdmin, type Viewer } from "../authz/viewer";
import { notFound } from "../errors";
import { transition } from "../workflow/transition";
import { actingInstitution } from "./access";
import { agreementMoved, onAgreement, type LoadedAgreement } from "./agreement-step";
import type { TerminateAgreementInput } from "./schemas";

/** The party the viewer acts for: the one named, else the first party they belong to; an admin may act for none. */
function actingForOf(viewer: Viewer, found: LoadedAgreement, input: TerminateAgreementInput): string | undefined {
  return input.institutionId ?? actingInstitution(viewer, found.partyIds) ?? (isAdmin(viewer) ? undefined : found.programme.leadInstitutionId);
}

/**
 * A party's signatory (for that party) or an admin ends an agreement in force, giving a reason.
 * Without `institutionId` the viewer acts for the first party they belong to (or as admin).
 */
export const terminateAgreement = transition({
  ...onAgreement<TerminateAgreementInput>(),
  event: "terminate",
  // Known to exist (visibleTo): the permission is the signatory's of the party acted for (an admin acts for none).
  subject: (found, input, viewer) => {
    const actingFor = actingForOf(viewer, found, input);
    if (actingFor !== undefined && !found.partyIds.includes(actingFor)) throw notFound("party");
    return actingFor ? { institutionId: actingFor } : {};
  },
  change: ({ input, now }) => ({ set: { endedAt: now, terminationReason: input.reason } }),
  audit: ({ viewer, input, loaded, from, to }) => ({
    action: "agreement.terminate",
    onBehalfOfInstitutionId: actingForOf(viewer, loaded, input) ?? null,
    changes: { status: { before: from, after: to } },
    context: { reason: input.reason },
  }),
  result: agreementMoved,
});
