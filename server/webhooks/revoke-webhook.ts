import { and, eq, isNull, sql } from "drizzle-orm";
import { webhookEndpoints } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { notFound } from "../errors";
import { commit } from "../workflow/commit";
import type { RevokeWebhookInput } from "../api-tokens/schemas";

/** An owner revokes a receiver: nothing more is queued for it, and what is queued is dead-lettered. */
export async function revokeWebhook(ctx: UseCaseContext, input: RevokeWebhookInput) {
  const { db, viewer } = ctx;
  assertCan(viewer, "webhook.manage", { institutionId: input.institutionId });
  const now = new Date();
  await commit(db, {
    changes: [
      {
        statement: db
          .update(webhookEndpoints)
          .set({ revokedAt: now, version: sql`${webhookEndpoints.version} + 1` })
          .where(and(eq(webhookEndpoints.id, input.webhookId), eq(webhookEndpoints.institutionId, input.institutionId), eq(webhookEndpoints.version, input.version), isNull(webhookEndpoints.revokedAt))),
        expectRows: 1,
        refusal: () => notFound("webhook"),
      },
    ],
    event: {
      action: "webhook.revoke",
      objectType: "webhook",
      objectId: input.webhookId,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: input.institutionId,
      changes: { revokedAt: { before: null, after: now.toISOString() } },
      context: {},
    },
    request: requestFacts(ctx.meta),
  });
  return { id: input.webhookId, revokedAt: now };
}
