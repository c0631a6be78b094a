import type { InstitutionStatus, MembershipRole } from "@/db/schema/institutions";
import type { ApiTokenScope } from "@/db/schema/open-api";
import type { PlatformRole } from "@/db/schema/users";

/** An active membership as loaded for the current request. */
export type ViewerMembership = {
  membershipId: string;
  institutionId: string;
  institutionName: string;
  institutionStatus: InstitutionStatus;
  role: MembershipRole;
  isSignatory: boolean;
};

/** Who is making the request, re-read from the database on every request. `null` is a visitor. */
export type Viewer = {
  userId: string;
  email: string;
  name: string;
  locale: string;
  /** The session version this viewer's session carries (checked against the account's). */
  sessionVersion: number;
  /** The account row's version (the settings form sends it back: a stale form is a CONFLICT). */
  accountVersion?: number;
  roles: readonly PlatformRole[];
  memberships: readonly ViewerMembership[];
  /**
   * Set when the request carries a personal API token instead of a session: the token's scope
   * narrows what the user may do (server/authz/permissions.ts), and a token carries no platform role.
   */
  token?: { id: string; scope: ApiTokenScope };
} | null;

export type SignedInViewer = NonNullable<Viewer>;

export const isAdmin = (viewer: Viewer) => viewer?.roles.includes("admin") ?? false;
export const isReviewer = (viewer: Viewer) => viewer?.roles.includes("reviewer") ?? false;
export const membershipIn = (viewer: Viewer, institutionId: string) =>
  viewer?.memberships.find((m) => m.institutionId === institutionId);
