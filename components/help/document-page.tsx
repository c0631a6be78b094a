import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { Markdown } from "@/components/programmes/markdown";
import { fillPlaceholders, readDocument, splitTitle, type DocumentName } from "@/i18n/documents";
import { isLocale, type Locale } from "@/i18n/locales";
import { env } from "@/server/env";

/** A help document of the reader's locale, placeholders filled in, split into its title and body. */
export function loadDocument(locale: Locale, name: DocumentName) {
  const markdown = fillPlaceholders(readDocument(locale, name), { contactEmail: env().CONTACT_EMAIL, locale });
  return splitTitle(markdown);
}

/** The page title of a help document (its "# " heading). */
export function documentMetadata(locale: Locale, name: DocumentName): Metadata {
  return { title: loadDocument(locale, name).title };
}

/**
 * A help document as a page: its title as the page's only h1, the Markdown below it (its "##"
 * headings become h2), rendered on the server with the project's safe Markdown renderer. No
 * script, no client messages: the text is in the HTML.
 */
export function DocumentPage({ locale, name }: { locale: Locale; name: DocumentName }) {
  const { title, body } = loadDocument(locale, name);
  return (
    <article className="mx-auto max-w-3xl" data-document={name}>
      <h1 className="mb-6 text-2xl font-bold sm:text-3xl">{title}</h1>
      <div className="[&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-bold [&_li]:mb-1">
        <Markdown headingLevel={2}>{body}</Markdown>
      </div>
    </article>
  );
}

type Params = Promise<{ locale: string }>;

/** The metadata and the page of the route /{locale}/<name> that shows a help document. */
export function documentRoute(name: DocumentName) {
  async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
    const { locale } = await params;
    return isLocale(locale) ? documentMetadata(locale, name) : {};
  }
  async function Page({ params }: { params: Params }) {
    const { locale } = await params;
    if (!isLocale(locale)) notFound();
    setRequestLocale(locale);
    return <DocumentPage locale={locale} name={name} />;
  }
  return { generateMetadata, Page };
}
