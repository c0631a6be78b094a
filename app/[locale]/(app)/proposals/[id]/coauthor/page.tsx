import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CoLeadList } from "@/components/programmes/coauthoring/co-lead-list";
import { InviteCoLead } from "@/components/programmes/coauthoring/invite-co-lead";
import { SectionEditor } from "@/components/programmes/coauthoring/section-editor";
import { programmeFormOptions } from "@/components/programmes/form-options";
import { ProgrammeStatusBadge } from "@/components/programmes/status-badge";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { coauthorPage } from "@/server/pages/programmes/coauthoring";
import { peekPage, readPage } from "@/server/pages/read-page";
import { RelatedLinks } from "@/components/ui/related-links";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  const [t, data] = await Promise.all([getTranslations({ locale, namespace: "coauthoring" }), peekPage(coauthorPage, locale, id)]);
  return { title: data ? `${t("title")} — ${data.title}` : t("title") };
}

/** Co-authoring a proposal: the lead's and co-leads' members write its text section by section; co-leads leave or are removed here. */
export default async function CoauthorPage({ params }: { params: Params }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [data, t] = await Promise.all([readPage(coauthorPage, { locale, path: `/proposals/${id}/coauthor` }, id), getTranslations({ locale, namespace: "coauthoring" })]);
  const budget = data.sections.find((s) => s.section === "budget");
  const currency = typeof budget?.values.budgetCurrency === "string" ? budget.values.budgetCurrency : undefined;
  const options = data.can.coauthor ? await programmeFormOptions(locale, data.referenceLists, currency) : null;

  return (
    <div>
      <BackLink href={`/proposals/${id}`}>{t("backToProposal")}</BackLink>
      <div className="mb-2 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <ProgrammeStatusBadge status={data.status} />
      </div>
      <p className="mb-2 text-gray-700">
        <span dir="ltr">{data.reference}</span> · <span dir="auto">{data.title}</span> · {data.leadName}
      </p>
      <p className="mb-6 max-w-prose text-gray-800">{t("intro")}</p>
      <RelatedLinks links={[{ href: `/proposals/${id}/activity`, label: t("openActivity") }]} />
      {options ? (
        data.sections.map((s) => (
          <SectionEditor key={s.section} programmeId={id} section={s.section} version={s.version} values={s.values} options={options} leadInstitutionId={data.leadInstitutionId} />
        ))
      ) : (
        <Alert tone="info">{t("readOnly")}</Alert>
      )}
      <CoLeadList programmeId={id} version={data.version} coLeads={data.coLeads} canRemove={data.can.manageCoLeads} leaveFor={data.can.leaveFor} />
      {data.can.manageCoLeads && <InviteCoLead programmeId={id} version={data.version} leadInstitutionId={data.leadInstitutionId} coLeads={data.coLeads} />}
    </div>
  );
}
