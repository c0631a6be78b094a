import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { RubricForm } from "@/components/review-desk/rubric-form";
import { rubricPage } from "@/server/pages/admin/rubric";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";

export const generateMetadata = titleFrom("reviewDesk.rubric");

export default async function AdminRubricPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, { criteria }] = await Promise.all([getTranslations({ locale, namespace: "reviewDesk.rubric" }), readPage(rubricPage, { locale, path: "/admin/rubric" })]);

  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-prose text-gray-700">{t("intro")}</p>
      <AdminNav locale={locale} current="rubric" />
      <RubricForm criteria={criteria} />
    </div>
  );
}
