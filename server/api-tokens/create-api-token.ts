import { apiTokens } from "@/db/schema";
import { newId } from "@/db/ids";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { commit } from "../workflow/commit";
import type { CreateApiTokenInput } from "./schemas";
import { newTokenSecret, tokenHash, tokenHint } from "./token-secret";

/**
 * A person creates a personal API token. The token is answered ONCE; only its SHA-256 and a
 * four-character hint are stored. One atomic write with its audit event (no secret in it).
 */
export async function createApiToken(ctx: UseCaseContext, input: CreateApiTokenInput) {
  const { db, viewer } = ctx;
  assertCan(viewer, "apiToken.manage", { userId: viewer?.userId });
  const id = newId();
  const token = newTokenSecret();
  const hint = tokenHint(token);
  await commit(db, {
    changes: [{ statement: db.insert(apiTokens).values({ id, userId: viewer.userId, name: input.name, scope: input.scope, tokenHash: tokenHash(token), hint }) }],
    event: {
      action: "api_token.create",
      objectType: "api_token",
      objectId: id,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: null,
      changes: { name: { before: null, after: input.name }, scope: { before: null, after: input.scope } },
      context: { hint },
    },
    request: requestFacts(ctx.meta),
  });
  return { id, token, name: input.name, scope: input.scope, hint };
}
