import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InstitutionDetails } from "@/components/institutions/institution-details";
import { InstitutionForm } from "@/components/institutions/institution-form";
import { institutionFormOptions } from "@/components/institutions/form-options";
import { InstitutionStatusNotice } from "@/components/institutions/institution-status-notice";
import { InstitutionStatusBadge } from "@/components/institutions/status-badge";
import { MembersArea } from "@/components/memberships/members-area";
import { InstitutionProposals } from "@/components/programmes/institution-proposals";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";
import { can } from "@/server/authz/permissions";
import { idSchema } from "@/server/institutions/schemas";
import { requireViewer } from "@/server/auth/require-viewer";
import { serverCaller } from "@/server/trpc/server-caller";

type Params = Promise<{ locale: string; id: string }>;

/** byId and memberships.list for a member or admin; anything else is a 404 (the server says NOT_FOUND or FORBIDDEN). */
async function load(locale: string, institutionId: string) {
  if (!idSchema.safeParse(institutionId).success) notFound();
  const api = await serverCaller(locale);
  try {
    const [institution, memberships] = await Promise.all([api.institutions.byId({ institutionId }), api.memberships.list({ institutionId })]);
    if (!institution.private) notFound();
    return { institution: { ...institution, private: institution.private }, memberships };
  } catch (error) {
    if (error instanceof TRPCError && ["NOT_FOUND", "FORBIDDEN"].includes(error.code)) notFound();
    throw error;
  }
}

/** Whether the email address uses one of the institution's domains (a hint for the owners, never a decision). */
function domainMatches(email: string, domains: readonly string[]) {
  const domain = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  return domains.some((d) => d.toLowerCase() === domain);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  const api = await serverCaller(locale);
  const institution = idSchema.safeParse(id).success ? await api.institutions.byId({ institutionId: id }).catch(() => null) : null;
  return institution ? { title: institution.name } : {};
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
  const viewer = await requireViewer(locale, `/dashboard/institutions/${id}`);
  const [{ institution, memberships }, query, t, tCommon] = await Promise.all([
    load(locale, id),
    searchParams,
    getTranslations({ locale, namespace: "dashboard.institution" }),
    getTranslations({ locale, namespace: "common" }),
  ]);
  const subject = { institutionId: institution.id };
  const canEdit = can(viewer, "institution.update", subject);
  const options = canEdit ? await institutionFormOptions(locale) : null;
  const { private: internal } = institution;

  return (
    <div>
      <p className="mb-4 text-sm">
        <Link href="/dashboard" className="text-brand-700 underline">
          {t("backToDashboard")}
        </Link>
      </p>
      {query.registered === "1" && <Alert tone="success">{t("registered")}</Alert>}
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">
          {institution.name}
          {institution.acronym && <span className="ms-2 text-xl font-normal text-gray-700">({institution.acronym})</span>}
        </h1>
        <InstitutionStatusBadge status={institution.status} label={tCommon(`institutionStatuses.${institution.status}`)} />
      </div>
      <InstitutionStatusNotice locale={locale} status={institution.status} reason={internal.statusReason} />

      <section aria-labelledby="details-heading" className="mb-10">
        <h2 id="details-heading" className="mb-3 text-xl font-semibold">
          {t("details")}
        </h2>
        <InstitutionDetails locale={locale} institution={{ ...institution, emailDomains: internal.emailDomains, createdAt: internal.createdAt }} />
      </section>

      <InstitutionProposals
        locale={locale}
        institutionId={institution.id}
        canCreate={can(viewer, "programme.create", subject)}
        verified={institution.status === "verified"}
      />

      {canEdit && options && (
        <section aria-labelledby="edit-heading" className="mb-10">
          <h2 id="edit-heading" className="mb-3 text-xl font-semibold">
            {t("edit")}
          </h2>
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
        </section>
      )}

      <MembersArea
        locale={locale}
        institutionId={institution.id}
        members={memberships.filter((m) => m.status === "active")}
        requests={memberships
          .filter((m) => m.status === "requested")
          .map((m) => ({ ...m, domainMatch: domainMatches(m.userEmail, internal.emailDomains) }))}
        invitations={memberships.filter((m) => m.status === "invited")}
        viewerUserId={viewer.userId}
        institutionActs={institution.status === "pending" || institution.status === "verified"}
        permissions={{
          decide: can(viewer, "membership.decide", subject),
          invite: can(viewer, "membership.invite", subject),
          promote: can(viewer, "membership.promote", subject),
          setSignatory: can(viewer, "membership.setSignatory", subject),
          remove: can(viewer, "membership.remove", subject),
        }}
      />
    </div>
  );
}
