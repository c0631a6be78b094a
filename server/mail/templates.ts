// The email templates, rendered in the recipient's language from messages/<locale>/email.json.
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales";
import ar from "@/messages/ar/email.json" with { type: "json" };
import en from "@/messages/en/email.json" with { type: "json" };
import es from "@/messages/es/email.json" with { type: "json" };
import fr from "@/messages/fr/email.json" with { type: "json" };
import pt from "@/messages/pt/email.json" with { type: "json" };
import ru from "@/messages/ru/email.json" with { type: "json" };
import zh from "@/messages/zh/email.json" with { type: "json" };
import { env } from "../env";

/** An email ready to send. */
export type Email = { to: string; subject: string; text: string };

const CATALOGUES: Record<Locale, typeof en> = { en, fr, es, ar, zh, ru, pt };

export type EmailTemplate =
  | "verifyEmail"
  | "resetPassword"
  | "accountExists"
  | "membershipRequested"
  | "membershipInvited"
  | "institutionDecided"
  | "programmeSubmitted"
  | "reviewerAssigned"
  | "reviewerRecused"
  | "reviewerSeatEnded"
  | "programmeDecided"
  | "applicationReceived"
  | "applicationDecided"
  | "programmeStatusChanged"
  | "signatureRequested"
  | "agreementInForce"
  | "signaturesVoided"
  | "agreementExpiring"
  | "reportPublished";

/** Absolute link into the app, in the recipient's language. */
export function appUrl(locale: Locale, path: string, base = env().NEXTAUTH_URL): string {
  return new URL(`/${locale}${path}`, base).toString();
}

export type TemplatedEmail = { to: string; locale: string; template: EmailTemplate; params: Record<string, string>; path: string; query?: string };

/** Renders one of the email templates in the recipient's language. */
export function renderEmail(args: TemplatedEmail, base?: string): Email {
  const locale: Locale = isLocale(args.locale) ? args.locale : DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages: { email: CATALOGUES[locale] }, namespace: "email" });
  const link = appUrl(locale, args.path, base) + (args.query ?? "");
  const text = [t("greeting"), "", t(`${args.template}.body`, args.params), "", link, "", t("signature")].join("\n");
  return { to: args.to, subject: t(`${args.template}.subject`, args.params), text };
}
