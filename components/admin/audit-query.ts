import { auditFilters, type AuditFilters } from "@/server/audit/schemas";
import { firstParam } from "./search-params";

export const AUDIT_OBJECT_TYPES = ["institution", "membership", "user"] as const;
export const AUDIT_FILTER_KEYS = ["action", "objectType", "objectId", "actorUserId", "institutionId", "from", "to"] as const;
export type AuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reads the audit page's query string with the shared `auditFilters` schema. `values` keeps the
 * accepted filters as strings (to refill the form and to build the "older entries" link); a
 * date-only `to` covers the whole day (UTC), as a person choosing "to 3 March" expects.
 */
export function parseAuditQuery(query: Record<string, string | string[] | undefined>) {
  const raw: Record<string, string> = {};
  for (const key of [...AUDIT_FILTER_KEYS, "before"] as const) {
    const value = firstParam(query[key])?.trim();
    if (value) raw[key] = value;
  }
  const filters: AuditFilters = auditFilters.parse(raw);
  if (filters.to && raw.to && DATE_ONLY.test(raw.to)) filters.to = new Date(filters.to.getTime() + DAY_MS - 1);

  const values: Partial<Record<AuditFilterKey, string>> = {};
  for (const key of AUDIT_FILTER_KEYS) {
    if (filters[key] !== undefined && raw[key]) values[key] = raw[key];
  }
  return { filters, values };
}
