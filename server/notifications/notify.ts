import { eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { notifications, platformRoles, users } from "@/db/schema";
import { sendTemplatedEmails } from "../mail/send-templated-email";
import type { NotificationKind } from "./kinds";

export { NOTIFICATION_KINDS, type NotificationKind } from "./kinds";

export type Recipients = { userIds: string[] } | { role: "admin" | "reviewer" };

/**
 * LEGACY, kept for one caller: the agreement-expiry warning of server/agreements/get-agreement.ts
 * (server/agreements/notify-parties.ts), which the `outbox` helper removes. Every use case tells
 * people through notices of its own atomic write (server/notifications/notices.ts).
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
