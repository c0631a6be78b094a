import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { notifications } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";

/** The signed-in user's latest notifications and unread count, in one query. */
export async function listNotifications(ctx: UseCaseContext, limit = 20) {
  assertCan(ctx.viewer, "notification.read");
  const rows = await ctx.db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      params: notifications.params,
      path: notifications.path,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      unread: sql<number>`(select count(*) from notifications n where n.user_id = ${ctx.viewer.userId} and n.read_at is null)`.mapWith(Number),
    })
    .from(notifications)
    .where(eq(notifications.userId, ctx.viewer.userId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
  return { unread: rows[0]?.unread ?? 0, items: rows.map(({ unread: _u, ...n }) => n) };
}

/** Marks one (or all) of the user's notifications read. Reading is not a change of state: no audit entry. */
export async function markNotificationsRead(ctx: UseCaseContext, input: { id?: string }) {
  assertCan(ctx.viewer, "notification.read");
  const mine = eq(notifications.userId, ctx.viewer.userId);
  await ctx.db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(mine, isNull(notifications.readAt), input.id ? eq(notifications.id, input.id) : undefined));
  return { ok: true };
}
