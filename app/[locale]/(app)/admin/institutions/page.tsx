import { getTranslations } from "next-intl/server";
import { openPage, type LocalePageProps } from "@/app/page-props";
import { PageHeading } from "@/components/ui/page-heading";
import { EmptyNote } from "@/components/ui/empty-note";
import { ActionStatusProvider } from "@/components/admin/action-status";
import { AdminNav } from "@/components/admin/admin-nav";
import { InstitutionReviewItem } from "@/components/admin/institution-review-item";
import type { ViewOf } from "@/server/pages/page-read";
import { verificationQueuePage } from "@/server/pages/admin/institutions";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";

export const generateMetadata = titleFrom("admin.institutions");

export default async function AdminInstitutionsPage(props: LocalePageProps) {
  const { locale } = await openPage(props);
  const [t, queue] = await Promise.all([getTranslations({ locale, namespace: "admin.institutions" }), readPage(verificationQueuePage, { locale, path: "/admin/institutions" })]);

  const sections: { key: "pending" | "verified" | "suspended"; rows: ViewOf<typeof verificationQueuePage>["pending"]; detailed: boolean }[] = [
    { key: "pending", rows: queue.pending, detailed: true },
    { key: "verified", rows: queue.verified, detailed: false },
    { key: "suspended", rows: queue.suspended, detailed: false },
  ];

  return (
    <div>
      <PageHeading title={t("title")} intro={t("intro")}>
        <AdminNav locale={locale} current="institutions" />
      </PageHeading>
      <ActionStatusProvider>
        {sections.map(({ key, rows, detailed }) => (
          <section key={key} aria-labelledby={`section-${key}`} className="mb-10">
            <h2 id={`section-${key}`} className="mb-1 text-2xl font-semibold">
              {t(`sections.${key}.title`)} <span className="text-base font-normal text-gray-600">({rows.length})</span>
            </h2>
            <p className="mb-4 text-sm text-gray-600">{t(`sections.${key}.description`)}</p>
            {rows.length === 0 ? (
              <EmptyNote>{t(`sections.${key}.empty`)}</EmptyNote>
            ) : (
              <ul className={detailed ? "space-y-4" : "grid gap-4 md:grid-cols-2"}>
                {rows.map(({ institution, events }) => (
                  <InstitutionReviewItem key={institution.id} institution={institution} events={events} locale={locale} detailed={detailed} />
                ))}
              </ul>
            )}
          </section>
        ))}
      </ActionStatusProvider>
    </div>
  );
}
