import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { openPage, type LocalePageProps } from "@/app/page-props";
import { AdminNav } from "@/components/admin/admin-nav";
import { SigningStepUpForm } from "@/components/admin/signing-step-up-form";
import { Link } from "@/i18n/navigation";
import { adminOverviewPage } from "@/server/pages/admin/overview";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";

export const generateMetadata = titleFrom("admin.overview");

export default async function AdminOverviewPage(props: LocalePageProps) {
  const { locale } = await openPage(props);
  const [{ pendingCount, usersTotal, signingStepUp }, t] = await Promise.all([
    readPage(adminOverviewPage, { locale, path: "/admin" }),
    getTranslations({ locale, namespace: "admin.overview" }),
  ]);

  const areas = [
    { href: "/admin/institutions", title: t("institutionsLink"), text: t("pendingCount", { count: pendingCount }), highlight: pendingCount > 0 },
    { href: "/admin/users", title: t("usersLink"), text: usersTotal !== null ? t("usersCount", { count: usersTotal }) : t("usersDescription"), highlight: false },
    { href: "/admin/audit", title: t("auditLink"), text: t("auditDescription"), highlight: false },
  ];

  return (
    <div>
      <PageHeading title={t("title")} intro={t("intro")}>
        <AdminNav locale={locale} current="overview" />
      </PageHeading>
      <ul className="grid gap-4 sm:grid-cols-3">
        {areas.map((area) => (
          <li key={area.href} className={`rounded border p-4 ${area.highlight ? "border-amber-400 bg-amber-50" : "border-gray-200 bg-white"}`}>
            <h2 className="text-lg font-semibold">
              <Link href={area.href} className="text-brand-700 underline hover:no-underline">
                {area.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-gray-700">{area.text}</p>
          </li>
        ))}
      </ul>
      {signingStepUp && <SigningStepUpForm required={signingStepUp.required} />}
    </div>
  );
}
