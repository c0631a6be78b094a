import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { sendTemplatedEmails, type EmailTemplate } from "../mail/send-templated-email";

/** Emails every active owner of an institution, each in their own language. */
export async function notifyOwners(
  db: Executor,
  institutionId: string,
  message: { template: EmailTemplate; params: Record<string, string>; path: string },
): Promise<void> {
  const owners = await db
    .select({ email: users.email, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.institutionId, institutionId), eq(memberships.status, "active"), eq(memberships.role, "owner")));
  await sendTemplatedEmails(db, owners.map((o) => ({ to: o.email, locale: o.locale, ...message })));
}
