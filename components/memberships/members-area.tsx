import { getTranslations } from "next-intl/server";
import { ActionNoticeProvider } from "./action-notice";
import { InviteForm } from "./invite-form";
import { MembersTable } from "./members-table";
import { PendingInvitations } from "./pending-invitations";
import { PendingRequests, type PendingRequest } from "./pending-requests";
import type { MemberPermissions, MembershipListItem } from "./types";
import { Section } from "@/components/ui/section";

/** Everything about an institution's people: members, requests, invitations and (owners) the invite form. */
export async function MembersArea({
  locale,
  institutionId,
  members,
  requests,
  invitations,
  permissions,
  viewerUserId,
  institutionActs,
}: {
  locale: string;
  institutionActs: boolean;
  institutionId: string;
  members: MembershipListItem[];
  requests: PendingRequest[];
  invitations: MembershipListItem[];
  permissions: MemberPermissions;
  viewerUserId: string;
}) {
  const t = await getTranslations({ locale, namespace: "dashboard.invite" });
  return (
    <ActionNoticeProvider>
      <MembersTable locale={locale} members={members} permissions={permissions} viewerUserId={viewerUserId} institutionActs={institutionActs} />
      <PendingRequests locale={locale} requests={requests} canDecide={permissions.decide} />
      <PendingInvitations locale={locale} invitations={invitations} />
      {permissions.invite && (
        <Section id="invite-heading" title={t("title")} headingClassName="mb-1 text-xl font-semibold">
          <p className="mb-3 max-w-xl text-sm text-gray-700">{t("intro")}</p>
          <InviteForm institutionId={institutionId} />
        </Section>
      )}
    </ActionNoticeProvider>
  );
}
