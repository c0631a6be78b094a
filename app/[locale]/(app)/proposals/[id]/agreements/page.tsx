import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewAgreementForm } from "@/components/agreements/new-agreement-form";
import { ProgrammeAgreementsTable } from "@/components/agreements/programme-agreements-table";
import { ProgrammeStatusBadge } from "@/components/programmes/status-badge";
import { Alert } from "@/components/ui/alert";
import { programmeAgreementsPage } from "@/server/pages/agreements/programme-agreements";
import { peekPage, readPage } from "@/server/pages/read-page";
import { BackLink } from "@/components/ui/back-link";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: "agreements" });
  const data = await peekPage(programmeAgreementsPage, locale, id);
  return { title: data ? t("list.metaTitle", { programme: data.programme.title }) : t("list.title") };
}

/** A programme's data-sharing agreements, for its institutions: every version with its status, and a new draft from a template. */
export default async function ProgrammeAgreementsPage({ params }: { params: Params }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [data, t] = await Promise.all([readPage(programmeAgreementsPage, { locale, path: `/proposals/${id}/agreements` }, id), getTranslations({ locale, namespace: "agreements" })]);
  const { programme } = data;
  const inForce = data.items.some((a) => a.status === "in_force");

  return (
    <div>
      {data.proposalVisible && (
        <BackLink href={`/proposals/${programme.id}`}>{t("list.backToProposal")}</BackLink>
      )}
      <h1 className="mb-2 text-3xl font-bold">{t("list.title")}</h1>
      <p className="mb-4 flex flex-wrap items-center gap-2 text-gray-800">
        <span className="font-medium">{t("list.programme")}:</span>
        <span dir="auto">{programme.title}</span>
        <span dir="ltr" className="text-gray-700">
          ({programme.reference})
        </span>
        <ProgrammeStatusBadge status={programme.status} />
      </p>
      <p className="mb-4 max-w-prose text-gray-700">{t("list.intro")}</p>
      {inForce ? (
        <Alert tone="success">{t("list.inForce")}</Alert>
      ) : programme.involvesDataSharing ? (
        <Alert>{t("list.dataSharingRequired")}</Alert>
      ) : (
        <Alert>{t("list.noDataSharing")}</Alert>
      )}

      <ProgrammeAgreementsTable locale={locale} items={data.items} />

      {data.canCreate && <NewAgreementForm programmeId={programme.id} templates={data.templates.map((tpl) => tpl.code)} />}
    </div>
  );
}
