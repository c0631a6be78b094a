// Claiming due rows: one guarded UPDATE stamps a fresh lease token on at most `limit` rows that
// are pending, due and not leased by a live claim. Row locks make the UPDATE atomic per row, so
// two workers never hold the same row; a worker that dies leaves its lease to expire and the
// row is claimed again. The claim counts as an attempt BEFORE anything is sent.
import { sql } from "drizzle-orm";
import { retryOnDeadlock, rowsOf, type Database } from "@/db/client";
import { newId } from "@/db/ids";

export type ClaimedEmail = {
  id: string;
  toAddress: string;
  locale: string;
  template: string;
  params: Record<string, string>;
  path: string;
  query: string | null;
  attempts: number;
};

export type Claim = { token: string; rows: ClaimedEmail[] };

type Row = { id: string; to_address: string; locale: string; template: string; params: string; path: string; query: string | null; attempts: number };

/** Claims up to `limit` due rows for `leaseMs` (the oldest due first). Two round trips. */
export async function claimDue(db: Database, options: { limit: number; leaseMs: number }): Promise<Claim> {
  const token = newId();
  const limit = Math.max(1, Math.min(Math.trunc(options.limit), 500));
  const leaseMicros = Math.max(1, Math.trunc(options.leaseMs)) * 1000;
  // Two claims, or a claim and another worker's mark, can deadlock: the loser runs again.
  await retryOnDeadlock(() =>
    db.execute(sql`
    update email_outbox
       set lease_token = ${token},
           lease_until = date_add(utc_timestamp(3), interval ${leaseMicros} microsecond),
           attempts = attempts + 1
     where status = 'pending'
       and next_attempt_at <= utc_timestamp(3)
       and (lease_until is null or lease_until < utc_timestamp(3))
     order by next_attempt_at, id
     limit ${limit}`),
  );
  const result = await db.execute(
    sql`select id, to_address, locale, template, params, path, query, attempts from email_outbox where lease_token = ${token} and status = 'pending' order by next_attempt_at, id`,
  );
  const rows = rowsOf<Row>(result).map((r) => ({
    id: r.id,
    toAddress: r.to_address,
    locale: r.locale,
    template: r.template,
    params: (typeof r.params === "string" ? JSON.parse(r.params) : r.params) as Record<string, string>,
    path: r.path,
    query: r.query,
    attempts: Number(r.attempts),
  }));
  return { token, rows };
}
