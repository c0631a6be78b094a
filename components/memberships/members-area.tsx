import { getTranslations } from "next-intl/server";
import { ActionNoticeProvider } from "./action-notice";
import { InviteForm } from "./invite-form";
import { MembersTable } from "./members-table";
import { PendingInvitations } from "./pending-invitations";
import { PendingRequests, type PendingRequest } from "./pending-requests";
import type { MemberPermissions, MembershipListItem } from "./types";

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
        <section aria-labelledby="invite-heading" className="mb-8">
          <h2 id="invite-heading" className="mb-1 text-xl font-semibold">
            {t("title")}
          </h2>
          <p className="mb-3 max-w-xl text-sm text-gray-700">{t("intro")}</p>
          <InviteForm institutionId={institutionId} />
        </section>
      )}
    </ActionNoticeProvider>
  );
}
