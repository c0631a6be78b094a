import { ProposalDiscussions } from "@/components/discussions/discussion-sections";
import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ProgrammeStatusBadge } from "@/components/programmes/status-badge";
import { CompareRevisions } from "@/components/reviews/compare-revisions";
import { DecisionForm } from "@/components/reviews/decision-form";
import { EarlierDecisions } from "@/components/reviews/earlier-decisions";
import { OtherReviews } from "@/components/reviews/other-reviews";
import { PanelTable } from "@/components/reviews/panel-table";
import { RecusalForm } from "@/components/reviews/recusal-form";
import { ReviewCard } from "@/components/reviews/review-card";
import { ReviewForm } from "@/components/reviews/review-form";
import { RevisionText } from "@/components/reviews/revision-text";
import { SheetNoticeProvider } from "@/components/reviews/sheet-notice";
import { SheetSection } from "@/components/reviews/sheet-section";
import { Link } from "@/i18n/navigation";
import { reviewSheetPage } from "@/server/pages/reviews/sheet";
import { peekPage, readPage } from "@/server/pages/read-page";

type Params = Promise<{ locale: string; id: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: Search }): Promise<Metadata> {
  const [{ locale, id }, query] = await Promise.all([params, searchParams]);
  const [t, data] = await Promise.all([getTranslations({ locale, namespace: "reviews.sheet" }), peekPage(reviewSheetPage, locale, id, first(query.from), first(query.to))]);
  return data ? { title: t("metaTitle", { reference: data.sheet.programme.reference }) } : {};
}

/** The review sheet of one proposal: its frozen text, the diff between revisions, recusal, the rubric, the panel and the decision. */
export default async function ReviewSheetPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const [{ locale, id }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [data, t, format] = await Promise.all([
    readPage(reviewSheetPage, { locale, path: `/reviews/${id}` }, id, first(query.from), first(query.to)),
    getTranslations({ locale, namespace: "reviews" }),
    getFormatter({ locale }),
  ]);
  const { sheet, admin, seesPanel, coLeads, earlier } = data;
  const { programme, revision, seat } = sheet;
  const institutionNames = Object.fromEntries(coLeads.map((c) => [c.id, c.name]));

  return (
    <SheetNoticeProvider>
      <p className="mb-2 text-sm">
        <Link href="/reviews" className="text-brand-700 underline hover:no-underline">
          {t("sheet.back")}
        </Link>
      </p>
      <p className="font-mono text-sm text-gray-700">{programme.reference}</p>
      <h1 className="mb-3 text-3xl font-bold break-words">{programme.title}</h1>
      <dl className="mb-6 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t("sheet.lead")}</dt>
        <dd>{programme.leadName}</dd>
        <dt className="font-medium">{t("sheet.status")}</dt>
        <dd>
          <ProgrammeStatusBadge status={programme.status} />
        </dd>
        <dt className="font-medium">{t("sheet.revision")}</dt>
        <dd>
          {revision
            ? t("sheet.revisionValue", { number: programme.currentRevision, date: format.dateTime(new Date(revision.createdAt), { dateStyle: "medium" }) })
            : programme.currentRevision}
        </dd>
        <dt className="font-medium">{t("sheet.seat")}</dt>
        <dd>{seat ? t("sheet.seatValue", { role: t(`roles.${seat.role}`), seat: t(`seats.${seat.status}`) }) : t("sheet.noSeat")}</dd>
        <dt className="font-medium">{t("sheet.reviews")}</dt>
        <dd>{t("sheet.reviewCount", { count: sheet.reviewCount })}</dd>
      </dl>

      {programme.status !== "under_review" && (
        <p className="mb-6 rounded border border-blue-300 bg-blue-50 px-4 py-3 text-sm text-blue-900">{t("sheet.closedNotice")}</p>
      )}

      {sheet.can.recuse && (
        <SheetSection id="conflict" title={t("recusal.heading")}>
          <RecusalForm programmeId={programme.id} reference={programme.reference} />
        </SheetSection>
      )}

      <SheetSection id="proposal" title={t("sheet.proposal", { number: programme.currentRevision })}>
        {revision ? <RevisionText locale={locale} content={revision.content} coLeads={coLeads} reference={data.reference} /> : <p>{t("sheet.noRevision")}</p>}
      </SheetSection>

      <SheetSection id="compare" title={t("compare.heading")}>
        <CompareRevisions locale={locale} programmeId={programme.id} compare={data.compare} institutionNames={institutionNames} />
      </SheetSection>

      {earlier.length > 0 && (
        <SheetSection id="earlier" title={t("earlier.heading")}>
          <EarlierDecisions locale={locale} decisions={earlier} />
        </SheetSection>
      )}

      {sheet.myReview ? (
        <SheetSection id="my-review" title={t("review.mine")}>
          <ReviewCard
            locale={locale}
            id="my-review-card"
            heading={t("review.mineCard", { revision: sheet.myReview.revisionNumber })}
            criteria={sheet.criteria}
            review={sheet.myReview}
          />
        </SheetSection>
      ) : (
        sheet.can.review && (
          <SheetSection id="review" title={t("form.heading")}>
            <ReviewForm programmeId={programme.id} criteria={sheet.criteria} />
          </SheetSection>
        )
      )}

      {seesPanel ? (
        <SheetSection id="panel" title={t("panel.heading")}>
          <p className="mb-3 max-w-3xl text-gray-700">{t("panel.intro")}</p>
          <PanelTable locale={locale} criteria={sheet.criteria} reviews={sheet.reviews} />
          {sheet.reviews.length > 0 && (
            <div className="mt-6">
              <OtherReviews locale={locale} criteria={sheet.criteria} reviews={sheet.reviews} />
            </div>
          )}
        </SheetSection>
      ) : (
        seat?.role === "reviewer" && (
          <SheetSection id="others" title={t("others.heading")}>
            {!sheet.myReview ? (
              <p className="text-gray-700">{t("others.hidden")}</p>
            ) : sheet.reviews.length === 0 ? (
              <p className="text-gray-700">{t("others.none")}</p>
            ) : (
              <OtherReviews locale={locale} criteria={sheet.criteria} reviews={sheet.reviews} />
            )}
          </SheetSection>
        )
      )}

      {sheet.can.decide && (
        <SheetSection id="decision" title={t("decision.heading")}>
          <p className="mb-4 max-w-3xl text-gray-700">{t("decision.intro", { revision: programme.currentRevision })}</p>
          <DecisionForm programmeId={programme.id} version={programme.version} showOverride={admin} />
        </SheetSection>
      )}
      {data.discussions && (
        <ProposalDiscussions locale={locale} programmeId={programme.id} lists={[["panel", data.discussions.panel], ["parties_and_reviewers", data.discussions.partiesAndReviewers]]} />
      )}
    </SheetNoticeProvider>
  );
}
