import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProgrammeCard } from "@/components/catalogue/programme-card";
import { HomeFigures } from "@/components/institutions/home-figures";
import { Link } from "@/i18n/server-link";
import { isLocale } from "@/i18n/locales";
import { homePage } from "@/server/pages/public/home";
import { readPage } from "@/server/pages/read-page";
import { Section } from "@/components/ui/section";

const AREAS = ["capacity", "application", "data"] as const;
const STEPS = ["register", "programmes", "data", "transparency"] as const;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [t, { stats, teaser, today }] = await Promise.all([getTranslations({ locale, namespace: "home" }), readPage(homePage, { locale, path: "" })]);
  const primary = "inline-flex min-h-11 items-center justify-center rounded bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800";
  const secondary =
    "inline-flex min-h-11 items-center justify-center rounded border border-brand-700 bg-white px-5 py-2 font-medium text-brand-800 hover:bg-brand-50";

  return (
    <div className="space-y-12 sm:space-y-16">
      <section aria-labelledby="hero-title" className="rounded-2xl bg-brand-50 px-5 py-10 sm:px-10 sm:py-14">
        <p className="text-sm font-semibold text-brand-800">{t("hero.eyebrow")}</p>
        <h1 id="hero-title" className="mt-2 max-w-3xl text-3xl font-bold leading-tight sm:text-4xl">
          {t("hero.title")}
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-gray-800">{t("hero.lead")}</p>
        <div className="mt-6 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
          <Link href="/programmes" className={primary}>
            {t("hero.browseProgrammes")}
          </Link>
          <Link href="/institutions" className={secondary}>
            {t("hero.browse")}
          </Link>
          <Link href="/dashboard/institutions/new" className={secondary}>
            {t("hero.register")}
          </Link>
          <Link href="/sign-up" className={secondary}>
            {t("hero.signUp")}
          </Link>
        </div>
      </section>

      <HomeFigures locale={locale} stats={stats} />

      <section aria-labelledby="open-programmes-title" className="space-y-4">
        <div>
          <h2 id="open-programmes-title" className="text-2xl font-bold">
            {t("programmes.title")}
          </h2>
          <p className="mt-2 max-w-3xl text-gray-800">{teaser.length > 0 ? t("programmes.body") : t("programmes.empty")}</p>
        </div>
        {teaser.length > 0 && (
          <ul className="grid gap-4 md:grid-cols-3">
            {teaser.map((item) => (
              <li key={item.reference}>
                <ProgrammeCard locale={locale} item={item} today={today} />
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href={{ pathname: "/programmes", query: { status: "open" } }} className="font-medium text-brand-700 underline hover:text-brand-800">
            {t("programmes.all")}
          </Link>
        </p>
      </section>

      <Section id="areas-title" title={t("areas.title")} className="" headingClassName="text-2xl font-bold">
        <ul className="mt-4 grid gap-4 md:grid-cols-3">
          {AREAS.map((area) => (
            <li key={area} className="rounded-lg border border-gray-200 bg-white p-5">
              <h3 className="text-lg font-semibold">{t(`areas.${area}.title`)}</h3>
              <p className="mt-2 text-gray-700">{t(`areas.${area}.body`)}</p>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="audience-title" title={t("audience.title")} className="max-w-3xl" headingClassName="text-2xl font-bold">
        <p className="mt-3 text-gray-800">{t("audience.body")}</p>
      </Section>

      <Section id="steps-title" title={t("steps.title")} className="" headingClassName="text-2xl font-bold">
        <ol className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {STEPS.map((step, index) => (
            <li key={step} className="flex gap-3 rounded-lg border border-gray-200 bg-white p-5">
              <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-700 font-bold text-white">
                {(index + 1).toLocaleString(locale)}
              </span>
              <div>
                <h3 className="font-semibold">{t(`steps.${step}.title`)}</h3>
                <p className="mt-1 text-sm text-gray-700">{t(`steps.${step}.body`)}</p>
              </div>
            </li>
          ))}
        </ol>
      </Section>
    </div>
  );
}
