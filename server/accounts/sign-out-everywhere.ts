import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { recordAudit } from "../workflow/commit-transition";
import { metaContext, type UseCaseContext } from "../context";

/** Ends every session of the signed-in user, on every device, this one included. */
export async function signOutEverywhere(ctx: UseCaseContext) {
  const { db, viewer } = ctx;
  assertCan(viewer, "account.signOutEverywhere");
  const userId = viewer.userId;
  await db.transaction(async (tx) => {
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId));
    await recordAudit(tx, {
      actorUserId: userId,
      action: "user.sign_out_everywhere",
      objectType: "user",
      objectId: userId,
      context: metaContext(ctx.meta),
    });
  });
  return { ok: true };
}
