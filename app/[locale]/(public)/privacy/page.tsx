import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { DocumentPage, documentMetadata } from "@/components/help/document-page";
import { isLocale } from "@/i18n/locales";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? documentMetadata(locale, "privacy") : {};
}

/** Privacy page: a translated document (messages/<locale>/documents/privacy.md), server-rendered, no script. */
export default async function PrivacyPage({ params }: { params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <DocumentPage locale={locale} name="privacy" />;
}
