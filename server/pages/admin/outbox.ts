// /admin/outbox — the emails the outbox gave up on (dead letters), each with a retry.
import { can } from "../../authz/permissions";
import { forbidUnless, pageRead, signedIn } from "../page-read";

export const deadLettersPage = pageRead("deadLettersPage", async (ctx, page: number) => {
  forbidUnless(can(signedIn(ctx), "outbox.read"));
  return { result: await ctx.api.admin.deadLetters({ page }) };
});
