import { desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { outboxEmails } from "@/db/schema";

export type OutboxEmail = { id: string; to: string; subject: string; body: string; createdAt: Date };

/** The latest emails kept in the outbox (no SMTP configured), newest first; optionally for one recipient. */
export async function listOutbox(db: Executor, options: { to?: string | null; limit?: number } = {}): Promise<OutboxEmail[]> {
  const limit = Math.min(Math.max(options.limit ?? 100, 1), 100);
  const to = options.to?.trim().toLowerCase();
  const rows = await db
    .select({ id: outboxEmails.id, to: outboxEmails.toAddress, subject: outboxEmails.subject, body: outboxEmails.textBody, createdAt: outboxEmails.createdAt })
    .from(outboxEmails)
    .where(to ? eq(outboxEmails.toAddress, to) : undefined)
    .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
    .limit(limit);
  return rows;
}
