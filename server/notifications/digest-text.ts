// The list of a daily digest, written in its recipient's language: each item's email subject and
// its link, at most DIGEST_LINES of them, then how many more wait on the notifications page. Pure
// (the catalogue is given), so unit tests render it as the job does.
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/i18n/locales";
import type { EmailCatalogue } from "../mail/render-email";

export const DIGEST_LINES = 20;

export type DigestItem = { kind: string; params: Record<string, string>; path: string };

export function digestText(catalogue: EmailCatalogue, locale: Locale, items: readonly DigestItem[], base: string): string {
  const t = createTranslator({ locale, messages: { email: catalogue }, namespace: "email" }) as unknown as (key: string, params?: Record<string, string | number>) => string;
  const lines = items.slice(0, DIGEST_LINES).map((item) => `• ${t(`${item.kind}.subject`, item.params)}\n  ${new URL(`/${locale}${item.path}`, base).toString()}`);
  const more = items.length - DIGEST_LINES;
  return [...lines, ...(more > 0 ? [t("notificationDigest.more", { count: more })] : [])].join("\n");
}
