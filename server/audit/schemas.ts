import "../common/zod-browser";
import { z } from "zod";

export const auditFilters = z.object({
  action: z.string().trim().max(64).optional().catch(undefined),
  objectType: z.string().trim().max(32).optional().catch(undefined),
  objectId: z.string().trim().max(64).optional().catch(undefined),
  actorUserId: z.string().trim().max(20).optional().catch(undefined),
  institutionId: z.string().trim().max(20).optional().catch(undefined),
  from: z.coerce.date().optional().catch(undefined),
  to: z.coerce.date().optional().catch(undefined),
  /** Keyset pagination: entries with an id below this one. */
  before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().catch(undefined),
});
export type AuditFilters = z.infer<typeof auditFilters>;

/** Which batch of the audit chain the admin page checks: the entries after this position (0: from the start). */
export const auditChainBatchInput = z.object({
  afterSeq: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).catch(0),
});
export type AuditChainBatchInput = z.infer<typeof auditChainBatchInput>;
