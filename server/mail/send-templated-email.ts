// LEGACY: queues templated emails outside the change's own write. Use cases move to notices
// written in the same atomic write (server/notifications/notices.ts); the outbox worker
// (server/outbox/) delivers both.
import type { Executor } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import type { TemplatedEmail } from "./templates";

export { appUrl, renderEmail, type EmailTemplate, type TemplatedEmail } from "./templates";

export async function sendTemplatedEmail(db: Executor, args: TemplatedEmail): Promise<void> {
  await sendTemplatedEmails(db, [args]);
}

/** Queues many emails, each in its recipient's language, in one INSERT. */
export async function sendTemplatedEmails(db: Executor, list: TemplatedEmail[]): Promise<void> {
  if (list.length === 0) return;
  await db.insert(emailOutbox).values(
    list.map((e) => ({
      toAddress: e.to,
      locale: isLocale(e.locale) ? e.locale : DEFAULT_LOCALE,
      template: e.template,
      params: e.params,
      path: e.path,
      query: e.query ?? null,
    })),
  );
}
