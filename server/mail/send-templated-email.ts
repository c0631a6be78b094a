// LEGACY, kept for one caller: notify() below the agreement-expiry warning of
// server/agreements/get-agreement.ts (the `outbox` helper's, which removes that side effect).
// Every use case queues its emails as notices of its own atomic write (server/notifications/notices.ts).
import type { Executor } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import type { TemplatedEmail } from "./templates";

export { appUrl, renderEmail, type EmailTemplate, type TemplatedEmail } from "./templates";

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
