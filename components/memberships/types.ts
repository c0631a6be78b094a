import type { listInstitutionMemberships, listUserMemberships } from "@/server/memberships/queries";

/** One row of memberships.list: a member, a request or an invitation, with the user's name and email. */
export type MembershipListItem = Awaited<ReturnType<typeof listInstitutionMemberships>>[number];

/** What the signed-in viewer may do in the members area (decided on the server with can()). */
export type MemberPermissions = { decide: boolean; invite: boolean; promote: boolean; setSignatory: boolean; remove: boolean };

/** One of the signed-in user's own memberships (account.myMemberships). */
export type MyMembership = Awaited<ReturnType<typeof listUserMemberships>>[number];
