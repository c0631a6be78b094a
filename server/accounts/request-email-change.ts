import { and, eq, isNull, sql } from "drizzle-orm";
import { newId } from "@/db/ids";
import { emailTokens } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { invalidFields } from "../errors";
import { sqlDatetime } from "../throttle/keys";
import { LIMITS } from "../throttle/limits";
import { assertWithinLimits } from "../throttle/rate-limited";
import { countHit } from "../throttle/window-counter";
import { commit, type ChangeStep } from "../workflow/commit";
import { statement } from "../workflow/statement";
import { proveCurrentPassword } from "./current-password";
import { newEmailToken, tokenExpiry } from "./email-tokens";

/** No account (other than nobody) uses the address: the condition of the steps that send a confirmation link. */
const addressFree = (address: string) => sql`not exists (select 1 from users taken where taken.email = ${address})`;

/**
 * The signed-in user asks to move the account to a new address, giving the current password.
 * Nothing about the account changes yet: one atomic write ends the earlier pending change (its
 * link stops working), stores the new one as a `change_email` token carrying the new address, and
 * queues the emails — a confirmation link to the NEW address, and a notice to the current one
 * ("a change was requested; if it was not you…"). The address changes only when the link is
 * followed (confirm-email-change.ts).
 *
 * An address another account uses gets the same answer after the same statements: the token
 * and the link are INSERT … SELECT on `addressFree`, so they write no row, and the owner of that
 * address is told instead (by the same kind of INSERT … SELECT on the taken account) that
 * somebody tried to move an account to it — never a link. The requester learns nothing
 * (docs/SECURITY.md, "Changing the email address").
 */
export async function requestEmailChange(ctx: UseCaseContext, input: { newEmail: string; currentPassword: string }) {
  const { viewer } = ctx;
  assertCan(viewer, "account.changeEmail");
  const db = ctx.db;
  const now = new Date();
  const { account, clearStep } = await proveCurrentPassword({ ...ctx, viewer }, input.currentPassword, now);
  if (input.newEmail === account.email) throw invalidFields({ newEmail: ["validation.emailUnchanged"] });
  // Emails to the new address count against its limit (3 an hour), known or not.
  assertWithinLimits([await countHit(db, LIMITS.emailsToAddress, input.newEmail, now)]);
  const { token, tokenHash } = newEmailToken();
  const confirm = { path: "/confirm-email", query: `?token=${token}` };
  const changes: ChangeStep[] = [
    { statement: db.update(emailTokens).set({ usedAt: now }).where(and(eq(emailTokens.userId, account.id), eq(emailTokens.purpose, "change_email"), isNull(emailTokens.usedAt))) },
    {
      statement: statement(
        sql`insert into email_tokens (id, user_id, purpose, token_hash, new_email, expires_at, used_at, created_at) select ${newId()}, u.id, 'change_email', ${tokenHash}, ${input.newEmail}, ${sqlDatetime(tokenExpiry("change_email", now))}, null, ${sqlDatetime(now)} from users u where u.id = ${account.id} and ${addressFree(input.newEmail)}`,
      ),
    },
    {
      statement: statement(
        sql`insert into email_outbox (id, to_address, locale, template, params, path, query, status, attempts, next_attempt_at, created_at) select ${newId()}, ${input.newEmail}, u.locale, 'confirmEmailChange', ${JSON.stringify({ name: account.name })}, ${confirm.path}, ${confirm.query}, 'pending', 0, utc_timestamp(3), utc_timestamp(3) from users u where u.id = ${account.id} and ${addressFree(input.newEmail)}`,
      ),
    },
    {
      statement: statement(
        sql`insert into email_outbox (id, to_address, locale, template, params, path, query, status, attempts, next_attempt_at, created_at) select ${newId()}, taken.email, taken.locale, 'emailChangeAddressTaken', '{}', '/forgot-password', null, 'pending', 0, utc_timestamp(3), utc_timestamp(3) from users taken where taken.email = ${input.newEmail}`,
      ),
    },
    clearStep,
  ];
  await commit(db, {
    changes,
    event: {
      action: "user.request_email_change",
      objectType: "user",
      objectId: account.id,
      actorUserId: account.id,
      onBehalfOfInstitutionId: null,
      changes: {},
      context: { newEmail: input.newEmail },
    },
    emails: [{ address: account.email, locale: account.locale, template: "emailChangeRequested", params: { newEmail: input.newEmail }, path: "/forgot-password" }],
    request: requestFacts(ctx.meta),
  });
  return { sent: input.newEmail };
}
