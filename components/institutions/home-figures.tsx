import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Section } from "@/components/ui/section";

/** Live headline figures from the directory, with links to the open data behind them. */
export async function HomeFigures({ locale, stats }: { locale: string; stats: { institutions: number; countries: number } }) {
  const t = await getTranslations({ locale, namespace: "home" });
  const number = (chunks: ReactNode) => <span className="block text-3xl font-bold text-brand-700 sm:text-4xl">{chunks}</span>;
  const linkClass = "text-brand-700 underline hover:text-brand-800";
  return (
    <Section id="figures-title" title={t("figures.title")} className="" headingClassName="text-2xl font-bold">
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        <li className="rounded-lg border border-gray-200 bg-white p-5 text-gray-700">
          {t.rich("figures.institutions", { count: stats.institutions, n: number })}
        </li>
        <li className="rounded-lg border border-gray-200 bg-white p-5 text-gray-700">
          {t.rich("figures.countries", { count: stats.countries, n: number })}
        </li>
      </ul>
      <p className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-sm text-gray-700">
        <span>{t("figures.openData")}</span>
        <a href="/api/open/institutions.json" type="application/json" className={linkClass}>
          {t("figures.json")}
        </a>
        <a href="/api/open/institutions.csv" type="text/csv" className={linkClass}>
          {t("figures.csv")}
        </a>
      </p>
    </Section>
  );
}
