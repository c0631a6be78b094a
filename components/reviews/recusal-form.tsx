"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FormError } from "@/components/forms/form-error";
import { ReasonForm, reasonSchema } from "@/components/forms/reason-form";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";

/** Two steps: "Declare a conflict of interest" opens the reason form; "Confirm recusal" leaves the panel. */
export function RecusalForm({ programmeId, reference }: { programmeId: string; reference: string }) {
  const t = useTranslations("reviews.recusal");
  const router = useRouter();
  const trpc = useTRPC();
  const [refreshing, startRefresh] = useTransition();
  const [open, setOpen] = useState(false);
  const kit = useMutationForm({
    schema: reasonSchema,
    defaultValues: { reason: "" },
    mutation: trpc.reviews.recuse.mutationOptions({
      // A recused reviewer no longer sees the proposal: back to the workspace, which confirms the recusal.
      onSuccess: () => startRefresh(() => router.push(`/reviews?recused=${encodeURIComponent(reference)}`)),
    }),
    toInput: ({ reason }) => ({ programmeId, reason }),
  });
  const busy = kit.busy || refreshing;
  return (
    <div>
      <p className="mb-3 max-w-3xl text-sm text-gray-700">{t("intro")}</p>
      {!open ? (
        <Button
          variant="secondary"
          onClick={() => {
            kit.mutation.reset();
            setOpen(true);
          }}
        >
          {t("open")}
        </Button>
      ) : (
        <ReasonForm
          kit={kit}
          id="recusal-reason"
          label={t("reason")}
          hint={t("reasonHint")}
          className="max-w-xl rounded border border-gray-200 bg-gray-50 p-4"
          before={<p className="mb-3 text-sm font-medium text-gray-900">{t("confirmText", { reference })}</p>}
        >
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={busy}>
              {t("confirm")}
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setOpen(false)}>
              {t("cancel")}
            </Button>
          </div>
          <FormError message={kit.formError} reload />
        </ReasonForm>
      )}
    </div>
  );
}
