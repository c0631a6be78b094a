import { getTranslations } from "next-intl/server";
import { openPage, type LocalePageProps } from "@/app/page-props";
import { PageHeading } from "@/components/ui/page-heading";
import { AdminNav } from "@/components/admin/admin-nav";
import { RubricForm } from "@/components/review-desk/rubric-form";
import { rubricPage } from "@/server/pages/admin/rubric";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";

export const generateMetadata = titleFrom("reviewDesk.rubric");

export default async function AdminRubricPage(props: LocalePageProps) {
  const { locale } = await openPage(props);
  const [t, { criteria }] = await Promise.all([getTranslations({ locale, namespace: "reviewDesk.rubric" }), readPage(rubricPage, { locale, path: "/admin/rubric" })]);

  return (
    <div>
      <PageHeading title={t("title")} intro={t("intro")} introClassName="mb-6 max-w-prose text-gray-700">
        <AdminNav locale={locale} current="rubric" />
      </PageHeading>
      <RubricForm criteria={criteria} />
    </div>
  );
}
