import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFrom } from "@/i18n/page-title";
import { BidButtons } from "@/components/matching/bid-buttons";
import { Link } from "@/i18n/navigation";
import { reviewerBidsPage } from "@/server/pages/reviews/matching";
import { readPage } from "@/server/pages/read-page";

export const generateMetadata = titleFrom("matching.bids");

/** Proposals awaiting a panel — reference, title and summary only — and the reviewer's bid on each. */
export default async function ReviewerBidsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const page = typeof query.page === "string" ? query.page : undefined;
  const [t, view] = await Promise.all([getTranslations({ locale, namespace: "matching.bids" }), readPage(reviewerBidsPage, { locale, path: "/reviews/bids" }, page)]);
  const pages = Math.max(1, Math.ceil(view.total / view.pageSize));
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-2 max-w-3xl text-gray-700">{t("intro")}</p>
      <p className="mb-6">
        <Link href="/reviews/profile" className="text-brand-700 underline">
          {t("toProfile")}
        </Link>
      </p>
      {view.items.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 p-4 text-gray-700">{t("empty")}</p>
      ) : (
        <ul className="space-y-4">
          {view.items.map((item) => (
            <li key={item.programmeId} className="rounded border border-gray-200 p-4">
              <h2 className="font-semibold">
                {item.reference} — {item.title}
              </h2>
              <p className="mb-3 max-w-3xl text-sm whitespace-pre-line text-gray-700">{item.summary}</p>
              <BidButtons programmeId={item.programmeId} reference={item.reference} bid={item.bid} />
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label={t("pages")} className="mt-6 flex gap-4">
          {view.page > 1 && <Link href={`/reviews/bids?page=${view.page - 1}`}>{t("previous")}</Link>}
          <span>{t("pageOf", { page: view.page, pages })}</span>
          {view.page < pages && <Link href={`/reviews/bids?page=${view.page + 1}`}>{t("next")}</Link>}
        </nav>
      )}
    </div>
  );
}
