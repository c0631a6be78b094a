import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AssignPanelForm } from "@/components/review-desk/assign-panel-form";
import { CurrentPanel } from "@/components/review-desk/current-panel";
import { ProposalSummary } from "@/components/review-desk/proposal-summary";
import { Link } from "@/i18n/navigation";
import { reviewDeskProposalPage } from "@/server/pages/reviews/desk";
import { readPage } from "@/server/pages/read-page";
import { Section } from "@/components/ui/section";

type Params = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "reviewDesk.desk" });
  return { title: t("title") };
}

export default async function ReviewDeskProposalPage({ params }: Params) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [t, tAssign, desk] = await Promise.all([
    getTranslations({ locale, namespace: "reviewDesk.detail" }),
    getTranslations({ locale, namespace: "reviewDesk.assign" }),
    readPage(reviewDeskProposalPage, { locale, path: `/review-desk/${id}` }, id),
  ]);
  const { programme, members, open, panelSize, quorum, activeReviewers, hasChair } = desk;

  return (
    <div>
      <p className="mb-4">
        <Link href="/review-desk" className="text-brand-700 underline hover:no-underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="mb-6 text-3xl font-bold">
        <span className="block font-mono text-lg font-normal text-gray-700">{programme.reference}</span>
        {programme.title}
      </h1>
      <ProposalSummary locale={locale} programme={programme} leadName={desk.leadName} leadCountry={desk.leadCountry} />
      <CurrentPanel locale={locale} members={members} panelSize={panelSize} quorum={quorum} activeReviewers={activeReviewers} hasChair={hasChair} />
      <Section id="assign-heading" title={tAssign("heading")} headingClassName="mb-2 text-xl font-semibold">
        {desk.canAssign ? (
          <AssignPanelForm
            programmeId={programme.id}
            version={programme.version}
            candidates={open}
            suggestion={desk.suggestion}
            panelSize={panelSize}
            hasChair={hasChair}
            panelComplete={hasChair && activeReviewers >= panelSize}
          />
        ) : (
          <p className="rounded border border-dashed border-gray-300 p-4 text-gray-700">{tAssign("closed")}</p>
        )}
      </Section>
    </div>
  );
}
