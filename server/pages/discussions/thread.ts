// /discussions/[id] — one thread for those who may read it (anybody else finds nothing here).
import { idSchema } from "../../institutions/schemas";
import { notFoundUnless, pageRead, signedIn } from "../page-read";

export const discussionPage = pageRead("discussionPage", async (ctx, threadId: string, page: number = 1) => {
  signedIn(ctx);
  notFoundUnless(idSchema.safeParse(threadId).success, "thread");
  return ctx.api.discussions.thread({ threadId, page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1 });
});
