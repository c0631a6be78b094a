import { useTranslations } from "next-intl";
import type { AgreementStatus } from "@/server/vocabulary";

const TONES: Record<AgreementStatus, string> = {
  draft: "border-gray-400 bg-gray-100 text-gray-900",
  pending_signatures: "border-amber-300 bg-amber-50 text-amber-900",
  in_force: "border-green-300 bg-green-50 text-green-900",
  superseded: "border-gray-400 bg-gray-50 text-gray-800",
  terminated: "border-red-300 bg-red-50 text-red-900",
  expired: "border-red-300 bg-red-50 text-red-900",
};

/** An agreement's (effective) status as a coloured, translated label; server and client components alike. */
export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const t = useTranslations("agreements.statuses");
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap print:border-black print:bg-white print:text-black ${TONES[status]}`}>{t(status)}</span>;
}
