// A viewer's active memberships, read with their user in the same query: the session viewer
// (auth/load-viewer.ts) and the API-token viewer (api-tokens/token-viewer.ts) select and fold
// them the same way, so a removed membership or a suspended institution counts at once for both.
import { and, eq } from "drizzle-orm";
import { institutions, memberships, users } from "@/db/schema";
import type { ViewerMembership } from "../authz/viewer";

/** The columns of one active membership of the user and its institution (all null when the user has none). */
export const activeMembershipColumns = {
  membershipId: memberships.id,
  institutionId: institutions.id,
  institutionName: institutions.name,
  institutionStatus: institutions.status,
  membershipRole: memberships.role,
  isSignatory: memberships.isSignatory,
};

/** Left-join conditions: the user's active memberships, then each membership's institution. */
export const activeMembershipOfUser = and(eq(memberships.userId, users.id), eq(memberships.status, "active"));
export const institutionOfMembership = eq(institutions.id, memberships.institutionId);

type MembershipColumns = {
  membershipId: string | null;
  institutionId: string | null;
  institutionName: string | null;
  institutionStatus: ViewerMembership["institutionStatus"] | null;
  membershipRole: ViewerMembership["role"] | null;
  isSignatory: boolean | null;
};

/** The memberships in the rows, one per institution (a row per role or none repeats them). */
export function membershipsOfRows(rows: readonly MembershipColumns[]): ViewerMembership[] {
  const byInstitution = new Map<string, ViewerMembership>();
  for (const r of rows) {
    if (r.membershipId && r.institutionId && r.institutionName && r.institutionStatus && r.membershipRole) {
      byInstitution.set(r.institutionId, {
        membershipId: r.membershipId,
        institutionId: r.institutionId,
        institutionName: r.institutionName,
        institutionStatus: r.institutionStatus,
        role: r.membershipRole,
        isSignatory: r.isSignatory ?? false,
      });
    }
  }
  return [...byInstitution.values()];
}
