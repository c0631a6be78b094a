import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { institutions, memberships, platformRoles, users, type PlatformRole } from "@/db/schema";
import type { Viewer, ViewerMembership } from "../authz/viewer";

/**
 * Re-reads the user, their platform roles and active memberships in ONE query, so a
 * suspension (of the account or an institution), a role change or "sign out everywhere" takes effect on the next request.
 * Returns null (a visitor) when the user is gone or suspended, or the session version is stale.
 */
export async function loadViewer(db: Executor, userId: string, sessionVersion: number): Promise<Viewer> {
  const rows = await db
    .select({
      user: { id: users.id, email: users.email, name: users.name, locale: users.locale, sessionVersion: users.sessionVersion, status: users.status, version: users.version },
      role: platformRoles.role,
      membershipId: memberships.id,
      institutionId: institutions.id,
      institutionName: institutions.name,
      institutionStatus: institutions.status,
      membershipRole: memberships.role,
      isSignatory: memberships.isSignatory,
    })
    .from(users)
    .leftJoin(platformRoles, eq(platformRoles.userId, users.id))
    .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.status, "active")))
    .leftJoin(institutions, eq(institutions.id, memberships.institutionId))
    .where(eq(users.id, userId));
  const first = rows[0];
  // A suspended account has no session at all (its version was bumped too; this holds regardless).
  if (!first || first.user.sessionVersion !== sessionVersion || first.user.status !== "active") return null;

  const roles = new Set<PlatformRole>();
  const byInstitution = new Map<string, ViewerMembership>();
  for (const r of rows) {
    if (r.role) roles.add(r.role);
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
  const { id, email, name, locale, version } = first.user;
  return { userId: id, email, name, locale, sessionVersion, accountVersion: version, roles: [...roles], memberships: [...byInstitution.values()] };
}
