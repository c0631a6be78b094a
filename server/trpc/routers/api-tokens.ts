import { createApiToken } from "../../api-tokens/create-api-token";
import { listApiTokens } from "../../api-tokens/list-api-tokens";
import { revokeApiToken } from "../../api-tokens/revoke-api-token";
import { createApiTokenInput, registerWebhookInput, revokeApiTokenInput, revokeWebhookInput } from "../../api-tokens/schemas";
import { institutionIdInput } from "../../institutions/schemas";
import { listWebhooks } from "../../webhooks/list-webhooks";
import { registerWebhook } from "../../webhooks/register-webhook";
import { revokeWebhook } from "../../webhooks/revoke-webhook";
import { createTRPCRouter, protectedProcedure } from "../init";

/** A person's personal API tokens (account settings). */
export const apiTokensRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listApiTokens(ctx)),
  create: protectedProcedure.input(createApiTokenInput).mutation(({ ctx, input }) => createApiToken(ctx, input)),
  revoke: protectedProcedure.input(revokeApiTokenInput).mutation(({ ctx, input }) => revokeApiToken(ctx, input)),
});

/** An institution's webhook receivers (its owners). */
export const webhooksRouter = createTRPCRouter({
  list: protectedProcedure.input(institutionIdInput).query(({ ctx, input }) => listWebhooks(ctx, input)),
  register: protectedProcedure.input(registerWebhookInput).mutation(({ ctx, input }) => registerWebhook(ctx, input)),
  revoke: protectedProcedure.input(revokeWebhookInput).mutation(({ ctx, input }) => revokeWebhook(ctx, input)),
});
