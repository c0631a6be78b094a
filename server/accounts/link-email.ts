// The email carrying a one-time link (confirm the address, reset the password), queued in the
// same atomic write as its token. It is an INSERT … SELECT on the account the token was made
// for, sent whether or not such an account exists: for an unknown address it queues nothing,
// and the database work — hence the answer's timing — is the same (no account enumeration).
import { sql, type SQL } from "drizzle-orm";
import { newId } from "@/db/ids";
import type { EmailTemplate } from "../mail/templates";
import type { ChangeStep } from "../workflow/commit";
import { statement } from "../workflow/statement";

export type LinkEmail = { template: EmailTemplate; params: Record<string, string>; path: string; query: string };

/** Queues `email` to the active account with this address (and, for a confirmation, not confirmed yet). */
export function linkEmailStep(address: string, email: LinkEmail, { unverifiedOnly }: { unverifiedOnly: boolean }): ChangeStep {
  const unverified: SQL = unverifiedOnly ? sql` and u.email_verified_at is null` : sql``;
  return {
    statement: statement(
      sql`insert into email_outbox (id, to_address, locale, template, params, path, query, status, attempts, next_attempt_at, created_at) select ${newId()}, u.email, u.locale, ${email.template}, ${JSON.stringify(email.params)}, ${email.path}, ${email.query}, 'pending', 0, utc_timestamp(3), utc_timestamp(3) from users u where u.email = ${address} and u.status = 'active'${unverified}`,
    ),
  };
}
