import { driverErrorCode } from "@/db/client";
import { newId } from "@/db/ids";
import { memberships } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { afterResponse, metaContext, type UseCaseContext } from "../context";
import { DomainError, notFound } from "../errors";
import { findInstitution } from "../institutions/queries";
import { notifyOwners } from "./notify-owners";
import { membershipMachine } from "./transitions";
import { commitAtomic } from "../workflow/commit-transition";

/** A signed-in user asks to join a verified institution; its owners decide. */
export async function requestMembership(ctx: UseCaseContext, input: { institutionId: string; message?: string }) {
  const { db, viewer } = ctx;
  const rule = membershipMachine.create.request;
  assertCan(viewer, rule.permission, { institutionId: input.institutionId });
  const found = await findInstitution(db, input.institutionId);
  if (!found || found.institution.status !== "verified") throw notFound("institution");

  const membershipId = newId();
  try {
    await commitAtomic(
      db,
      [
        {
          statement: db.insert(memberships).values({
        id: membershipId,
        institutionId: input.institutionId,
        userId: viewer.userId,
        status: rule.to,
        role: "member",
        message: input.message ?? null,
          }),
        },
      ],
      {
        actorUserId: viewer.userId,
        onBehalfOfInstitutionId: input.institutionId,
        action: "membership.request",
        objectType: "membership",
        objectId: membershipId,
        changes: { status: { before: null, after: rule.to } },
        context: metaContext(ctx.meta),
      },
    );
  } catch (error) {
    if (driverErrorCode(error) === "ER_DUP_ENTRY") throw new DomainError("ALREADY_EXISTS", { what: "membership" });
    throw error;
  }
  await afterResponse(ctx, () =>
    notifyOwners(db, input.institutionId, {
      template: "membershipRequested",
      params: { name: viewer.name, email: viewer.email, institution: found.institution.name },
      path: `/dashboard/institutions/${input.institutionId}`,
    }),
  );
  return { membershipId, status: rule.to };
}
