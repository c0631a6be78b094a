import type { ProgrammeStatus } from "@/server/vocabulary";

const TONES: Partial<Record<ProgrammeStatus, string>> = {
  submitted: "border-amber-300 bg-amber-50 text-amber-900",
  under_review: "border-blue-300 bg-blue-50 text-blue-900",
  changes_requested: "border-orange-300 bg-orange-50 text-orange-900",
  approved: "border-green-300 bg-green-50 text-green-900",
  rejected: "border-red-300 bg-red-50 text-red-900",
};

/** A programme's status as a coloured pill; `label` is the translated status (reviewDesk.statuses). */
export function ProgrammeStatusLabel({ status, label }: { status: ProgrammeStatus; label: string }) {
  const tone = TONES[status] ?? "border-gray-300 bg-gray-50 text-gray-900";
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${tone}`}>{label}</span>;
}
