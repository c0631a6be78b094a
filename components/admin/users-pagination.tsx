import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** Previous/next links that keep the search; plain links, so they work without JavaScript. */
export async function UsersPagination({ locale, page, pages, q }: { locale: string; page: number; pages: number; q?: string }) {
  const t = await getTranslations({ locale, namespace: "common" });
  if (pages <= 1) return null;
  const href = (p: number) => ({ pathname: "/admin/users", query: { ...(q ? { q } : {}), ...(p > 1 ? { page: String(p) } : {}) } });
  const link = "rounded border border-gray-300 bg-white px-3 py-1 text-brand-700 hover:bg-brand-50";
  return (
    <nav aria-label={t("pagination.label")} className="mt-4 flex flex-wrap items-center gap-3 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} className={link} rel="prev">
          {t("actions.previous")}
        </Link>
      )}
      <span className="text-gray-700">{t("pagination.page", { page, pages })}</span>
      {page < pages && (
        <Link href={href(page + 1)} className={link} rel="next">
          {t("actions.next")}
        </Link>
      )}
    </nav>
  );
}
