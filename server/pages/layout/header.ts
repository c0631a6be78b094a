// The site header of every page under /{locale}: who is signed in, the areas they may open, and
// their unread notifications (one small count query).
import { can } from "../../authz/permissions";
import { unreadNotificationCount } from "../../notifications/unread-count";
import { pageRead } from "../page-read";

export const siteHeader = pageRead("siteHeader", async (ctx) => {
  const { viewer } = ctx;
  return {
    signedIn: viewer ? { name: viewer.name, unread: await unreadNotificationCount(ctx.db, viewer.userId) } : null,
    links: { reviews: can(viewer, "review.workspace"), reviewDesk: can(viewer, "programme.reviewDesk"), admin: can(viewer, "institution.reviewQueue") },
  };
});

export type SiteHeaderView = Awaited<ReturnType<typeof siteHeader.run>>;
