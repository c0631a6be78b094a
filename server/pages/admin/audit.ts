// /admin/audit — the audit log with filters, newest first, for admins.
import type { AuditFilters } from "../../audit/schemas";
import { can } from "../../authz/permissions";
import { forbidUnless, pageRead, signedIn } from "../page-read";

export const auditLogPage = pageRead("auditLogPage", async (ctx, filters: AuditFilters) => {
  forbidUnless(can(signedIn(ctx), "audit.read"));
  return ctx.api.admin.audit(filters);
});
