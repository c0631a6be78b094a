import { getFormatter, getTranslations } from "next-intl/server";
import type { MembershipListItem } from "./types";
import { Section } from "@/components/ui/section";

/** Invitations the institution sent that the invitee has not answered yet. */
export async function PendingInvitations({ locale, invitations }: { locale: string; invitations: MembershipListItem[] }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "dashboard.pendingInvitations" }), getFormatter({ locale })]);
  return (
    <Section id="invitations-heading" title={t("title")}>
      {invitations.length === 0 ? (
        <p className="text-sm text-gray-700">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-gray-200 rounded border border-gray-200 bg-white">
          {invitations.map((i) => (
            <li key={i.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-3 text-sm">
              <span className="font-medium">{i.userName}</span>
              <span className="break-all text-gray-700" dir="ltr">
                {i.userEmail}
              </span>
              <span className="text-xs text-gray-700">{t("invitedOn", { date: format.dateTime(i.createdAt, { dateStyle: "medium" }) })}</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
