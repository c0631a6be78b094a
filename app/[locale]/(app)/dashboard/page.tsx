import { getTranslations, setRequestLocale } from "next-intl/server";
import { InstitutionWork } from "@/components/dashboard/institution-work";
import { NextSteps } from "@/components/dashboard/next-steps";
import { MyInstitutions } from "@/components/memberships/my-institutions";
import { MyInvitations } from "@/components/memberships/my-invitations";
import { MyRequests } from "@/components/memberships/my-requests";
import { dashboardPage } from "@/server/pages/dashboard/dashboard";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";
import { RelatedLinks } from "@/components/ui/related-links";

export const generateMetadata = titleFrom("dashboard.overview");

export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, dashboard] = await Promise.all([getTranslations({ locale, namespace: "dashboard.overview" }), readPage(dashboardPage, { locale, path: "/dashboard" })]);
  const { active, invited, requested } = dashboard;
  // What to do next comes first, per role (issue #15.8); registering or joining another
  // institution stays available below, no longer as the first button for an owner.
  return (
    <div>
      <div className="mb-6">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-gray-700">{t("greeting", { name: dashboard.name })}</p>
      </div>
      <NextSteps locale={locale} steps={dashboard.nextSteps} />
      <MyInstitutions locale={locale} memberships={active} />
      <MyInvitations locale={locale} invitations={invited} />
      <MyRequests locale={locale} requests={requested} />
      {dashboard.work.map((work) => (
        <InstitutionWork key={work.membership.institutionId} locale={locale} work={work} />
      ))}
      <RelatedLinks className="mt-8 text-sm" links={[{ href: "/dashboard/institutions/new", label: t("registerInstitution") }, { href: "/dashboard/join", label: t("joinInstitution") }]} />
    </div>
  );
}
