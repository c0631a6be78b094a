import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Markdown } from "@/components/programmes/markdown";
import { ProposalDiscussions } from "@/components/discussions/discussion-sections";
import { ApplicationsSection } from "@/components/participation/applications-section";
import { LifecycleSection } from "@/components/programmes/lifecycle-section";
import { OutcomeReportView } from "@/components/programmes/outcome-report";
import { ProgrammeFacts } from "@/components/programmes/programme-facts";
import { ProposalActions } from "@/components/programmes/proposal-actions";
import { ProposalDecisions } from "@/components/programmes/proposal-decisions";
import { RevisionCompare } from "@/components/programmes/revision-compare";
import { ProgrammeStatusBadge } from "@/components/programmes/status-badge";
import { StatusTimeline } from "@/components/programmes/status-timeline";
import { Alert } from "@/components/ui/alert";
import { CoauthoringLinks } from "@/components/programmes/coauthoring/coauthoring-links";
import { proposalPage } from "@/server/pages/programmes/proposal";
import { peekPage, readPage } from "@/server/pages/read-page";
import { Section } from "@/components/ui/section";
import { BackLink } from "@/components/ui/back-link";

type Params = Promise<{ locale: string; id: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;
const DONE = ["submitted", "resubmitted", "withdrawn", "published", "started", "completed", "cancelled"] as const;

/** The ?from=&to= of the revision comparison, as the read takes them. */
const revisionQuery = (query: Record<string, string | string[] | undefined>) =>
  [typeof query.from === "string" ? query.from : undefined, typeof query.to === "string" ? query.to : undefined] as const;

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: Search }): Promise<Metadata> {
  const [{ locale, id }, query] = await Promise.all([params, searchParams]);
  const data = await peekPage(proposalPage, locale, id, ...revisionQuery(query));
  return data ? { title: data.programme.title } : {};
}

/** A proposal as its proposers see it: status and history, decisions with letters and comments, text, revisions. */
export default async function ProposalPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const [{ locale, id }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [data, t] = await Promise.all([readPage(proposalPage, { locale, path: `/proposals/${id}` }, id, ...revisionQuery(query)), getTranslations({ locale, namespace: "programmes" })]);
  const { programme, submitKind, lifecycle, backTo } = data;
  const done = DONE.find((d) => d === query.done);
  const institutionNames = Object.fromEntries(data.coLeads.map((c) => [c.id, c.name]));

  return (
    <div>
      {backTo && (
        <BackLink href={`/dashboard/institutions/${backTo.institutionId}`}>{t("view.backToInstitution", { institution: backTo.name })}</BackLink>
      )}
      {done && <Alert tone="success">{t(`view.${done}`)}</Alert>}
      <header className="mb-6">
        <div className="mb-2 flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold">{programme.title}</h1>
          <ProgrammeStatusBadge status={programme.status} />
          {programme.isFlagship && (
            <span className="inline-block rounded-full border border-amber-400 bg-amber-50 px-2 py-0.5 text-xs font-medium whitespace-nowrap text-amber-900">
              {t("lifecycle.flagship")}
            </span>
          )}
        </div>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-gray-800">{t("view.reference")}</dt>
          <dd dir="ltr" className="text-start">
            {programme.reference}
          </dd>
          <dt className="font-medium text-gray-800">{t("view.lead")}</dt>
          <dd>{data.leadName}</dd>
          {data.coLeads.length > 0 && (
            <>
              <dt className="font-medium text-gray-800">{t("view.coLeads")}</dt>
              <dd>{new Intl.ListFormat(locale, { type: "unit", style: "short" }).format(data.coLeads.map((c) => c.name))}</dd>
            </>
          )}
        </dl>
      </header>

      <ProposalActions programmeId={programme.id} version={programme.version} submitKind={submitKind} canEdit={data.can.edit} canWithdraw={data.can.withdraw} />

      <CoauthoringLinks locale={locale} programmeId={programme.id} />

      <LifecycleSection locale={locale} programme={programme} actions={lifecycle} />

      {programme.status === "completed" && programme.outcomeReport && <OutcomeReportView locale={locale} report={programme.outcomeReport} />}

      {data.applications && <ApplicationsSection locale={locale} data={data.applications} />}

      <ProposalDiscussions locale={locale} programmeId={programme.id} lists={[["parties", data.discussions.parties], ["parties_and_reviewers", data.discussions.partiesAndReviewers]]} />

      <ProposalDecisions locale={locale} decisions={data.decisions} feedback={data.feedback} />

      <StatusTimeline locale={locale} entries={data.timeline} headingId="timeline-heading" />

      <Section id="text-heading" title={t("view.currentText")} className="mb-10">
        <h3 className="mb-1 text-lg font-semibold">{t("view.summary")}</h3>
        <p dir="auto" className="mb-4 max-w-prose whitespace-pre-line">{programme.summary || <span className="text-gray-600 italic">{t("facts.notProvided")}</span>}</p>
        <h3 className="mb-1 text-lg font-semibold">{t("view.description")}</h3>
        <div className="mb-6">
          {programme.description ? <Markdown headingLevel={4}>{programme.description}</Markdown> : <p className="text-gray-600 italic">{t("facts.notProvided")}</p>}
        </div>
        <h3 className="mb-2 text-lg font-semibold">{t("view.details")}</h3>
        <ProgrammeFacts locale={locale} content={programme} coLeads={data.coLeads} reference={data.reference} />
      </Section>

      <RevisionCompare
        locale={locale}
        revisions={data.revisions}
        compare={data.compare}
        institutionNames={institutionNames}
      />
    </div>
  );
}
