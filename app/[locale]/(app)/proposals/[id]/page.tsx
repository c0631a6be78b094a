import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { loadProposal } from "@/components/programmes/load-proposal";
import { Markdown } from "@/components/programmes/markdown";
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
import { Link } from "@/i18n/navigation";
import { currentViewer } from "@/server/auth/current-viewer";
import { requireViewer } from "@/server/auth/require-viewer";
import { membershipIn } from "@/server/authz/viewer";
import { lifecycleActions } from "@/server/programmes/lifecycle-actions";

type Params = Promise<{ locale: string; id: string }>;
const DONE = ["submitted", "resubmitted", "withdrawn", "published", "started", "completed", "cancelled"] as const;
/** Statuses in which a programme has applications to show (it has been open). */
const WITH_APPLICATIONS = ["open", "active", "completed", "cancelled"];

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  const viewer = await currentViewer();
  if (!viewer) return {};
  const data = await loadProposal(locale, id, viewer);
  return { title: data.programme.title };
}

const revisionParam = (value: string | string[] | undefined) => {
  const n = typeof value === "string" && /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  return n >= 1 ? n : undefined;
};

/** A proposal as its proposers see it: status and history, decisions with letters and comments, text, revisions. */
export default async function ProposalPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/proposals/${id}`);
  const [data, query, t] = await Promise.all([loadProposal(locale, id, viewer), searchParams, getTranslations({ locale, namespace: "programmes" })]);
  const { programme } = data;
  const done = DONE.find((d) => d === query.done);
  const submitKind = data.can.submit ? (programme.status === "changes_requested" ? "resubmit" : "submit") : null;
  const institutionNames = Object.fromEntries(data.coLeads.map((c) => [c.id, c.name]));
  const lifecycle = lifecycleActions(viewer, programme);
  const backTo = membershipIn(viewer, programme.leadInstitutionId) ? programme.leadInstitutionId : viewer.memberships.find((m) => programme.coLeadInstitutionIds.includes(m.institutionId))?.institutionId;

  return (
    <div>
      {backTo && (
        <p className="mb-4 text-sm">
          <Link href={`/dashboard/institutions/${backTo}`} className="text-brand-700 underline">
            {t("view.backToInstitution", { institution: backTo === programme.leadInstitutionId ? data.leadName : (institutionNames[backTo] ?? "") })}
          </Link>
        </p>
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

      <LifecycleSection locale={locale} programme={programme} actions={lifecycle} />

      {programme.status === "completed" && programme.outcomeReport && <OutcomeReportView locale={locale} report={programme.outcomeReport} />}

      {lifecycle.listApplications && WITH_APPLICATIONS.includes(programme.status) && (
        <ApplicationsSection locale={locale} programmeId={programme.id} canDecide={lifecycle.decideApplications && ["open", "active"].includes(programme.status)} />
      )}

      <ProposalDecisions locale={locale} decisions={data.decisions} feedback={data.feedback} />

      <StatusTimeline locale={locale} entries={data.timeline} headingId="timeline-heading" />

      <section aria-labelledby="text-heading" className="mb-10">
        <h2 id="text-heading" className="mb-3 text-xl font-semibold">
          {t("view.currentText")}
        </h2>
        <h3 className="mb-1 text-lg font-semibold">{t("view.summary")}</h3>
        <p dir="auto" className="mb-4 max-w-prose whitespace-pre-line">{programme.summary || <span className="text-gray-600 italic">{t("facts.notProvided")}</span>}</p>
        <h3 className="mb-1 text-lg font-semibold">{t("view.description")}</h3>
        <div className="mb-6">
          {programme.description ? <Markdown headingLevel={4}>{programme.description}</Markdown> : <p className="text-gray-600 italic">{t("facts.notProvided")}</p>}
        </div>
        <h3 className="mb-2 text-lg font-semibold">{t("view.details")}</h3>
        <ProgrammeFacts locale={locale} content={programme} coLeads={data.coLeads} />
      </section>

      <RevisionCompare
        locale={locale}
        programmeId={programme.id}
        revisions={data.revisions}
        from={revisionParam(query.from)}
        to={revisionParam(query.to)}
        institutionNames={institutionNames}
      />
    </div>
  );
}
