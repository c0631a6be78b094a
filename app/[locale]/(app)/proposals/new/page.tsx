import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewProposalForm } from "@/components/programmes/new-proposal-form";
import { newProposalPage } from "@/server/pages/programmes/proposal";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";
import type { LocalePageProps } from "@/app/page-props";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = titleFrom("programmes", "new.title");

/** Starts a proposal for ?institution=<id>; only members of that verified institution get here. */
export default async function NewProposalPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const institutionId = typeof query.institution === "string" ? query.institution : "";
  const [membership, t] = await Promise.all([
    readPage(newProposalPage, { locale, path: `/proposals/new?institution=${encodeURIComponent(institutionId)}` }, institutionId),
    getTranslations({ locale, namespace: "programmes" }),
  ]);

  return (
    <div>
      <BackLink href={`/dashboard/institutions/${institutionId}`}>{t("new.back", { institution: membership.institutionName })}</BackLink>
      <h1 className="mb-2 text-3xl font-bold">{t("new.title")}</h1>
      <p className="mb-6 max-w-2xl text-gray-700">{t("new.intro", { institution: membership.institutionName })}</p>
      <NewProposalForm institutionId={institutionId} />
    </div>
  );
}
