"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useHydrated } from "@/components/auth/use-hydrated";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";

const REASON_MAX = 2000;

/** Cancelling an open or active programme: a required reason, then a confirmation button. */
export function CancelProgrammeForm({ programmeId, version, onClose, onDone }: { programmeId: string; version: number; onClose: () => void; onDone: () => void }) {
  const t = useTranslations("programmes.lifecycle");
  const tRoot = useTranslations();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const cancel = useMutation(trpc.programmes.cancel.mutationOptions({ onSuccess: onDone }));
  const busy = !hydrated || cancel.isPending || cancel.isSuccess;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = reason.trim();
    const problem = !trimmed ? "validation.reasonRequired" : trimmed.length > REASON_MAX ? "validation.reasonLength" : null;
    setReasonError(problem ? tRoot(problem) : null);
    if (!problem) cancel.mutate({ programmeId, version, reason: trimmed });
  };
  const fieldError = reasonError ?? (cancel.error ? errorText.field(cancel.error, "reason") : null);

  return (
    <form onSubmit={submit} noValidate aria-labelledby="cancel-heading" className="mt-4 max-w-3xl rounded border border-red-300 bg-red-50 p-4">
      <h3 id="cancel-heading" className="mb-1 text-lg font-semibold text-red-900">
        {t("cancelTitle")}
      </h3>
      <p className="mb-4 text-sm text-red-900">{t("cancelIntro")}</p>
      {cancel.error && !fieldError && <Alert tone="error">{errorText.message(cancel.error)}</Alert>}
      <TextArea
        label={t("cancelReason")}
        name="cancel-reason"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={fieldError}
        required
        aria-required="true"
        maxLength={REASON_MAX}
        rows={3}
        autoFocus
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="danger" disabled={busy}>
          {cancel.isPending ? t("cancelling") : t("confirmCancel")}
        </Button>
        <Button variant="secondary" disabled={cancel.isPending} onClick={onClose}>
          {t("keep")}
        </Button>
      </div>
    </form>
  );
}
