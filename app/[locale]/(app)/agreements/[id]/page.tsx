import { ClauseDiscussions } from "@/components/discussions/discussion-sections";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AgreementActions } from "@/components/agreements/agreement-actions";
import { AgreementContentView } from "@/components/agreements/content-view";
import { AgreementHeader } from "@/components/agreements/agreement-header";
import { ChecksPanel } from "@/components/agreements/checks-panel";
import { AmendmentDiff } from "@/components/agreements/diff-view";
import { ImpactAssessmentView } from "@/components/agreements/impact-assessment-view";
import { PartiesTable } from "@/components/agreements/parties-table";
import { SignForm } from "@/components/agreements/sign-form";
import { StatusNotice } from "@/components/agreements/status-notice";
import { VersionsList } from "@/components/agreements/versions-list";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";
import { agreementPage } from "@/server/pages/agreements/agreement";
import { peekPage, readPage } from "@/server/pages/read-page";
import { Section } from "@/components/ui/section";
import { BackLink } from "@/components/ui/back-link";

type Params = Promise<{ locale: string; id: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;
const DONE = ["created", "sent", "signed", "terminated", "amended"] as const;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  const [t, data] = await Promise.all([getTranslations({ locale, namespace: "agreements" }), peekPage(agreementPage, locale, id)]);
  return data ? { title: t("view.metaTitle", { title: data.agreement.title, reference: data.agreement.reference }) } : {};
}

/**
 * One version of a data-sharing agreement for the programme's institutions: its status and
 * parties, what the viewer may do (edit, send, sign, amend, terminate), the checks with the
 * origin countries' duties, the terms, the fingerprint, the versions and, for an amendment, what changed.
 */
export default async function AgreementPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [data, query, t] = await Promise.all([readPage(agreementPage, { locale, path: `/agreements/${id}` }, id), searchParams, getTranslations({ locale, namespace: "agreements" })]);
  const { agreement, viewer, parent, partyNames, terminateFor } = data;
  const done = DONE.find((d) => d === query.done);
  const doneKey = done === "signed" && agreement.status === "in_force" ? "inForce" : done;
  const signed = data.parties.filter((p) => p.signed).length;
  const sent = agreement.contentHash !== null && agreement.status !== "draft";
  // A party without an active signatory was notified of nothing and cannot sign until an owner designates one.
  const unsignable = agreement.status === "pending_signatures" ? data.parties.filter((p) => !p.signed && !p.hasSignatory).map((p) => p.name) : [];
  const doneText = doneKey === "sent" && unsignable.length > 0 ? t("view.done.sentPartly") : doneKey && t(`view.done.${doneKey}`);

  return (
    <div>
      <BackLink href={`/proposals/${data.programme.id}/agreements`}>{t("view.backToList")}</BackLink>
      {doneText && <Alert tone="success">{doneText}</Alert>}
      {unsignable.length > 0 && <Alert tone="info">{t("view.noSignatory", { names: unsignable.join(", "), count: unsignable.length })}</Alert>}
      <AgreementHeader locale={locale} agreement={agreement} programme={data.programme} />
      <StatusNotice locale={locale} agreement={agreement} signed={signed} total={data.parties.length} />

      <AgreementActions
        agreementId={agreement.id}
        version={agreement.version}
        status={agreement.status}
        canEdit={viewer.canEdit}
        canSend={viewer.canSend}
        checksOk={data.checks.ok}
        canTerminate={viewer.canTerminate}
        terminateFor={terminateFor}
        canAmend={viewer.canAmend}
      />

      {agreement.status === "pending_signatures" && agreement.contentHash && viewer.canSign.length > 0 && (
        <SignForm agreementId={agreement.id} contentHash={agreement.contentHash} institutions={viewer.canSign} stepUp={data.stepUp} />
      )}

      <Section id="parties-heading" title={t("view.parties")}>
        <PartiesTable locale={locale} parties={data.parties} sent={sent} />
      </Section>

      <Section id="hash-heading" title={t("view.hash")} headingClassName="mb-2 text-xl font-semibold">
        {sent && agreement.contentHash ? (
          <>
            <p className="mb-2 text-sm text-gray-700">{t("view.hashHint")}</p>
            <p className="mb-3">
              <code dir="ltr" data-testid="agreement-hash" className="block rounded bg-gray-100 p-2 font-mono text-sm break-all">
                {agreement.contentHash}
              </code>
            </p>
            <Link href={`/agreements/${agreement.id}/record`} className="text-brand-700 underline">
              {t("view.record")}
            </Link>
          </>
        ) : (
          <p className="text-gray-700">{t("view.noHash")}</p>
        )}
      </Section>

      <ChecksPanel locale={locale} checks={data.checks} showProblems={agreement.status === "draft"} />

      <Section id="terms-heading" title={t("view.content")}>
        <AgreementContentView locale={locale} content={agreement.content} />
      </Section>

      <Section id="impact-heading" title={t("impact.title")}>
        <ImpactAssessmentView locale={locale} assessment={agreement.impactAssessment} />
      </Section>

      {parent && <AmendmentDiff locale={locale} diff={data.diff} parentNumber={parent.versionNumber} partyNames={partyNames} />}

      {data.clauseThreads && <ClauseDiscussions locale={locale} agreementId={agreement.id} list={data.clauseThreads} />}

      <VersionsList locale={locale} versions={data.versions} currentId={agreement.id} />
    </div>
  );
}
