import { getTranslations } from "next-intl/server";
import type { ReportStatus } from "@/server/vocabulary";

const TONES: Record<ReportStatus, string> = {
  draft: "border-gray-400 bg-gray-100 text-gray-900",
  published: "border-brand-600 bg-brand-50 text-brand-800",
};

/** A report's status as a coloured, translated label. */
export async function ReportStatusBadge({ locale, status }: { locale: string; status: ReportStatus }) {
  const t = await getTranslations({ locale, namespace: "transparency.admin.statuses" });
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${TONES[status]}`}>{t(status)}</span>;
}
