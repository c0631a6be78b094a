"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { useHydrated } from "@/components/auth/use-hydrated";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { useRouter } from "@/i18n/navigation";
import { ReloadError } from "./reload-error";

const REASON_MAX = 2000;

/** Two steps: "Declare a conflict of interest" opens the reason form; "Confirm recusal" leaves the panel. */
export function RecusalForm({ programmeId, reference }: { programmeId: string; reference: string }) {
  const t = useTranslations("reviews.recusal");
  const tRoot = useTranslations();
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const [refreshing, startRefresh] = useTransition();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const mutation = useMutation(
    trpc.reviews.recuse.mutationOptions({
      // A recused reviewer no longer sees the proposal: back to the workspace, which confirms the recusal.
      onSuccess: () => startRefresh(() => router.push(`/reviews?recused=${encodeURIComponent(reference)}`)),
    }),
  );
  const hydrated = useHydrated();
  // Disabled until hydrated, so an early click never sends the form as a plain GET (comments in the address).
  const working = mutation.isPending || refreshing;
  const busy = !hydrated || working;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = reason.trim();
    const problem = !trimmed ? "validation.reasonRequired" : trimmed.length > REASON_MAX ? "validation.reasonLength" : null;
    setReasonError(problem ? tRoot(problem) : null);
    if (problem) return;
    mutation.mutate({ programmeId, reason: trimmed });
  };

  const fieldError = reasonError ?? (mutation.error ? errorText.field(mutation.error, "reason") : null);
  return (
    <div>
      <p className="mb-3 max-w-3xl text-sm text-gray-700">{t("intro")}</p>
      {!open ? (
        <Button
          variant="secondary"
          onClick={() => {
            mutation.reset();
            setOpen(true);
          }}
        >
          {t("open")}
        </Button>
      ) : (
        <form onSubmit={submit} noValidate className="max-w-xl rounded border border-gray-200 bg-gray-50 p-4">
          <p className="mb-3 text-sm font-medium text-gray-900">{t("confirmText", { reference })}</p>
          <TextArea
            label={t("reason")}
            name="recusal-reason"
            hint={t("reasonHint")}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={fieldError}
            required
            aria-required="true"
            maxLength={REASON_MAX}
            rows={3}
            autoFocus
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={busy}>
              {t("confirm")}
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setOpen(false)}>
              {t("cancel")}
            </Button>
          </div>
          {mutation.error && !fieldError && <ReloadError message={errorText.message(mutation.error) ?? ""} reload />}
        </form>
      )}
    </div>
  );
}
