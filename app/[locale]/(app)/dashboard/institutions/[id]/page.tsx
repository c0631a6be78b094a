import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InstitutionDetails } from "@/components/institutions/institution-details";
import { InstitutionForm } from "@/components/institutions/institution-form";
import { institutionFormOptions } from "@/components/institutions/form-options";
import { InstitutionStatusNotice } from "@/components/institutions/institution-status-notice";
import { InstitutionStatusBadge } from "@/components/institutions/status-badge";
import { MembersArea } from "@/components/memberships/members-area";
import { InstitutionProposals } from "@/components/programmes/institution-proposals";
import { Alert } from "@/components/ui/alert";
import { manageInstitutionPage } from "@/server/pages/dashboard/institution";
import { peekPage, readPage } from "@/server/pages/read-page";
import { Section } from "@/components/ui/section";
import { BackLink } from "@/components/ui/back-link";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  const data = await peekPage(manageInstitutionPage, locale, id);
  return data ? { title: data.institution.name } : {};
}

export default async function ManageInstitutionPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [data, query, t, tCommon] = await Promise.all([
    readPage(manageInstitutionPage, { locale, path: `/dashboard/institutions/${id}` }, id),
    searchParams,
    getTranslations({ locale, namespace: "dashboard.institution" }),
    getTranslations({ locale, namespace: "common" }),
  ]);
  const { institution, permissions } = data;
  const canEdit = permissions.edit;
  const options = canEdit && data.countries ? await institutionFormOptions(locale, data.countries) : null;
  const { private: internal } = institution;

  return (
    <div>
      <BackLink href="/dashboard">{t("backToDashboard")}</BackLink>
      {query.registered === "1" && <Alert tone="success">{t("registered")}</Alert>}
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">
          <bdi>{institution.name}</bdi>
          {institution.acronym && (
            <span className="ms-2 text-xl font-normal text-gray-700">
              (<bdi>{institution.acronym}</bdi>)
            </span>
          )}
        </h1>
        <InstitutionStatusBadge status={institution.status} label={tCommon(`institutionStatuses.${institution.status}`)} />
      </div>
      <InstitutionStatusNotice locale={locale} status={institution.status} reason={internal.statusReason} />

      <Section id="details-heading" title={t("details")} className="mb-10">
        <InstitutionDetails locale={locale} institution={{ ...institution, emailDomains: internal.emailDomains, createdAt: internal.createdAt }} />
      </Section>

      <InstitutionProposals
        locale={locale}
        institutionId={institution.id}
        canCreate={permissions.createProgramme}
        verified={institution.status === "verified"}
        items={data.proposals}
      />

      {canEdit && options && (
        <Section id="edit-heading" title={t("edit")} className="mb-10">
          <InstitutionForm
            mode="edit"
            institutionId={institution.id}
            version={internal.version}
            countries={options.countries}
            types={options.types}
            initial={{
              name: institution.name,
              acronym: institution.acronym ?? "",
              countryCode: institution.countryCode,
              type: institution.type,
              website: institution.website,
              emailDomains: internal.emailDomains.join(", "),
              description: institution.description,
              rorId: institution.rorId ?? "",
            }}
          />
        </Section>
      )}

      <MembersArea
        locale={locale}
        institutionId={institution.id}
        members={data.members}
        requests={data.requests}
        invitations={data.invitations}
        viewerUserId={data.viewerUserId}
        institutionActs={institution.status === "pending" || institution.status === "verified"}
        permissions={{
          decide: permissions.decide,
          invite: permissions.invite,
          promote: permissions.promote,
          setSignatory: permissions.setSignatory,
          remove: permissions.remove,
        }}
      />
    </div>
  );
}
