"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useActionFeedback } from "@/components/memberships/use-action-feedback";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/forms/field";

const REASON_MAX = 2000;

type Application = { id: string; version: number; title: string; status: "pending" | "accepted" };

/** Our side of an application: withdraw it while pending, or leave the programme once accepted (each confirmed in a second step). */
export function ApplicationActions({ application }: { application: Application }) {
  const t = useTranslations("participation.mine");
  const trpc = useTRPC();
  const feedback = useActionFeedback();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const { id, version, title } = application;
  const withdraw = useMutation(trpc.participation.withdraw.mutationOptions({ ...feedback.handlers, onSuccess: () => feedback.succeed(t("withdrawn", { title })) }));
  const leave = useMutation(trpc.participation.leave.mutationOptions({ ...feedback.handlers, onSuccess: () => feedback.succeed(t("left", { title })) }));
  const busy = feedback.busy(withdraw.isPending, leave.isPending);
  const reasonError = feedback.field("reason");

  const confirmLeave = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = reason.trim();
    leave.mutate({ participationId: id, version, reason: trimmed ? trimmed : undefined });
  };

  const error = feedback.error != null && !reasonError && (
    <p role="alert" className="mt-2 text-sm text-red-700">
      {feedback.message}
    </p>
  );

  if (!confirming) {
    return (
      <div>
        <Button variant="secondary" disabled={busy} aria-label={application.status === "pending" ? t("withdrawLabel", { title }) : t("leaveLabel", { title })} onClick={() => setConfirming(true)}>
          {application.status === "pending" ? t("withdraw") : t("leave")}
        </Button>
        {error}
      </div>
    );
  }

  if (application.status === "pending") {
    return (
      <div role="group" aria-labelledby={`withdraw-${id}`} className="max-w-sm rounded border border-red-300 bg-red-50 p-3">
        <p id={`withdraw-${id}`} className="mb-2 text-sm text-red-900">
          {t("withdrawQuestion", { title })}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button variant="danger" disabled={busy} aria-label={t("confirmWithdrawLabel", { title })} onClick={() => withdraw.mutate({ participationId: id, version })}>
            {t("confirmWithdraw")}
          </Button>
          <Button variant="secondary" disabled={busy} onClick={() => setConfirming(false)}>
            {t("keep")}
          </Button>
        </div>
        {error}
      </div>
    );
  }

  return (
    <form onSubmit={confirmLeave} noValidate aria-labelledby={`leave-${id}`} className="max-w-sm rounded border border-red-300 bg-red-50 p-3">
      <p id={`leave-${id}`} className="mb-2 text-sm text-red-900">
        {t("leaveQuestion", { title })}
      </p>
      <TextArea label={t("leaveReason")} name={`leave-reason-${id}`} value={reason} onChange={(e) => setReason(e.target.value)} error={reasonError} maxLength={REASON_MAX} rows={2} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" disabled={busy}>
          {t("confirmLeave")}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => setConfirming(false)}>
          {t("keep")}
        </Button>
      </div>
      {error}
    </form>
  );
}
