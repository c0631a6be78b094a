import { getFormatter, getTranslations } from "next-intl/server";
import type { ProgrammeStatus } from "@/server/vocabulary";
import { Markdown } from "@/components/programmes/markdown";
import { Link } from "@/i18n/navigation";
import { ProgrammeStatusLabel } from "./status-label";
import { countryNames } from "@/i18n/reference-names";
import { Section } from "@/components/ui/section";

type Props = {
  locale: string;
  programme: {
    id: string;
    reference: string;
    status: ProgrammeStatus;
    currentRevision: number;
    submittedAt: Date | string | null;
    summary: string;
    description: string;
  };
  leadName: string;
  leadCountry: string;
};

/** What the admin needs to staff a panel: reference, lead, status, revision, summary; the full text on the proposal page. */
export async function ProposalSummary({ locale, programme, leadName, leadCountry }: Props) {
  const [t, tDesk, tStatus, format] = await Promise.all([
    getTranslations({ locale, namespace: "reviewDesk.detail" }),
    getTranslations({ locale, namespace: "reviewDesk.desk" }),
    getTranslations({ locale, namespace: "reviewDesk.statuses" }),
    getFormatter({ locale }),
  ]);
  const country = countryNames(locale)(leadCountry);
  const facts: [string, React.ReactNode][] = [
    [t("reference"), <span key="ref" className="font-mono">{programme.reference}</span>],
    [tDesk("lead"), tDesk("leadValue", { name: leadName, country })],
    [tDesk("status"), <ProgrammeStatusLabel key="status" status={programme.status} label={tStatus(programme.status)} />],
    [tDesk("revision"), tDesk("revisionValue", { number: programme.currentRevision })],
    [tDesk("submitted"), programme.submittedAt ? format.dateTime(new Date(programme.submittedAt), { dateStyle: "medium" }) : tDesk("notSubmitted")],
  ];
  return (
    <Section id="proposal-heading" title={t("summaryHeading")} className="mb-8 rounded border border-gray-200 bg-white p-4">
      <dl className="mb-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label} className="flex flex-wrap gap-x-2">
            <dt className="font-medium text-gray-700">{label}</dt>
            <dd className="text-gray-900">{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mb-1 font-semibold">{t("summary")}</h3>
      {programme.summary.trim() ? (
        <p dir="auto" className="mb-4 max-w-prose text-gray-800">
          {programme.summary}
        </p>
      ) : (
        <p className="mb-4 max-w-prose text-gray-800">{t("noSummary")}</p>
      )}
      {programme.description.trim() && (
        <details className="mb-4">
          <summary className="cursor-pointer font-semibold text-brand-700">{t("description")}</summary>
          <div className="mt-2">
            <Markdown headingLevel={4}>{programme.description}</Markdown>
          </div>
        </details>
      )}
      <Link href={`/proposals/${programme.id}`} className="text-brand-700 underline hover:no-underline">
        {t("readProposal")}
      </Link>
    </Section>
  );
}
