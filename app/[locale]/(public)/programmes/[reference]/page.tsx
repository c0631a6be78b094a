import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { FlagshipBadge } from "@/components/catalogue/flagship-badge";
import { HowToApply } from "@/components/catalogue/how-to-apply";
import { OutcomeTables } from "@/components/catalogue/outcome-tables";
import { PlaceList } from "@/components/catalogue/place-list";
import { formatMoney } from "@/components/programmes/content-view";
import { Markdown } from "@/components/programmes/markdown";
import { ProgrammeStatusBadge } from "@/components/programmes/status-badge";
import { formatDateRange } from "@/i18n/date-range";
import { getReferenceNames } from "@/i18n/get-reference-names";
import { Link } from "@/i18n/server-link";
import { isLocale } from "@/i18n/locales";
import { publicProgrammePage } from "@/server/pages/public/catalogue";
import { peekPage, readPage } from "@/server/pages/read-page";
import { Section } from "@/components/ui/section";
import { PublicQuestions } from "@/components/discussions/public-questions";
import { displayNamesFor, listFormatFor } from "@/i18n/intl-cache";

type Params = Promise<{ locale: string; reference: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, reference } = await params;
  const data = await peekPage(publicProgrammePage, locale, reference);
  if (!data) {
    const t = await getTranslations({ locale, namespace: "catalogue" });
    return { title: t("detail.notFound"), robots: { index: false } };
  }
  return { title: data.programme.title, description: data.programme.summary.slice(0, 200) };
}

const calendar = (iso: string) => new Date(`${iso}T00:00:00Z`);
const linkClass = "text-brand-700 underline hover:text-brand-800";

export default async function ProgrammePage({ params }: { params: Params }) {
  const { locale, reference } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [data, t, tp, format, names] = await Promise.all([
    readPage(publicProgrammePage, { locale, path: `/programmes/${reference}` }, reference),
    getTranslations({ locale, namespace: "catalogue" }),
    getTranslations({ locale, namespace: "programmes" }),
    getFormatter({ locale }),
    getReferenceNames(locale),
  ]);
  const { programme: p, lead, coLeads, participants, hub, spillovers, sectors, mechanism } = data;
  const country = names.country;
  const list = (items: string[]) => listFormatFor(locale).format(items);
  const date = (iso: string | null) => (iso ? format.dateTime(calendar(iso), { dateStyle: "long", timeZone: "UTC" }) : t("detail.notSet"));
  const languageNames = displayNamesFor(locale, "language");
  const institution = (i: { id: string; name: string; countryCode: string }) => (
    <>
      <Link href={`/institutions/${i.id}`} className={linkClass}>
        <bdi>{i.name}</bdi>
      </Link>{" "}
      <span className="text-gray-700">({country(i.countryCode)})</span>
    </>
  );

  const facts: { label: string; value: ReactNode }[] = [
    { label: t("detail.reference"), value: <span dir="ltr">{p.reference}</span> },
    { label: tp("fields.workingArea"), value: p.workingArea ? tp(`workingAreas.${p.workingArea}`) : t("detail.notSet") },
    { label: tp("fields.format"), value: p.format ? tp(`formats.${p.format}`) : t("detail.notSet") },
    {
      label: tp("fields.sectors"),
      value: list(sectors.map((s) => names.sector(s.code, s.name))),
    },
    { label: tp("fields.mechanismCode"), value: mechanism ? names.mechanism(mechanism.code, mechanism.name) : t("detail.notSet") },
    {
      label: t("detail.dates"),
      value: p.startDate && p.endDate ? formatDateRange(locale, p.startDate, p.endDate) : t("detail.notSet"),
    },
    { label: tp("fields.applicationDeadline"), value: date(p.applicationDeadline) },
    {
      label: tp("fields.capacity"),
      value: p.capacity === null ? t("detail.notSet") : t("detail.capacity", { capacity: p.capacity, accepted: p.acceptedCount }),
    },
    { label: tp("fields.languages"), value: p.languages.length ? list(p.languages.map((l) => languageNames?.of(l) ?? l)) : t("detail.notSet") },
    { label: tp("fields.budgetAmount"), value: p.budgetAmount !== null ? formatMoney(locale, p.budgetAmount, p.budgetCurrency ?? undefined) : t("detail.notSet") },
    { label: tp("fields.involvesDataSharing"), value: p.involvesDataSharing ? t("detail.yes") : t("detail.no") },
  ];

  return (
    <article className="mx-auto max-w-4xl space-y-8">
      <p>
        <Link href="/programmes" className={`text-sm ${linkClass}`}>
          <span aria-hidden="true" className="me-1 inline-block rtl:-scale-x-100">←</span>
          {t("detail.back")}
        </Link>
      </p>

      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <ProgrammeStatusBadge status={p.status} />
          {p.isFlagship && <FlagshipBadge long />}
          <span className="text-sm text-gray-700" dir="ltr">
            {p.reference}
          </span>
        </div>
        <h1 className="text-2xl font-bold sm:text-3xl" dir="auto">
          {p.title}
        </h1>
        <p className="max-w-3xl text-lg text-gray-800" dir="auto">
          {p.summary}
        </p>
        <p className="text-gray-800">{t.rich("detail.ledBy", { lead: () => institution(lead) })}</p>
      </header>

      <HowToApply locale={locale} data={data} />

      <Section id="about-title" title={t("detail.about")} className="" headingClassName="mb-2 text-xl font-semibold">
        <Markdown headingLevel={3}>{p.description}</Markdown>
      </Section>

      <Section id="facts-title" title={t("detail.facts")} className="" headingClassName="mb-2 text-xl font-semibold">
        <dl className="grid gap-x-6 gap-y-3 rounded border border-gray-200 bg-white p-4 sm:grid-cols-[max-content_1fr]">
          {facts.map((f) => (
            <div key={f.label} className="contents">
              <dt className="font-medium text-gray-800">{f.label}</dt>
              <dd className="min-w-0 text-gray-900">{f.value}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="where-title" title={t("detail.where")} className="" headingClassName="mb-2 text-xl font-semibold">
        <PlaceList locale={locale} hub={hub} spillovers={spillovers} />
      </Section>

      <Section id="partners-title" title={t("detail.partners")} className="space-y-4" headingClassName="text-xl font-semibold">
        <div>
          <h3 className="font-semibold">{t("detail.lead")}</h3>
          <p>{institution(lead)}</p>
        </div>
        <div>
          <h3 className="font-semibold">{t("detail.coLeads")}</h3>
          {coLeads.length === 0 ? (
            <p className="text-gray-700">{t("detail.noCoLeads")}</p>
          ) : (
            <ul className="list-disc ps-5">
              {coLeads.map((c) => (
                <li key={c.id}>{institution(c)}</li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="font-semibold">{t("detail.participants", { count: participants.length })}</h3>
          {participants.length === 0 ? (
            <p className="text-gray-700">{t("detail.noParticipants")}</p>
          ) : (
            <ul className="list-disc ps-5">
              {participants.map((c) => (
                <li key={c.id}>{institution(c)}</li>
              ))}
            </ul>
          )}
        </div>
      </Section>

      <Section id="outcomes-title" title={t("detail.outcomes")} className="" headingClassName="mb-2 text-xl font-semibold">
        <OutcomeTables locale={locale} outcomes={p.outcomes} report={p.outcomeReport} />
      </Section>

      <PublicQuestions locale={locale} data={data.questions} askHref={`/programmes/${p.reference}/questions`} signedIn={data.viewer.signedIn} />
    </article>
  );
}
