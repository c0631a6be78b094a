import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { AgreementRowView } from "./types";

/** One sentence on where the agreement stands: draft, signatures so far, in force, superseded, expired, terminated. */
export async function StatusNotice({ locale, agreement, signed, total }: { locale: string; agreement: AgreementRowView; signed: number; total: number }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "agreements" }), getFormatter({ locale })]);
  switch (agreement.status) {
    case "draft":
      return <Alert>{t("view.draftNotice")}</Alert>;
    case "pending_signatures":
      return <Alert>{t("view.pendingNotice", { given: signed, total })}</Alert>;
    case "in_force":
      return <Alert tone="success">{t("view.inForceNotice")}</Alert>;
    case "superseded":
      return <Alert>{t("view.supersededNotice")}</Alert>;
    case "terminated":
      return <Alert tone="error">{t("view.terminatedNotice")}</Alert>;
    case "expired": {
      const date = agreement.expiryDate ? format.dateTime(new Date(`${agreement.expiryDate}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) : "";
      return <Alert tone="error">{t("view.expiredNotice", { date })}</Alert>;
    }
  }
}
