import { useTranslations } from "next-intl";
import type { ProgrammeStatus } from "@/server/vocabulary";

const TONES: Record<ProgrammeStatus, string> = {
  draft: "border-gray-400 bg-gray-100 text-gray-900",
  submitted: "border-blue-300 bg-blue-50 text-blue-900",
  under_review: "border-indigo-300 bg-indigo-50 text-indigo-900",
  changes_requested: "border-amber-300 bg-amber-50 text-amber-900",
  approved: "border-green-300 bg-green-50 text-green-900",
  rejected: "border-red-300 bg-red-50 text-red-900",
  withdrawn: "border-gray-400 bg-gray-100 text-gray-800",
  open: "border-brand-600 bg-brand-50 text-brand-800",
  active: "border-green-300 bg-green-50 text-green-900",
  completed: "border-gray-400 bg-gray-50 text-gray-900",
  cancelled: "border-red-300 bg-red-50 text-red-900",
};

/**
 * A programme's status as a coloured, translated label. Works in server and client
 * components alike (it reads the "programmes" catalogue with useTranslations).
 */
export function ProgrammeStatusBadge({ status }: { status: ProgrammeStatus }) {
  const t = useTranslations("programmes.statuses");
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${TONES[status]}`}>{t(status)}</span>;
}
