// /admin — the administration overview: pending verifications and, for user admins, the number of users.
import { can } from "../../authz/permissions";
import { forbidUnless, pageRead, signedIn } from "../page-read";

export const adminOverviewPage = pageRead("adminOverviewPage", async (ctx) => {
  const viewer = signedIn(ctx);
  forbidUnless(can(viewer, "institution.reviewQueue"));
  const [queue, users] = await Promise.all([ctx.api.institutions.verificationQueue(), can(viewer, "user.list") ? ctx.api.admin.users({ page: 1 }) : Promise.resolve(null)]);
  return { pendingCount: queue.pending.length, usersTotal: users?.total ?? null };
});
