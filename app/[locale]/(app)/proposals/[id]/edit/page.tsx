import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { programmeFormOptions } from "@/components/programmes/form-options";
import { valuesFromContent } from "@/components/programmes/form-initial";
import { ProgrammeForm } from "@/components/programmes/programme-form";
import { ProgrammeStatusBadge } from "@/components/programmes/status-badge";
import { Alert } from "@/components/ui/alert";
import { proposalEditPage } from "@/server/pages/programmes/proposal";
import { peekPage, readPage } from "@/server/pages/read-page";
import { BackLink } from "@/components/ui/back-link";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  const [t, data] = await Promise.all([getTranslations({ locale, namespace: "programmes" }), peekPage(proposalEditPage, locale, id)]);
  return { title: data ? `${t("actions.edit")} — ${data.programme.title}` : t("actions.edit") };
}

/** The proposal form for the lead's members, while the text may be edited (draft, changes requested). */
export default async function EditProposalPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [data, query, t] = await Promise.all([readPage(proposalEditPage, { locale, path: `/proposals/${id}/edit` }, id), searchParams, getTranslations({ locale, namespace: "programmes" })]);
  const { programme, submitKind } = data;
  const options = await programmeFormOptions(locale, data.reference, programme.budgetCurrency ?? undefined);
  const coLeads = data.coLeads.map((c) => ({ id: c.id, name: c.name }));

  return (
    <div>
      <BackLink href={`/proposals/${id}`}>{t("actions.backToProposal")}</BackLink>
      <div className="mb-2 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">{t("actions.edit")}</h1>
        <ProgrammeStatusBadge status={programme.status} />
      </div>
      <p className="mb-6 text-gray-700">
        <span dir="ltr">{programme.reference}</span> · {data.leadName}
      </p>
      {query.created === "1" && <Alert tone="success">{t("view.created")}</Alert>}
      <ProgrammeForm
        key={programme.version}
        programmeId={programme.id}
        version={programme.version}
        leadInstitutionId={programme.leadInstitutionId}
        submitKind={submitKind}
        initial={valuesFromContent(programme, coLeads)}
        options={options}
      />
    </div>
  );
}
