import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

const linkClass = "inline-flex min-h-10 items-center justify-center rounded border border-gray-300 bg-white px-4 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50";

/** From a proposal to its co-authoring workspace and its activity feed (both for its parties), and its revision history. */
export async function CoauthoringLinks({ locale, programmeId }: { locale: string; programmeId: string }) {
  const t = await getTranslations({ locale, namespace: "coauthoring" });
  return (
    <nav aria-label={t("title")} className="mb-6 flex flex-wrap gap-3">
      <Link href={`/proposals/${programmeId}/coauthor`} className={linkClass}>
        {t("open")}
      </Link>
      <Link href={`/proposals/${programmeId}/activity`} className={linkClass}>
        {t("openActivity")}
      </Link>
      <Link href={`/proposals/${programmeId}/history`} className={linkClass}>
        {t("openHistory")}
      </Link>
    </nav>
  );
}
