import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { DocumentPage, documentMetadata } from "@/components/help/document-page";
import { isLocale } from "@/i18n/locales";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? documentMetadata(locale, "accessibility") : {};
}

/** Accessibility page: a translated document (messages/<locale>/documents/accessibility.md), server-rendered, no script. */
export default async function AccessibilityPage({ params }: { params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <DocumentPage locale={locale} name="accessibility" />;
}
