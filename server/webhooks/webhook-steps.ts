// Webhook events as outbox rows: written in the SAME atomic write as the transition that causes
// them (server/workflow/commit.ts), one INSERT … SELECT over the receiving institutions' live
// endpoints, so no extra round trip and no event lost or sent for a refused change. Delivered
// later by deliverWebhooks() (deliver-webhooks.ts).
import { sql, type SQL } from "drizzle-orm";
import type { AtomicStep } from "@/db/client";
import type { WebhookEvent } from "@/db/schema/open-api";
import { statement } from "../workflow/statement";

const ID_SQL = sql.raw("lower(hex(random_bytes(10)))"); // 20 characters of the id alphabet (see db/ids.ts)

export type WebhookNotice = {
  event: WebhookEvent;
  /** The institutions whose endpoints receive it; "everyone" for public news (a programme published). */
  to: { institutions: readonly string[] } | "everyone";
  /** Public facts only: ids, references, statuses — never a person. */
  data: Record<string, string | number | boolean | null>;
  /** Written only if this holds once the change is written (e.g. the signature brought the agreement into force). */
  onlyIf?: SQL;
};

function webhookStep(notice: WebhookNotice): AtomicStep | null {
  const receivers =
    notice.to === "everyone"
      ? sql``
      : notice.to.institutions.length
        ? sql` and e.institution_id in (${sql.join(
            notice.to.institutions.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : null;
  if (!receivers) return null;
  const onlyIf = notice.onlyIf ? sql` and exists (${notice.onlyIf})` : sql``;
  const payload = JSON.stringify({ event: notice.event, occurredAt: new Date().toISOString(), data: notice.data });
  return {
    statement: statement(
      sql`insert into webhook_deliveries (id, endpoint_id, event, payload, status, attempts, next_attempt_at, created_at) select ${ID_SQL}, e.id, ${notice.event}, ${payload}, 'pending', 0, utc_timestamp(3), utc_timestamp(3) from webhook_endpoints e where e.revoked_at is null${receivers}${onlyIf}`,
    ),
  };
}

/** The outbox rows of a change's webhook events, as steps of its atomic write. */
export function webhookSteps(notices: readonly WebhookNotice[] = []): AtomicStep[] {
  return notices.map(webhookStep).filter((s): s is AtomicStep => s !== null);
}
