import { createTranslator } from "use-intl/core";
import type { Executor } from "@/db/client";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales";
import ar from "@/messages/ar/email.json";
import en from "@/messages/en/email.json";
import es from "@/messages/es/email.json";
import fr from "@/messages/fr/email.json";
import pt from "@/messages/pt/email.json";
import ru from "@/messages/ru/email.json";
import zh from "@/messages/zh/email.json";
import { env } from "../env";
import { sendEmail } from "./send-email";

const CATALOGUES: Record<Locale, typeof en> = { en, fr, es, ar, zh, ru, pt };

export type EmailTemplate =
  | "verifyEmail"
  | "resetPassword"
  | "membershipRequested"
  | "membershipInvited"
  | "institutionDecided"
  | "programmeSubmitted"
  | "reviewerAssigned"
  | "reviewerRecused"
  | "programmeDecided";

/** Absolute link into the app, in the recipient's language. */
export function appUrl(locale: Locale, path: string): string {
  return new URL(`/${locale}${path}`, env().NEXTAUTH_URL).toString();
}

/** Renders one of the email templates in the recipient's language and sends it. */
export async function sendTemplatedEmail(
  db: Executor,
  args: { to: string; locale: string; template: EmailTemplate; params: Record<string, string>; path: string; query?: string },
): Promise<void> {
  const locale: Locale = isLocale(args.locale) ? args.locale : DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages: { email: CATALOGUES[locale] }, namespace: "email" });
  const link = appUrl(locale, args.path) + (args.query ?? "");
  const text = [t("greeting"), "", t(`${args.template}.body`, args.params), "", link, "", t("signature")].join("\n");
  await sendEmail(db, { to: args.to, subject: t(`${args.template}.subject`, args.params), text });
}
