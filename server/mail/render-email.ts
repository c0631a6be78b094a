// Renders an email from one language's catalogue (messages/<locale>/email.json). Pure: the
// caller supplies the catalogue, so tools outside the app (the e2e helpers) render emails
// exactly as the app sends them.
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/i18n/locales";

/** An email ready to send. */
export type Email = { to: string; subject: string; text: string };
export type EmailCatalogue = Record<string, unknown>;
export type EmailContent = { to: string; template: string; params: Record<string, string>; path: string; query?: string };

export function renderEmailIn(catalogue: EmailCatalogue, locale: Locale, args: EmailContent, base: string): Email {
  const t = createTranslator({ locale, messages: { email: catalogue }, namespace: "email" }) as unknown as (key: string, params?: Record<string, string>) => string;
  const link = new URL(`/${locale}${args.path}`, base).toString() + (args.query ?? "");
  const text = [t("greeting"), "", t(`${args.template}.body`, args.params), "", link, "", t("signature")].join("\n");
  return { to: args.to, subject: t(`${args.template}.subject`, args.params), text };
}
