// zod inputs of the API token and webhook procedures (shared with the account settings forms).
import "../common/zod-browser";
import { z } from "zod";
import { API_TOKEN_SCOPES } from "@/db/schema/open-api";
import { idSchema, versionSchema } from "../institutions/schemas";

export const createApiTokenInput = z.object({
  name: z.string().trim().min(1, { error: "validation.tokenName" }).max(80, { error: "validation.tokenName" }),
  scope: z.enum(API_TOKEN_SCOPES),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenInput>;

export const revokeApiTokenInput = z.object({ tokenId: idSchema, version: versionSchema });
export type RevokeApiTokenInput = z.infer<typeof revokeApiTokenInput>;

export const registerWebhookInput = z.object({
  institutionId: idSchema,
  url: z.url({ protocol: /^https$/, error: "validation.webhookUrl" }).max(500, { error: "validation.webhookUrl" }),
});
export type RegisterWebhookInput = z.infer<typeof registerWebhookInput>;

export const revokeWebhookInput = z.object({ institutionId: idSchema, webhookId: idSchema, version: versionSchema });
export type RevokeWebhookInput = z.infer<typeof revokeWebhookInput>;
