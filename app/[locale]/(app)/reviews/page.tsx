import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { EmptyNote } from "@/components/ui/empty-note";
import { openPage, queryValue, type LocalePageProps } from "@/app/page-props";
import { Alert } from "@/components/ui/alert";
import { Pager } from "@/components/ui/pager";
import { AssignmentsTable } from "@/components/reviews/assignments-table";
import { Link } from "@/i18n/navigation";
import { reviewWorkspacePage } from "@/server/pages/reviews/workspace";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";
import { RelatedLinks } from "@/components/ui/related-links";

export const generateMetadata = titleFrom("reviews.workspace");

/** The reviewer workspace: every panel seat of the viewer, and a link to the next proposal to review. */
export default async function ReviewsPage(props: LocalePageProps) {
  const { locale, query } = await openPage(props);
  const [t, tLinks, tCommon, work] = await Promise.all([
    getTranslations({ locale, namespace: "reviews.workspace" }),
    getTranslations({ locale, namespace: "matching.links" }),
    getTranslations({ locale, namespace: "common" }),
    readPage(reviewWorkspacePage, { locale, path: "/reviews" }, queryValue(query, "page"), queryValue(query, "recused")),
  ]);
  const pages = Math.max(1, Math.ceil(work.total / work.pageSize));
  const next = work.next;
  return (
    <div>
      <PageHeading title={t("title")} intro={t("intro")} introClassName="mb-4 max-w-3xl text-gray-700" />
      <RelatedLinks links={[{ href: "/reviews/profile", label: tLinks("profile") }, { href: "/reviews/bids", label: tLinks("bids") }]} />
      {work.recused && <Alert tone="success">{t("recused", { reference: work.recused })}</Alert>}
      <div className="mb-8 rounded border border-brand-100 bg-brand-50 p-4">
        {next ? (
          <>
            <Link
              href={`/reviews/${next.programmeId}`}
              className="inline-flex min-h-10 items-center rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
            >
              {t("next")}
            </Link>
            <p className="mt-2 text-sm text-gray-700">{t("nextHint", { reference: next.reference, title: next.title })}</p>
          </>
        ) : (
          <p className="text-gray-800">{t("allDone")}</p>
        )}
      </div>
      {work.items.length === 0 ? (
        <EmptyNote>{t("empty")}</EmptyNote>
      ) : (
        <AssignmentsTable locale={locale} items={work.items} />
      )}
      <Pager
        label={tCommon("pagination.label")}
        path="/reviews"
        page={work.page}
        pages={pages}
        previous={tCommon("actions.previous")}
        next={tCommon("actions.next")}
        status={tCommon("pagination.page", { page: work.page, pages })}
      />
    </div>
  );
}
