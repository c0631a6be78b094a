// /notifications — the signed-in user's latest notifications, newest first, with the unread count.
import { pageRead, signedIn } from "./page-read";

/** notifications.list answers with the latest 20. */
export const NOTIFICATIONS_LIST_LIMIT = 20;

export const notificationsPage = pageRead("notificationsPage", async (ctx) => {
  signedIn(ctx);
  return { ...(await ctx.api.notifications.list()), limit: NOTIFICATIONS_LIST_LIMIT };
});
