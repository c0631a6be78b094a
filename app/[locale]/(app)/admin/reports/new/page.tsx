import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { NewReportForm, type NewReportInitial } from "@/components/reports/new-report-form";
import { previousQuarter } from "@/components/reports/periods";
import { Link } from "@/i18n/navigation";
import { newReportPage } from "@/server/pages/admin/reports";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";

type SearchParams = Record<string, string | string[] | undefined>;

export const generateMetadata = titleFrom("transparency.admin.new");

/** A new draft report; with ?supersedes=<id>, a correction of that published report (same period to start with). */
export default async function NewReportPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = (await searchParams).supersedes;
  const [t, { correcting, defaultThreshold }] = await Promise.all([
    getTranslations({ locale, namespace: "transparency.admin" }),
    readPage(newReportPage, { locale, path: "/admin/reports/new" }, typeof raw === "string" ? raw : undefined),
  ]);
  const fallback = previousQuarter(new Date().toISOString().slice(0, 10));
  const initial: NewReportInitial = correcting
    ? {
        title: correcting.title,
        periodKind: correcting.periodKind,
        periodStart: correcting.periodStart,
        periodEnd: correcting.periodEnd,
        suppressionThreshold: correcting.suppressionThreshold,
        supersedesReportId: correcting.id,
      }
    : { title: "", periodKind: "quarter", periodStart: fallback.start, periodEnd: fallback.end, suppressionThreshold: defaultThreshold };

  return (
    <div>
      <p className="mb-2">
        <Link href="/admin/reports" className="text-sm text-brand-700 underline hover:text-brand-800">
          <span aria-hidden="true" className="me-1 inline-block rtl:-scale-x-100">←</span>
          {t("new.back")}
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{t("new.title")}</h1>
      <p className="mb-6 max-w-3xl text-gray-700">{correcting ? t("new.correctionIntro", { title: correcting.title }) : t("new.intro")}</p>
      <AdminNav locale={locale} current="reports" />
      <NewReportForm initial={initial} />
    </div>
  );
}
