// /dev/outbox — the emails kept in the database when no SMTP server is configured: only with demo
// data loaded and outside production (the outbox may hold live reset links); nobody signs in.
import { env } from "../../env";
import { demoData } from "../../platform/demo-accounts";
import { listOutbox } from "../../platform/list-outbox";
import { notFoundUnless, pageRead } from "../page-read";

export const outboxPage = pageRead("outboxPage", async (ctx, to: string) => {
  notFoundUnless(env().DEPLOYMENT_ENV !== "production" && (await demoData(ctx.db)).loaded, "outbox");
  return { emails: await listOutbox(ctx.db, { to, limit: 100 }) };
});
