// The daily digest (issue #16), a scheduled job (server/jobs/notification-digests.ts). Notices
// whose recipient chose "daily digest" for their group wait as `notification_digest_items`
// (written by commit()'s notice statements, server/notifications/notices.ts). Once per UTC day,
// each person with items from before that day gets ONE email listing them, in their language:
// the digest row (unique per person and day), the items marked as carried by it (a guarded
// UPDATE of exactly the items read), the outbox row and one `notification.digest` audit event are
// one commit(). Two runs at once: the second finds the day's key taken (or the items gone) and
// writes nothing. Bounded: at most `limit` people a run; the rest wait for the next run.
import { and, asc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { newId } from "@/db/ids";
import { notificationDigestItems, notificationDigests, users } from "@/db/schema";
import { isLocale, DEFAULT_LOCALE } from "@/i18n/locales";
import { DomainError } from "../errors";
import { env } from "../env";
import { emailCatalogue } from "../mail/templates";
import { commit } from "../workflow/commit";
import { digestText } from "./digest-text";

/** The most items one digest carries (the rest wait for the next day's). */
export const DIGEST_MAX_ITEMS = 500;

export type DigestRun = { due: number; sent: number; alreadySent: number };

/** Sends the digests of up to `limit` people whose items from before `now`'s UTC day are pending (oldest first). */
export async function sendDailyDigests(db: Database, options: { limit?: number; now?: Date } = {}): Promise<DigestRun> {
  const now = options.now ?? new Date();
  const day = now.toISOString().slice(0, 10);
  const dayStart = new Date(`${day}T00:00:00.000Z`);
  const limit = Math.max(1, Math.min(options.limit ?? 50, 200));
  const due = await db
    .select({ userId: notificationDigestItems.userId })
    .from(notificationDigestItems)
    .where(
      and(
        isNull(notificationDigestItems.digestId),
        lt(notificationDigestItems.createdAt, dayStart),
        sql`not exists (select 1 from notification_digests d where d.user_id = ${notificationDigestItems.userId} and d.day = ${day})`,
      ),
    )
    .groupBy(notificationDigestItems.userId)
    .orderBy(asc(sql`min(${notificationDigestItems.createdAt})`), asc(notificationDigestItems.userId))
    .limit(limit);
  const run: DigestRun = { due: due.length, sent: 0, alreadySent: 0 };
  for (const { userId } of due) {
    if (await sendDigest(db, userId, day, dayStart)) run.sent++;
    else run.alreadySent++;
  }
  return run;
}

/** One person's digest; false when another run sent it (or took its items) first. */
async function sendDigest(db: Database, userId: string, day: string, dayStart: Date): Promise<boolean> {
  const [[user], items] = await Promise.all([
    db.select({ email: users.email, locale: users.locale }).from(users).where(eq(users.id, userId)).limit(1),
    db
      .select({ id: notificationDigestItems.id, kind: notificationDigestItems.kind, params: notificationDigestItems.params, path: notificationDigestItems.path })
      .from(notificationDigestItems)
      .where(and(eq(notificationDigestItems.userId, userId), isNull(notificationDigestItems.digestId), lt(notificationDigestItems.createdAt, dayStart)))
      .orderBy(asc(notificationDigestItems.createdAt), asc(notificationDigestItems.id))
      .limit(DIGEST_MAX_ITEMS),
  ]);
  if (!user || items.length === 0) return false;
  const locale = isLocale(user.locale) ? user.locale : DEFAULT_LOCALE;
  const digestId = newId();
  try {
    await commit(db, {
      changes: [
        { statement: db.insert(notificationDigests).values({ id: digestId, userId, day, itemCount: items.length }) },
        {
          statement: db
            .update(notificationDigestItems)
            .set({ digestId })
            .where(and(inArray(notificationDigestItems.id, items.map((item) => item.id)), isNull(notificationDigestItems.digestId))),
          expectRows: items.length,
        },
      ],
      emails: [
        {
          address: user.email,
          locale,
          template: "notificationDigest",
          params: { count: String(items.length), items: digestText(emailCatalogue(locale), locale, items, env().NEXTAUTH_URL) },
          path: "/notifications",
        },
      ],
      event: {
        action: "notification.digest",
        objectType: "user",
        objectId: userId,
        actorUserId: null,
        onBehalfOfInstitutionId: null,
        changes: { digestItems: { before: items.length, after: 0 } },
        context: { day, job: "notification-digests" },
      },
      request: { ip: null, userAgent: "scheduled job" },
      onDuplicate: () => new DomainError("CONFLICT"),
    });
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.code === "CONFLICT") return false;
    throw error;
  }
}
