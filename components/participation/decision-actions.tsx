"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useActionFeedback } from "@/components/memberships/use-action-feedback";
import { domainCodeOf } from "@/components/programmes/error-summary";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { useConfirmation } from "@/components/forms/use-confirmation";
import { TextArea } from "@/components/forms/field";

const REASON_MAX = 2000;

/**
 * The lead's decision on one pending application: accept at once, or decline with an optional
 * reason (a second step). A refusal (e.g. the programme is full) stays next to the application.
 */
export function DecisionActions({ application }: { application: { id: string; version: number; institutionName: string } }) {
  const t = useTranslations("participation.applications");
  const confirmation = useConfirmation();
  const trpc = useTRPC();
  const feedback = useActionFeedback();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState("");
  const institution = application.institutionName;
  const decide = useMutation(
    trpc.participation.decide.mutationOptions({
      ...feedback.handlers,
      onSuccess: (_data, vars) => feedback.succeed(vars.decision === "accept" ? t("accepted", { institution }) : t("declined", { institution })),
    }),
  );
  const busy = feedback.busy(decide.isPending);
  const code = domainCodeOf(feedback.error);
  const message = code === "PROGRAMME_FULL" ? t("full", { institution }) : feedback.message;
  const reasonError = feedback.field("reason");

  const decline = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = reason.trim();
    decide.mutate({ participationId: application.id, version: application.version, decision: "decline", reason: trimmed ? trimmed : undefined });
  };

  return (
    <div className="flex flex-col gap-2">
      {confirmation.dialog}
      {!declining ? (
        <div className="flex flex-wrap gap-2">
          <Button
            disabled={busy}
            aria-label={t("acceptLabel", { institution })}
            onClick={() => confirmation.ask(() => decide.mutate({ participationId: application.id, version: application.version, decision: "accept" }), t("acceptConfirm", { institution }))}
          >
            {t("accept")}
          </Button>
          <Button variant="secondary" disabled={busy} aria-label={t("declineLabel", { institution })} onClick={() => setDeclining(true)}>
            {t("decline")}
          </Button>
        </div>
      ) : (
        <form onSubmit={decline} noValidate className="max-w-xl rounded border border-gray-200 bg-gray-50 p-3">
          <TextArea
            label={t("declineReason")}
            name={`decline-reason-${application.id}`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={reasonError}
            maxLength={REASON_MAX}
            rows={3}
            autoFocus
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={busy} aria-label={t("declineLabel", { institution })}>
              {t("confirmDecline")}
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setDeclining(false)}>
              {t("keep")}
            </Button>
          </div>
        </form>
      )}
      {feedback.error != null && !reasonError && (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}
