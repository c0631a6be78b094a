import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { DocumentPage } from "@/components/help/document-page";
import type { DocumentName } from "@/i18n/documents";
import { isLocale } from "@/i18n/locales";
import { documentPage } from "@/server/pages/public/documents";
import { peekPage, readPage } from "@/server/pages/read-page";

type Params = Promise<{ locale: string }>;

/** The metadata and the page of the route /{locale}/<name> that shows a help document (its "# " heading is the title). */
export function documentRoute(name: DocumentName) {
  async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
    const { locale } = await params;
    const document = isLocale(locale) ? await peekPage(documentPage, locale, name) : null;
    return document ? { title: document.title } : {};
  }
  async function Page({ params }: { params: Params }) {
    const { locale } = await params;
    if (!isLocale(locale)) notFound();
    setRequestLocale(locale);
    const document = await readPage(documentPage, { locale, path: `/${name}` }, name);
    return <DocumentPage name={name} title={document.title} body={document.body} />;
  }
  return { generateMetadata, Page };
}
