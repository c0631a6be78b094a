import { getTranslations } from "next-intl/server";
import { ActionNoticeProvider } from "./action-notice";
import { InvitationResponse } from "./invitation-response";
import type { MyMembership } from "./types";
import { Section } from "@/components/ui/section";

/** Invitations waiting for the viewer's answer. */
export async function MyInvitations({ locale, invitations }: { locale: string; invitations: MyMembership[] }) {
  const t = await getTranslations({ locale, namespace: "dashboard.overview" });
  return (
    <Section id="my-invitations-heading" title={t("invitations")} className="mb-10">
      <ActionNoticeProvider>
        {invitations.length === 0 ? (
          <p className="rounded border border-dashed border-gray-300 bg-white p-4 text-sm text-gray-700">{t("invitationsEmpty")}</p>
        ) : (
          <ul className="space-y-3">
            {invitations.map((m) => (
              <li key={m.id} className="flex flex-col gap-3 rounded border border-gray-200 bg-white p-4 sm:flex-row sm:items-center sm:justify-between">
                <p className="text-sm">{t("invitedTo", { institution: m.institutionName })}</p>
                <InvitationResponse invitation={{ id: m.id, version: m.version, institutionName: m.institutionName }} />
              </li>
            ))}
          </ul>
        )}
      </ActionNoticeProvider>
    </Section>
  );
}
