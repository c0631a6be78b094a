// /admin/audit/chain — the audit chain checked entry by entry, one bounded batch per request, for admins.
import { can } from "../../authz/permissions";
import { forbidUnless, pageRead, signedIn } from "../page-read";

export const auditChainPage = pageRead("auditChainPage", async (ctx, afterSeq: number) => {
  forbidUnless(can(signedIn(ctx), "audit.read"));
  return ctx.api.admin.auditChain({ afterSeq });
});
