import type { Database } from "@/db/client";
import { memberships } from "@/db/schema";
import { DomainError, notFound } from "../errors";
import { findInstitution } from "../institutions/queries";
import { creation } from "../workflow/transition";
import { findUserByEmail } from "./queries";
import { membershipMachine } from "./transitions";

export type InviteMemberInput = { institutionId: string; email: string };

async function load(db: Database, input: InviteMemberInput) {
  const [found, invitee] = await Promise.all([findInstitution(db, input.institutionId), findUserByEmail(db, input.email)]);
  return { found, invitee };
}

/** An owner invites an existing user (by email), who is emailed and accepts or declines. */
export const inviteMember = creation({
  machine: membershipMachine,
  create: "invite",
  object: "membership",
  load,
  subject: (_loaded, input) => ({ institutionId: input.institutionId }),
  rules: ({ loaded: { found, invitee } }) => {
    if (!found) throw notFound("institution");
    if (!invitee) throw notFound("user");
  },
  change: ({ db, input, id, to, viewer, loaded: { invitee } }) => [
    { statement: db.insert(memberships).values({ id, institutionId: input.institutionId, userId: invitee!.id, status: to, role: "member", invitedByUserId: viewer.userId }) },
  ],
  audit: ({ input, to, loaded: { invitee } }) => ({
    action: "membership.invite",
    onBehalfOfInstitutionId: input.institutionId,
    changes: { status: { before: null, after: to }, userId: { before: null, after: invitee!.id } },
    context: {},
  }),
  notices: ({ viewer, loaded: { found, invitee } }) => [
    { to: { users: [invitee!.id] }, emailOnly: true, kind: "membershipInvited", params: { institution: found!.institution.name, inviter: viewer.name }, path: "/dashboard" },
  ],
  onDuplicate: () => new DomainError("ALREADY_EXISTS", { what: "membership" }),
  result: ({ id, to }) => ({ membershipId: id, status: to }),
});
