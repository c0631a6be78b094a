import { and, desc, eq, isNull } from "drizzle-orm";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";


/** An institution's live receivers (never their secret) and its 20 latest deliveries, in one wave. */
export async function listWebhooks(ctx: UseCaseContext, input: { institutionId: string }) {
  const { db, viewer } = ctx;
  assertCan(viewer, "webhook.list", { institutionId: input.institutionId });
  const [endpoints, deliveries] = await Promise.all([
    db
      .select({ id: webhookEndpoints.id, url: webhookEndpoints.url, version: webhookEndpoints.version, createdAt: webhookEndpoints.createdAt })
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.institutionId, input.institutionId), isNull(webhookEndpoints.revokedAt)))
      .orderBy(desc(webhookEndpoints.createdAt))
      .limit(20),
    db
      .select({ id: webhookDeliveries.id, event: webhookDeliveries.event, status: webhookDeliveries.status, attempts: webhookDeliveries.attempts, lastStatus: webhookDeliveries.lastStatus, createdAt: webhookDeliveries.createdAt, deliveredAt: webhookDeliveries.deliveredAt })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .where(eq(webhookEndpoints.institutionId, input.institutionId))
      .orderBy(desc(webhookDeliveries.createdAt))
      .limit(20),
  ]);
  return { endpoints, deliveries };
}
