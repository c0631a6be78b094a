import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { DeskGroup, type DeskGroupKey } from "@/components/review-desk/desk-group";
import { Link } from "@/i18n/navigation";
import { reviewDeskPage } from "@/server/pages/reviews/desk";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";

const GROUPS: readonly DeskGroupKey[] = ["submitted", "under_review", "changes_requested"];

export const generateMetadata = titleFrom("reviewDesk.desk");

export default async function ReviewDeskPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tLinks, { items }] = await Promise.all([
    getTranslations({ locale, namespace: "reviewDesk.desk" }),
    getTranslations({ locale, namespace: "matching.links" }),
    readPage(reviewDeskPage, { locale, path: "/review-desk" }),
  ]);

  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-gray-700">{t("intro")}</p>
      <AdminNav locale={locale} current="reviewDesk" />
      <p className="mb-6 flex flex-wrap gap-4">
        <Link href="/review-desk/batch" className="text-brand-700 underline">
          {tLinks("batch")}
        </Link>
        <Link href="/review-desk/reviewers" className="text-brand-700 underline">
          {tLinks("reviewers")}
        </Link>
      </p>
      {GROUPS.map((group) => (
        <DeskGroup key={group} locale={locale} group={group} items={items.filter((item) => item.status === group)} />
      ))}
    </div>
  );
}
