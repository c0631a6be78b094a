import type { UseCaseContext } from "../context";
import { LIMITS } from "../throttle/limits";
import { issueLinkByEmail } from "./email-link-request";

/**
 * Sends a reset link if the address belongs to an active account. Answers the same, after the
 * same database work, either way (no account enumeration). A new link makes every earlier one
 * stop working; at most 3 emails an hour go to one address (RATE_LIMITED beyond, known or not).
 */
export async function requestPasswordReset(ctx: UseCaseContext, input: { email: string; locale: string }) {
  await issueLinkByEmail(ctx.db, {
    email: input.email,
    purpose: "reset_password",
    perAddress: LIMITS.resetPerAddress,
    meta: ctx.meta,
    now: new Date(),
    link: (_account, token) => ({ template: "resetPassword", params: {}, path: "/reset-password", query: `?token=${token}` }),
  });
  return { sent: true };
}
