"use client";
import { useTranslations } from "next-intl";
import { AcceptDecline } from "./accept-decline";

/** The invitee accepts or declines an invitation from their dashboard. */
export function InvitationResponse({ invitation }: { invitation: { id: string; version: number; institutionName: string } }) {
  const t = useTranslations("dashboard.overview");
  const institution = invitation.institutionName;
  return (
    <AcceptDecline
      membership={invitation}
      accept={{ event: "acceptInvitation", text: t("acceptInvitation"), label: t("acceptInvitationLabel", { institution }), done: t("invitationAccepted", { institution }) }}
      decline={{ event: "declineInvitation", text: t("declineInvitation"), label: t("declineInvitationLabel", { institution }), done: t("invitationDeclined", { institution }) }}
    />
  );
}
