// The open API's own tables: personal API tokens, and the webhooks institutions register with
// the deliveries waiting for them (an outbox, written in the same transaction as the change).
import { char, index, int, mysqlEnum, mysqlTable, text, uniqueIndex, varchar } from "drizzle-orm/mysql-core";
import { createdAt, idColumn, jsonText, ref, utc, versionColumn } from "../columns";

export const API_TOKEN_SCOPES = ["read", "institution:write"] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/**
 * A personal API token: only its SHA-256 is stored (the token is shown once), with the last four
 * characters as a hint. It speaks for its user as they stand at each call, within its scope.
 */
export const apiTokens = mysqlTable(
  "api_tokens",
  {
    id: idColumn(),
    userId: ref("user_id").notNull(),
    name: varchar("name", { length: 80 }).notNull(),
    scope: mysqlEnum("scope", API_TOKEN_SCOPES).notNull(),
    tokenHash: char("token_hash", { length: 64 }).notNull(),
    hint: varchar("hint", { length: 8 }).notNull(),
    lastUsedAt: utc("last_used_at"),
    revokedAt: utc("revoked_at"),
    version: versionColumn(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("api_tokens_hash_uq").on(t.tokenHash), index("api_tokens_user_idx").on(t.userId, t.createdAt)],
);

export const WEBHOOK_EVENTS = ["programme.published", "application.decided", "agreement.in_force"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** An institution's receiver: an https URL and the secret its deliveries are signed with. */
export const webhookEndpoints = mysqlTable(
  "webhook_endpoints",
  {
    id: idColumn(),
    institutionId: ref("institution_id").notNull(),
    url: varchar("url", { length: 500 }).notNull(),
    secret: varchar("secret", { length: 80 }).notNull(),
    createdByUserId: ref("created_by_user_id").notNull(),
    revokedAt: utc("revoked_at"),
    version: versionColumn(),
    createdAt: createdAt(),
  },
  (t) => [index("webhook_endpoints_institution_idx").on(t.institutionId, t.revokedAt)],
);

export const WEBHOOK_DELIVERY_STATUSES = ["pending", "delivered", "dead"] as const;

/** One event for one endpoint, waiting to be delivered (retried with back-off, then dead-lettered). */
export const webhookDeliveries = mysqlTable(
  "webhook_deliveries",
  {
    id: idColumn(),
    endpointId: ref("endpoint_id").notNull(),
    event: mysqlEnum("event", WEBHOOK_EVENTS).notNull(),
    payload: jsonText<Record<string, unknown>>("payload").notNull(),
    status: mysqlEnum("status", WEBHOOK_DELIVERY_STATUSES).notNull().default("pending"),
    attempts: int("attempts").notNull().default(0),
    nextAttemptAt: utc("next_attempt_at").notNull().$defaultFn(() => new Date()),
    leaseToken: varchar("lease_token", { length: 20 }),
    leaseUntil: utc("lease_until"),
    lastError: text("last_error"),
    lastStatus: int("last_status"),
    deliveredAt: utc("delivered_at"),
    createdAt: createdAt(),
  },
  (t) => [index("webhook_deliveries_due_idx").on(t.status, t.nextAttemptAt), index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt)],
);
