import { and, eq } from "drizzle-orm";
import { affectedRows } from "@/db/client";
import { platformRoles, type PlatformRole } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { recordAudit } from "../workflow/commit-transition";
import { metaContext, type UseCaseContext } from "../context";
import { DomainError } from "../errors";

/** Admin grants or revokes a platform role (reviewer, admin). An admin cannot revoke their own admin role. */
export async function changePlatformRole(ctx: UseCaseContext, input: { userId: string; role: PlatformRole; grant: boolean }) {
  const { db, viewer } = ctx;
  assertCan(viewer, input.grant ? "user.grantRole" : "user.revokeRole");
  if (!input.grant && input.role === "admin" && input.userId === viewer.userId) throw new DomainError("FORBIDDEN", { action: "revokeOwnAdmin" });
  await db.transaction(async (tx) => {
    const result = input.grant
      ? await tx.insert(platformRoles).ignore().values({ userId: input.userId, role: input.role, grantedByUserId: viewer.userId })
      : await tx.delete(platformRoles).where(and(eq(platformRoles.userId, input.userId), eq(platformRoles.role, input.role)));
    if (affectedRows(result) !== 1) throw new DomainError("CONFLICT", { what: "role" });
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: input.grant ? "user.grant_role" : "user.revoke_role",
      objectType: "user",
      objectId: input.userId,
      changes: { [`role:${input.role}`]: { before: !input.grant, after: input.grant } },
      context: metaContext(ctx.meta),
    });
  });
  return { userId: input.userId, role: input.role, granted: input.grant };
}
