"use client";
import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { ReasonForm, reasonSchema } from "@/components/forms/reason-form";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";

/** Cancelling an open or active programme: a required reason, then a confirmation button. */
export function CancelProgrammeForm({ programmeId, version, onClose, onDone }: { programmeId: string; version: number; onClose: () => void; onDone: () => void }) {
  const t = useTranslations("programmes.lifecycle");
  const trpc = useTRPC();
  const kit = useMutationForm({
    schema: reasonSchema,
    defaultValues: { reason: "" },
    mutation: trpc.programmes.cancel.mutationOptions({ onSuccess: onDone }),
    toInput: ({ reason }) => ({ programmeId, version, reason }),
  });
  return (
    <ReasonForm
      kit={kit}
      id="cancel-reason"
      label={t("cancelReason")}
      labelledBy="cancel-heading"
      className="mt-4 max-w-3xl rounded border border-red-300 bg-red-50 p-4"
      before={
        <>
          <h3 id="cancel-heading" className="mb-1 text-lg font-semibold text-red-900">
            {t("cancelTitle")}
          </h3>
          <p className="mb-4 text-sm text-red-900">{t("cancelIntro")}</p>
          <FormError className="mb-4" message={kit.formError} />
        </>
      }
    >
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="danger" disabled={kit.busy}>
          {kit.mutation.isPending ? t("cancelling") : t("confirmCancel")}
        </Button>
        <Button variant="secondary" disabled={kit.mutation.isPending} onClick={onClose}>
          {t("keep")}
        </Button>
      </div>
    </ReasonForm>
  );
}
