import { and, eq, isNull, sql } from "drizzle-orm";
import type { AtomicStep, Executor } from "@/db/client";
import { apiTokens } from "@/db/schema";

/**
 * Every live API token of the user is revoked: a step of a password change or reset, so a token
 * minted under the old password (perhaps by whoever knew it) does not outlive it.
 */
export function revokeApiTokensOf(db: Executor, userId: string, now: Date): AtomicStep {
  return {
    statement: db
      .update(apiTokens)
      .set({ revokedAt: now, version: sql`${apiTokens.version} + 1` })
      .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt))),
  };
}
