import { getTranslations, setRequestLocale } from "next-intl/server";
import { InstitutionForm } from "@/components/institutions/institution-form";
import { institutionFormOptions } from "@/components/institutions/form-options";
import { newInstitutionPage } from "@/server/pages/dashboard/institution";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = titleFrom("dashboard.newInstitution");

export default async function NewInstitutionPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, { countries }] = await Promise.all([
    getTranslations({ locale, namespace: "dashboard.newInstitution" }),
    readPage(newInstitutionPage, { locale, path: "/dashboard/institutions/new" }),
  ]);
  const options = await institutionFormOptions(locale, countries);
  return (
    <div>
      <BackLink href="/dashboard">{t("back")}</BackLink>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-2xl text-gray-700">{t("intro")}</p>
      <InstitutionForm mode="register" countries={options.countries} types={options.types} />
    </div>
  );
}
