import { desc, eq } from "drizzle-orm";
import { apiTokens } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";

/** A person's own tokens, newest first (at most 50: tokens are few), never their secret. */
export async function listApiTokens(ctx: UseCaseContext) {
  const { db, viewer } = ctx;
  assertCan(viewer, "apiToken.list", { userId: viewer?.userId });
  return db
    .select({ id: apiTokens.id, name: apiTokens.name, scope: apiTokens.scope, hint: apiTokens.hint, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt, version: apiTokens.version, createdAt: apiTokens.createdAt })
    .from(apiTokens)
    .where(eq(apiTokens.userId, viewer.userId))
    .orderBy(desc(apiTokens.createdAt))
    .limit(50);
}
