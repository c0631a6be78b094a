import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { SignedInViewer } from "../authz/viewer";
import type { UseCaseContext } from "../context";
import { DomainError } from "../errors";
import { backoffVerdict, clearFailures, recordFailure } from "../throttle/backoff";
import { rateLimited } from "../throttle/rate-limited";
import type { ChangeStep } from "../workflow/commit";
import { signInKeys } from "./authenticate";
import { verifyPassword } from "./passwords";

/** The refusal of a wrong current password: WRONG_PASSWORD, with the message on the form's field. */
export const wrongCurrentPassword = () => new DomainError("WRONG_PASSWORD", {}, undefined, { currentPassword: ["validation.wrongCurrentPassword"] });

/**
 * A change of the signed-in account's own credentials proves the current password first. A wrong
 * one counts as a failed sign-in of the account (same back-off as the sign-in form: guessing
 * through a stolen session is as slow as through the form); while backed off even the right one
 * is refused (RATE_LIMITED). Returns the account and the step that clears its failures, to be
 * written with the change.
 */
export async function proveCurrentPassword(ctx: UseCaseContext & { viewer: SignedInViewer }, password: string, now: Date) {
  const { db, viewer } = ctx;
  const keys = signInKeys(viewer.email, ctx.meta);
  const [[account], backoff] = await Promise.all([
    db
      .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
      .from(users)
      .where(eq(users.id, viewer.userId))
      .limit(1),
    backoffVerdict(db, keys, now),
  ]);
  if (!account) throw new DomainError("UNAUTHENTICATED");
  if (backoff.limited) throw rateLimited(backoff.retryAfterSeconds);
  if (!(await verifyPassword(account.passwordHash, password))) {
    await Promise.all(keys.map((k) => recordFailure(db, k, now)));
    throw wrongCurrentPassword();
  }
  const clearStep: ChangeStep = { statement: clearFailures(db, keys[0]!) };
  return { account, clearStep };
}
