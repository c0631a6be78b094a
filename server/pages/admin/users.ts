// /admin/users — users and their platform roles, searchable and paginated.
import { can } from "../../authz/permissions";
import { forbidUnless, pageRead, signedIn } from "../page-read";

export const usersPage = pageRead("usersPage", async (ctx, q: string | undefined, page: number) => {
  const viewer = signedIn(ctx);
  forbidUnless(can(viewer, "user.list"));
  return { result: await ctx.api.admin.users({ q, page }), viewerId: viewer.userId };
});
