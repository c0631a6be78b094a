import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { institutions, memberships, platformRoles, users, type PlatformRole } from "@/db/schema";
import type { Viewer } from "../authz/viewer";
import { activeMembershipColumns, activeMembershipOfUser, institutionOfMembership, membershipsOfRows } from "./viewer-memberships";

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
      ...activeMembershipColumns,
    })
    .from(users)
    .leftJoin(platformRoles, eq(platformRoles.userId, users.id))
    .leftJoin(memberships, activeMembershipOfUser)
    .leftJoin(institutions, institutionOfMembership)
    .where(eq(users.id, userId));
  const first = rows[0];
  // A suspended account has no session at all (its version was bumped too; this holds regardless).
  if (!first || first.user.sessionVersion !== sessionVersion || first.user.status !== "active") return null;

  const roles = new Set<PlatformRole>(rows.flatMap((r) => (r.role ? [r.role] : [])));
  const { id, email, name, locale, version } = first.user;
  return { userId: id, email, name, locale, sessionVersion, accountVersion: version, roles: [...roles], memberships: membershipsOfRows(rows) };
}
