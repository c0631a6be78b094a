import { driverErrorCode } from "@/db/client";
import { newId } from "@/db/ids";
import { memberships } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { afterResponse, metaContext, type UseCaseContext } from "../context";
import { DomainError, notFound } from "../errors";
import { findInstitution } from "../institutions/queries";
import { sendTemplatedEmail } from "../mail/send-templated-email";
import { findUserByEmail } from "./queries";
import { membershipMachine } from "./transitions";
import { commitAtomic } from "../workflow/commit-transition";

/** An owner invites an existing user (by email); the invitee accepts or declines. */
export async function inviteMember(ctx: UseCaseContext, input: { institutionId: string; email: string }) {
  const { db, viewer } = ctx;
  const rule = membershipMachine.create.invite;
  assertCan(viewer, rule.permission, { institutionId: input.institutionId });
  const [found, invitee] = await Promise.all([findInstitution(db, input.institutionId), findUserByEmail(db, input.email)]);
  if (!found) throw notFound("institution");
  if (!invitee) throw new DomainError("NOT_FOUND", { what: "user" });

  const membershipId = newId();
  try {
    await commitAtomic(
      db,
      [
        {
          statement: db.insert(memberships).values({
        id: membershipId,
        institutionId: input.institutionId,
        userId: invitee.id,
        status: rule.to,
        role: "member",
        invitedByUserId: viewer.userId,
          }),
        },
      ],
      {
        actorUserId: viewer.userId,
        onBehalfOfInstitutionId: input.institutionId,
        action: "membership.invite",
        objectType: "membership",
        objectId: membershipId,
        changes: { status: { before: null, after: rule.to }, userId: { before: null, after: invitee.id } },
        context: metaContext(ctx.meta),
      },
    );
  } catch (error) {
    if (driverErrorCode(error) === "ER_DUP_ENTRY") throw new DomainError("ALREADY_EXISTS", { what: "membership" });
    throw error;
  }
  await afterResponse(ctx, () =>
    sendTemplatedEmail(db, {
      to: invitee.email,
      locale: invitee.locale,
      template: "membershipInvited",
      params: { institution: found.institution.name, inviter: viewer.name },
      path: "/dashboard",
    }),
  );
  return { membershipId, status: rule.to };
}
