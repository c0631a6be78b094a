import { randomBytes } from "node:crypto";
import { webhookEndpoints } from "@/db/schema";
import { newId } from "@/db/ids";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { invalidFields } from "../errors";
import { commit } from "../workflow/commit";
import type { RegisterWebhookInput } from "../api-tokens/schemas";
import { isAllowedWebhookUrl } from "./webhook-url";

/**
 * An owner of a verified institution registers a receiver URL; the signing secret is answered
 * once (it is kept, as the server must sign with it, and never shown again). One atomic write
 * with its audit event (without the secret).
 */
export async function registerWebhook(ctx: UseCaseContext, input: RegisterWebhookInput) {
  const { db, viewer } = ctx;
  assertCan(viewer, "webhook.manage", { institutionId: input.institutionId });
  if (!isAllowedWebhookUrl(input.url)) throw invalidFields({ url: ["validation.webhookUrl"] });
  const id = newId();
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  await commit(db, {
    changes: [{ statement: db.insert(webhookEndpoints).values({ id, institutionId: input.institutionId, url: input.url, secret, createdByUserId: viewer.userId }) }],
    event: {
      action: "webhook.register",
      objectType: "webhook",
      objectId: id,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: input.institutionId,
      changes: { url: { before: null, after: input.url } },
      context: {},
    },
    request: requestFacts(ctx.meta),
  });
  return { id, url: input.url, secret };
}
