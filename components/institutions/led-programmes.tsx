import { getTranslations } from "next-intl/server";
import { ProgrammeStatusBadge } from "@/components/programmes/status-badge";
import { Link } from "@/i18n/server-link";
import type { CataloguePage } from "@/server/catalogue/search-catalogue";
import { Pagination } from "./pagination";

const pageQuery = (page: number): Record<string, string> => (page > 1 ? { page: String(page) } : {});

/** The public programmes an institution leads, newest first, one page at a time (works without JavaScript). */
export async function LedProgrammes({ locale, institutionId, programmes }: { locale: string; institutionId: string; programmes: CataloguePage }) {
  const t = await getTranslations({ locale, namespace: "institutions" });
  if (programmes.items.length === 0) return <p className="text-gray-700">{t("detail.noProgrammes")}</p>;
  const pages = Math.ceil(programmes.total / programmes.pageSize);
  return (
    <>
      <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white">
        {programmes.items.map((item) => (
          <li key={item.reference} className="flex flex-wrap items-center justify-between gap-2 p-3">
            <Link href={`/programmes/${item.reference}`} className="font-medium text-brand-700 underline-offset-2 hover:text-brand-800 hover:underline">
              <bdi>{item.title}</bdi>
            </Link>
            <ProgrammeStatusBadge status={item.status} />
          </li>
        ))}
      </ul>
      <Pagination
        locale={locale}
        page={programmes.page}
        pages={pages}
        hrefFor={(page) => ({ pathname: `/institutions/${institutionId}`, query: pageQuery(page) })}
      />
    </>
  );
}
