import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { openPage, type LocalePageProps } from "@/app/page-props";
import { AdminNav } from "@/components/admin/admin-nav";
import { DeskGroup, type DeskGroupKey } from "@/components/review-desk/desk-group";
import { reviewDeskPage } from "@/server/pages/reviews/desk";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";
import { RelatedLinks } from "@/components/ui/related-links";

const GROUPS: readonly DeskGroupKey[] = ["submitted", "under_review", "changes_requested"];

export const generateMetadata = titleFrom("reviewDesk.desk");

export default async function ReviewDeskPage(props: LocalePageProps) {
  const { locale } = await openPage(props);
  const [t, tLinks, { items }] = await Promise.all([
    getTranslations({ locale, namespace: "reviewDesk.desk" }),
    getTranslations({ locale, namespace: "matching.links" }),
    readPage(reviewDeskPage, { locale, path: "/review-desk" }),
  ]);

  return (
    <div>
      <PageHeading title={t("title")} intro={t("intro")}>
        <AdminNav locale={locale} current="reviewDesk" />
      </PageHeading>
      <RelatedLinks links={[{ href: "/review-desk/batch", label: tLinks("batch") }, { href: "/review-desk/reviewers", label: tLinks("reviewers") }]} />
      {GROUPS.map((group) => (
        <DeskGroup key={group} locale={locale} group={group} items={items.filter((item) => item.status === group)} />
      ))}
    </div>
  );
}
