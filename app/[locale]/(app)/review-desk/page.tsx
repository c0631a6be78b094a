import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { DeskGroup, type DeskGroupKey } from "@/components/review-desk/desk-group";
import { reviewDeskPage } from "@/server/pages/reviews/desk";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";

const GROUPS: readonly DeskGroupKey[] = ["submitted", "under_review", "changes_requested"];

export const generateMetadata = titleFrom("reviewDesk.desk");

export default async function ReviewDeskPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, { items }] = await Promise.all([getTranslations({ locale, namespace: "reviewDesk.desk" }), readPage(reviewDeskPage, { locale, path: "/review-desk" })]);

  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-gray-700">{t("intro")}</p>
      <AdminNav locale={locale} current="reviewDesk" />
      {GROUPS.map((group) => (
        <DeskGroup key={group} locale={locale} group={group} items={items.filter((item) => item.status === group)} />
      ))}
    </div>
  );
}
