import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { EmptyNote } from "@/components/ui/empty-note";
import { Pager } from "@/components/ui/pager";
import { openPage, queryValue, type LocalePageProps } from "@/app/page-props";
import { titleFrom } from "@/i18n/page-title";
import { BidButtons } from "@/components/matching/bid-buttons";
import { reviewerBidsPage } from "@/server/pages/reviews/matching";
import { readPage } from "@/server/pages/read-page";
import { RelatedLinks } from "@/components/ui/related-links";

export const generateMetadata = titleFrom("matching.bids");

/** Proposals awaiting a panel — reference, title and summary only — and the reviewer's bid on each. */
export default async function ReviewerBidsPage(props: LocalePageProps) {
  const { locale, query } = await openPage(props);
  const page = queryValue(query, "page");
  const [t, view] = await Promise.all([getTranslations({ locale, namespace: "matching.bids" }), readPage(reviewerBidsPage, { locale, path: "/reviews/bids" }, page)]);
  const pages = Math.max(1, Math.ceil(view.total / view.pageSize));
  return (
    <div>
      <PageHeading title={t("title")} intro={t("intro")} introClassName="mb-2 max-w-3xl text-gray-700" />
      <RelatedLinks links={[{ href: "/reviews/profile", label: t("toProfile") }]} />
      {view.items.length === 0 ? (
        <EmptyNote>{t("empty")}</EmptyNote>
      ) : (
        <ul className="space-y-4">
          {view.items.map((item) => (
            <li key={item.programmeId} className="rounded border border-gray-200 p-4">
              <h2 className="font-semibold">
                {item.reference} — {item.title}
              </h2>
              <p dir="auto" className="mb-3 max-w-3xl text-sm whitespace-pre-line text-gray-700">
                {item.summary}
              </p>
              <BidButtons programmeId={item.programmeId} reference={item.reference} bid={item.bid} />
            </li>
          ))}
        </ul>
      )}
      <Pager label={t("pages")} path="/reviews/bids" page={view.page} pages={pages} previous={t("previous")} next={t("next")} status={t("pageOf", { page: view.page, pages })} />
    </div>
  );
}
