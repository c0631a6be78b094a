// Who may see and act on an agreement, and on whose behalf an action is recorded.
import type { Subject } from "../authz/permissions";
import type { Viewer } from "../authz/viewer";
import { membershipIn } from "../authz/viewer";

/**
 * The subject of the agreement.* permissions: the programme's lead institution, with its
 * co-leads, the agreement's parties (and, for reading, the programme's accepted participants)
 * as partner institutions.
 */
export function agreementSubject(
  programme: { leadInstitutionId: string; coLeadInstitutionIds: readonly string[] },
  partyIds: readonly string[],
  readers: readonly string[] = [],
): Subject {
  return { institutionId: programme.leadInstitutionId, partnerInstitutionIds: [...new Set([...programme.coLeadInstitutionIds, ...partyIds, ...readers])] };
}

/** The institution an action is recorded for: the first of the candidates the viewer belongs to. */
export function actingInstitution(viewer: Viewer, candidates: readonly string[]): string | null {
  return candidates.find((id) => membershipIn(viewer, id)) ?? null;
}
