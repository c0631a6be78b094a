import { getTranslations, setRequestLocale } from "next-intl/server";
import { InstitutionWork } from "@/components/dashboard/institution-work";
import { MyInstitutions } from "@/components/memberships/my-institutions";
import { MyInvitations } from "@/components/memberships/my-invitations";
import { MyRequests } from "@/components/memberships/my-requests";
import { Link } from "@/i18n/navigation";
import { dashboardPage } from "@/server/pages/dashboard/dashboard";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";

export const generateMetadata = titleFrom("dashboard.overview");

export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, dashboard] = await Promise.all([getTranslations({ locale, namespace: "dashboard.overview" }), readPage(dashboardPage, { locale, path: "/dashboard" })]);
  const { active, invited, requested } = dashboard;
  const action = "inline-flex min-h-10 items-center rounded px-4 py-2 text-sm font-medium";
  return (
    <div>
      <div className="mb-8 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-gray-700">{t("greeting", { name: dashboard.name })}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/dashboard/institutions/new" className={`${action} bg-brand-700 text-white hover:bg-brand-800`}>
            {t("registerInstitution")}
          </Link>
          <Link href="/dashboard/join" className={`${action} border border-gray-300 bg-white text-gray-900 hover:bg-gray-50`}>
            {t("joinInstitution")}
          </Link>
        </div>
      </div>
      <MyInstitutions locale={locale} memberships={active} />
      <MyInvitations locale={locale} invitations={invited} />
      <MyRequests locale={locale} requests={requested} />
      {dashboard.work.map((work) => (
        <InstitutionWork key={work.membership.institutionId} locale={locale} work={work} />
      ))}
    </div>
  );
}
