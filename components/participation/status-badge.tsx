import { useTranslations } from "next-intl";
import type { ParticipationStatus } from "@/server/vocabulary";

const TONES: Record<ParticipationStatus, string> = {
  pending: "border-amber-300 bg-amber-50 text-amber-900",
  accepted: "border-green-300 bg-green-50 text-green-900",
  declined: "border-red-300 bg-red-50 text-red-900",
  withdrawn: "border-gray-400 bg-gray-100 text-gray-800",
  left: "border-gray-400 bg-gray-100 text-gray-800",
};

/** An application's status as a coloured, translated label (server and client components alike). */
export function ParticipationStatusBadge({ status }: { status: ParticipationStatus }) {
  const t = useTranslations("participation.statuses");
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${TONES[status]}`}>{t(status)}</span>;
}
