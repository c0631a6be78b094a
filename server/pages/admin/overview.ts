// /admin — the administration overview: pending verifications, for user admins the number of users, and the signing rule.
import { can } from "../../authz/permissions";
import { forbidUnless, pageRead, signedIn } from "../page-read";

export const adminOverviewPage = pageRead("adminOverviewPage", async (ctx) => {
  const viewer = signedIn(ctx);
  forbidUnless(can(viewer, "institution.reviewQueue"));
  const [queue, users, factors] = await Promise.all([
    ctx.api.institutions.verificationQueue(),
    can(viewer, "user.list") ? ctx.api.admin.users({ page: 1 }) : Promise.resolve(null),
    ctx.api.stepUp.mine(),
  ]);
  return {
    pendingCount: queue.pending.length,
    usersTotal: users?.total ?? null,
    // The platform's signing rule, for admins who may change it (server/step-up/).
    signingStepUp: can(viewer, "platform.signingStepUp") ? { required: factors.requiredByPlatform } : null,
  };
});
