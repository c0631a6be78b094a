import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/server-link";

type Href = { pathname: string; query: Record<string, string> };

/** Previous / next links that keep the current filters; works without JavaScript. */
export async function Pagination({
  locale,
  page,
  pages,
  hrefFor,
}: {
  locale: string;
  page: number;
  pages: number;
  hrefFor: (page: number) => Href;
}) {
  if (pages <= 1) return null;
  const common = await getTranslations({ locale, namespace: "common" });
  const linkClass =
    "inline-flex min-h-10 items-center rounded border border-gray-300 bg-white px-4 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50";
  return (
    <nav aria-label={common("pagination.label")} className="mt-6 flex flex-wrap items-center justify-between gap-3">
      <div className="min-w-24">
        {page > 1 && (
          <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
            <span aria-hidden="true" className="me-1 inline-block rtl:-scale-x-100">←</span>
            {common("actions.previous")}
          </Link>
        )}
      </div>
      <p className="text-sm text-gray-700">
        {common("pagination.page", { page, pages: Math.max(pages, 1) })}
      </p>
      <div className="flex min-w-24 justify-end">
        {page < pages && (
          <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
            {common("actions.next")}
            <span aria-hidden="true" className="ms-1 inline-block rtl:-scale-x-100">→</span>
          </Link>
        )}
      </div>
    </nav>
  );
}
