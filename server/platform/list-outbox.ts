import { desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { renderEmail } from "../mail/templates";

export type OutboxEmail = { id: string; to: string; subject: string; body: string; createdAt: Date; status: string };

/** The latest queued or delivered emails (rendered as they are sent), newest first; optionally for one recipient. */
export async function listOutbox(db: Executor, options: { to?: string | null; limit?: number } = {}): Promise<OutboxEmail[]> {
  const limit = Math.min(Math.max(options.limit ?? 100, 1), 100);
  const to = options.to?.trim().toLowerCase();
  const rows = await db
    .select()
    .from(emailOutbox)
    .where(to ? eq(emailOutbox.toAddress, to) : undefined)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(limit);
  return rows.map((row) => {
    const email = renderEmail({ to: row.toAddress, locale: row.locale, template: row.template as never, params: row.params, path: row.path, query: row.query ?? undefined });
    return { id: row.id, to: row.toAddress, subject: email.subject, body: email.text, createdAt: row.createdAt, status: row.status };
  });
}
