import type { Database } from "@/db/client";
import { memberships } from "@/db/schema";
import { DomainError, notFound } from "../errors";
import { findInstitution } from "../institutions/queries";
import { institutionMachine } from "../institutions/transitions";
import { creation } from "../workflow/transition";
import { membershipMachine } from "./transitions";

export type RequestMembershipInput = { institutionId: string; message?: string };

/** A signed-in user asks to join a verified institution; its owners are emailed and decide. */
export const requestMembership = creation({
  machine: membershipMachine,
  create: "request",
  object: "membership",
  load: (db: Database, input: RequestMembershipInput) => findInstitution(db, input.institutionId),
  subject: (_found, input) => ({ institutionId: input.institutionId }),
  rules: ({ loaded: found }) => {
    if (!found || !institutionMachine.groups.public.includes(found.institution.status)) throw notFound("institution");
  },
  change: ({ db, input, id, to, viewer }) => [
    { statement: db.insert(memberships).values({ id, institutionId: input.institutionId, userId: viewer.userId, status: to, role: "member", message: input.message ?? null }) },
  ],
  audit: ({ input, to }) => ({ action: "membership.request", onBehalfOfInstitutionId: input.institutionId, changes: { status: { before: null, after: to } }, context: {} }),
  notices: ({ input, viewer, loaded: found }) => [
    {
      to: { membersOf: [input.institutionId], only: "owners" },
      emailOnly: true,
      kind: "membershipRequested",
      params: { name: viewer.name, email: viewer.email, institution: found!.institution.name },
      path: `/dashboard/institutions/${input.institutionId}`,
    },
  ],
  onDuplicate: () => new DomainError("ALREADY_EXISTS", { what: "membership" }),
  result: ({ id, to }) => ({ membershipId: id, status: to }),
});
