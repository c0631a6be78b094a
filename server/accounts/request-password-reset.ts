import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { UseCaseContext } from "../context";
import { sendTemplatedEmail } from "../mail/send-templated-email";
import { issueEmailToken } from "./email-tokens";

/** Sends a reset link if the address belongs to an account. Answers the same either way (no account enumeration). */
export async function requestPasswordReset(ctx: UseCaseContext, input: { email: string; locale: string }) {
  const { db } = ctx;
  const [user] = await db.select({ id: users.id, locale: users.locale }).from(users).where(eq(users.email, input.email)).limit(1);
  if (!user) return { sent: true };
  const token = await issueEmailToken(db, user.id, "reset_password");
  await sendTemplatedEmail(db, {
    to: input.email,
    locale: user.locale,
    template: "resetPassword",
    params: {},
    path: "/reset-password",
    query: `?token=${token}`,
  });
  return { sent: true };
}
