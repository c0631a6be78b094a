import { and, eq, isNull, sql } from "drizzle-orm";
import { apiTokens } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { notFound } from "../errors";
import { commit } from "../workflow/commit";
import type { RevokeApiTokenInput } from "./schemas";

/** A person revokes one of their tokens: it stops working at once. Guarded by version (a second revoke is a CONFLICT). */
export async function revokeApiToken(ctx: UseCaseContext, input: RevokeApiTokenInput) {
  const { db, viewer } = ctx;
  assertCan(viewer, "apiToken.manage", { userId: viewer?.userId });
  const [token] = await db.select({ id: apiTokens.id, userId: apiTokens.userId, revokedAt: apiTokens.revokedAt }).from(apiTokens).where(eq(apiTokens.id, input.tokenId));
  // Somebody else's token does not exist for this viewer.
  if (!token || token.userId !== viewer.userId) throw notFound("api_token");
  const now = new Date();
  await commit(db, {
    changes: [
      {
        statement: db
          .update(apiTokens)
          .set({ revokedAt: now, version: sql`${apiTokens.version} + 1` })
          .where(and(eq(apiTokens.id, token.id), eq(apiTokens.version, input.version), isNull(apiTokens.revokedAt))),
        expectRows: 1,
      },
    ],
    event: {
      action: "api_token.revoke",
      objectType: "api_token",
      objectId: token.id,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: null,
      changes: { revokedAt: { before: null, after: now.toISOString() } },
      context: {},
    },
    request: requestFacts(ctx.meta),
  });
  return { id: token.id, revokedAt: now };
}
