import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { commit } from "../workflow/commit";

/** Ends every session of the signed-in user, on every device, this one included. */
export async function signOutEverywhere(ctx: UseCaseContext) {
  const { db, viewer } = ctx;
  assertCan(viewer, "account.signOutEverywhere");
  await commit(db, {
    changes: [{ statement: db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, viewer.userId)) }],
    event: {
      action: "user.sign_out_everywhere",
      objectType: "user",
      objectId: viewer.userId,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: null,
      // Read from the row in the same write (no round trip to learn the version first).
      changes: sql`(select json_object('sessionVersion', json_object('before', u.session_version - 1, 'after', u.session_version)) from users u where u.id = ${viewer.userId})`,
      context: {},
    },
    request: requestFacts(ctx.meta),
  });
  return { ok: true };
}
