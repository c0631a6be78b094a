import type { ReactNode } from "react";
import type { InstitutionStatus } from "@/server/vocabulary";

const TONES: Record<InstitutionStatus, string> = {
  pending: "border-amber-300 bg-amber-50 text-amber-900",
  verified: "border-green-300 bg-green-50 text-green-900",
  rejected: "border-red-300 bg-red-50 text-red-900",
  suspended: "border-gray-400 bg-gray-100 text-gray-900",
};

/** An institution's status as a coloured label; `label` is the translated status name. */
export function InstitutionStatusBadge({ status, label }: { status: InstitutionStatus; label: string }) {
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${TONES[status]}`}>{label}</span>;
}

/** A neutral pill for facts such as "Signatory" or "Email domain matches". */
export function Pill({ children, tone = "brand" }: { children: ReactNode; tone?: "brand" | "gray" }) {
  const cls = tone === "brand" ? "border-brand-600 bg-brand-50 text-brand-800" : "border-gray-300 bg-gray-50 text-gray-800";
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${cls}`}>{children}</span>;
}
