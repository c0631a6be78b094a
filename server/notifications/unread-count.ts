import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { notifications } from "@/db/schema";

/** How many of the user's notifications are unread: one small count query (uses notifications_user_idx). */
export async function unreadNotificationCount(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}
