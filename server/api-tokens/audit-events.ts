import type { ApiTokenScope } from "@/db/schema/open-api";
import type { Change } from "../audit/changes";

type Token = { objectType: "api_token" };
type Webhook = { objectType: "webhook" };

/** Personal API tokens (a person's own) and institutions' webhooks. Secrets are never recorded. */
export type ApiTokenAuditEvents = {
  "api_token.create": Token & { changes: { name: Change<string | null>; scope: Change<ApiTokenScope | null> }; context: { hint: string } };
  "api_token.revoke": Token & { changes: { revokedAt: Change<string | null> }; context: object };
  "webhook.register": Webhook & { changes: { url: Change<string | null> }; context: object };
  "webhook.revoke": Webhook & { changes: { revokedAt: Change<string | null> }; context: object };
};
