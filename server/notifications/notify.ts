import { eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { notifications, platformRoles, users } from "@/db/schema";
import { sendTemplatedEmails } from "../mail/send-templated-email";

export const NOTIFICATION_KINDS = [
  "programmeSubmitted",
  "reviewerAssigned",
  "reviewerRecused",
  "reviewerSeatEnded",
  "programmeDecided",
  "applicationReceived",
  "applicationDecided",
  "programmeStatusChanged",
  "signatureRequested",
  "agreementInForce",
  "signaturesVoided",
  "agreementExpiring",
  "reportPublished",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type Recipients = { userIds: string[] } | { role: "admin" | "reviewer" };

/**
 * Tells people that something asks them to act: one in-app notification each and one
 * email each, in the recipient's language. Call it through afterResponse().
 */
export async function notify(db: Executor, to: Recipients, kind: NotificationKind, params: Record<string, string>, path: string): Promise<void> {
  const recipients =
    "userIds" in to
      ? to.userIds.length
        ? await db.select({ id: users.id, email: users.email, locale: users.locale }).from(users).where(inArray(users.id, to.userIds))
        : []
      : await db
          .select({ id: users.id, email: users.email, locale: users.locale })
          .from(platformRoles)
          .innerJoin(users, eq(users.id, platformRoles.userId))
          .where(eq(platformRoles.role, to.role));
  if (recipients.length === 0) return;
  await Promise.all([
    db.insert(notifications).values(recipients.map((r) => ({ userId: r.id, kind, params, path }))),
    sendTemplatedEmails(db, recipients.map((r) => ({ to: r.email, locale: r.locale, template: kind, params, path }))),
  ]);
}
