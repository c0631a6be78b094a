// The email templates, rendered in the recipient's language from messages/<locale>/email.json.
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales";
import ar from "@/messages/ar/email.json" with { type: "json" };
import en from "@/messages/en/email.json" with { type: "json" };
import es from "@/messages/es/email.json" with { type: "json" };
import fr from "@/messages/fr/email.json" with { type: "json" };
import pt from "@/messages/pt/email.json" with { type: "json" };
import ru from "@/messages/ru/email.json" with { type: "json" };
import zh from "@/messages/zh/email.json" with { type: "json" };
import { env } from "../env";

import { renderEmailIn, type Email, type EmailCatalogue } from "./render-email";

export type { Email } from "./render-email";

const CATALOGUES: Record<Locale, typeof en> = { en, fr, es, ar, zh, ru, pt };

export type EmailTemplate =
  | "verifyEmail"
  | "resetPassword"
  | "accountExists"
  | "passwordChanged"
  | "confirmEmailChange"
  | "emailChangeRequested"
  | "emailChangeAddressTaken"
  | "emailChanged"
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
  | "reportPublished"
  | "coLeadChanged"
  | "discussionMessage"
  | "discussionMention"
  | "notificationDigest";

/** One language's email catalogue (the daily digest renders its items' subjects with it). */
export function emailCatalogue(locale: string): EmailCatalogue {
  return CATALOGUES[isLocale(locale) ? locale : DEFAULT_LOCALE];
}

/** Absolute link into the app, in the recipient's language. */
export function appUrl(locale: Locale, path: string, base = env().NEXTAUTH_URL): string {
  return new URL(`/${locale}${path}`, base).toString();
}

export type TemplatedEmail = { to: string; locale: string; template: EmailTemplate; params: Record<string, string>; path: string; query?: string };

/** Renders one of the email templates in the recipient's language. */
export function renderEmail(args: TemplatedEmail, base = env().NEXTAUTH_URL): Email {
  const locale: Locale = isLocale(args.locale) ? args.locale : DEFAULT_LOCALE;
  return renderEmailIn(CATALOGUES[locale], locale, args, base);
}
