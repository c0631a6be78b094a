import { getTranslations } from "next-intl/server";
import type { InstitutionStatus } from "@/server/vocabulary";

const TONES: Record<Exclude<InstitutionStatus, "verified">, string> = {
  pending: "border-amber-300 bg-amber-50 text-amber-900",
  rejected: "border-red-300 bg-red-50 text-red-900",
  suspended: "border-gray-400 bg-gray-100 text-gray-900",
};

/** What a non-verified status means for the members, with the administrator's reason when there is one. */
export async function InstitutionStatusNotice({ locale, status, reason }: { locale: string; status: InstitutionStatus; reason: string | null }) {
  if (status === "verified") return null;
  const t = await getTranslations({ locale, namespace: "dashboard.institution" });
  const text = { pending: t("pendingNotice"), rejected: t("rejectedNotice"), suspended: t("suspendedNotice") }[status];
  return (
    <div className={`mb-6 rounded border px-4 py-3 text-sm ${TONES[status]}`}>
      <p>{text}</p>
      {reason && status !== "pending" && <p className="mt-1">{t("reason", { reason })}</p>}
    </div>
  );
}
