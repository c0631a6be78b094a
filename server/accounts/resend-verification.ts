import type { UseCaseContext } from "../context";
import { LIMITS } from "../throttle/limits";
import { issueLinkByEmail } from "./email-link-request";

/**
 * Sends a new confirmation link to an account whose address is not confirmed yet; the earlier
 * links stop working. Same answer and same database work whatever the address (no account
 * enumeration); throttled per client address and per email like a password reset.
 */
export async function resendVerification(ctx: UseCaseContext, input: { email: string; locale: string }) {
  await issueLinkByEmail(ctx.db, {
    email: input.email,
    purpose: "verify_email",
    perAddress: LIMITS.verifyResendPerAddress,
    meta: ctx.meta,
    now: new Date(),
    link: (account, token) => ({ template: "verifyEmail", params: { name: account.name }, path: "/verify-email", query: `?token=${token}` }),
  });
  return { sent: true };
}
