"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/forms/use-error-text";
import { useActionFeedback } from "./use-action-feedback";

/** The invitee accepts or declines an invitation from their dashboard. */
export function InvitationResponse({ invitation }: { invitation: { id: string; version: number; institutionName: string } }) {
  const t = useTranslations("dashboard.overview");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const feedback = useActionFeedback();
  const institution = invitation.institutionName;
  const respond = useMutation(
    trpc.memberships.changeStatus.mutationOptions({
      onMutate: feedback.start,
      onError: feedback.fail,
      onSuccess: (_data, vars) =>
        feedback.succeed(vars.event === "acceptInvitation" ? t("invitationAccepted", { institution }) : t("invitationDeclined", { institution })),
    }),
  );
  const busy = respond.isPending || feedback.refreshing;
  const message = errorText.message(feedback.error);
  const run = (event: "acceptInvitation" | "declineInvitation") => respond.mutate({ membershipId: invitation.id, version: invitation.version, event });
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button disabled={busy} aria-label={t("acceptInvitationLabel", { institution })} onClick={() => run("acceptInvitation")}>
          {t("acceptInvitation")}
        </Button>
        <Button variant="secondary" disabled={busy} aria-label={t("declineInvitationLabel", { institution })} onClick={() => run("declineInvitation")}>
          {t("declineInvitation")}
        </Button>
      </div>
      {message && (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}
