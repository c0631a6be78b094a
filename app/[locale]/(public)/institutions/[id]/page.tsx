import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InstitutionFacts } from "@/components/institutions/institution-facts";
import { JoinCallToAction } from "@/components/institutions/join-call-to-action";
import { Link } from "@/i18n/server-link";
import { isLocale } from "@/i18n/locales";
import { institutionPage } from "@/server/pages/public/institutions";
import { peekPage, readPage } from "@/server/pages/read-page";
import { Section } from "@/components/ui/section";
import { LedProgrammes } from "@/components/institutions/led-programmes";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  const institution = (await peekPage(institutionPage, locale, id))?.institution;
  if (!institution) {
    const t = await getTranslations({ locale, namespace: "institutions" });
    return { title: t("notFound.metaTitle"), robots: { index: false } };
  }
  return {
    title: institution.acronym ? `${institution.name} (${institution.acronym})` : institution.name,
    description: institution.description.slice(0, 200),
    robots: institution.status === "verified" ? undefined : { index: false },
  };
}

export default async function InstitutionPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ locale, id }, query] = await Promise.all([params, searchParams]);
  const page = Number(Array.isArray(query.page) ? query.page[0] : query.page) || 1;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [{ institution, programmes, signedIn }, t] = await Promise.all([(page > 1 ? readPage(institutionPage, { locale, path: `/institutions/${id}` }, id, page) : readPage(institutionPage, { locale, path: `/institutions/${id}` }, id)), getTranslations({ locale, namespace: "institutions" })]);

  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <p>
        <Link href="/institutions" className="text-sm text-brand-700 underline hover:text-brand-800">
          <span aria-hidden="true" className="me-1 inline-block rtl:-scale-x-100">←</span>
          {t("detail.back")}
        </Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold break-words sm:text-3xl">
          <bdi>{institution.name}</bdi>
        </h1>
        {institution.acronym && (
          <p className="text-lg text-gray-700">
            <bdi>{institution.acronym}</bdi>
          </p>
        )}
      </header>

      <Section id="about-title" title={t("detail.about")} className="" headingClassName="mb-2 text-xl font-semibold">
        <p dir="auto" className="whitespace-pre-line break-words text-gray-800">
          {institution.description}
        </p>
      </Section>

      <Section id="details-title" title={t("detail.details")} className="" headingClassName="mb-2 text-xl font-semibold">
        <InstitutionFacts locale={locale} institution={institution} />
      </Section>

      <Section id="programmes-title" title={t("detail.programmes")} className="" headingClassName="mb-2 text-xl font-semibold">
        <LedProgrammes locale={locale} institutionId={institution.id} programmes={programmes} />
      </Section>

      <Section id="membership-title" title={t("detail.membership")} className="rounded-lg border border-gray-200 bg-white p-4" headingClassName="mb-2 text-xl font-semibold">
        <JoinCallToAction locale={locale} institutionId={institution.id} canManage={institution.private !== null} signedIn={signedIn} />
      </Section>
    </article>
  );
}
