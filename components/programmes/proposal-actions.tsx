"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirmation } from "@/components/forms/use-confirmation";
import { useErrorText } from "@/components/forms/use-error-text";
import { Link, useRouter } from "@/i18n/navigation";
import { ErrorSummary, refusedFields } from "./error-summary";
import { useFocusOnError } from "@/components/forms/use-focus-on-error";

type Props = {
  programmeId: string;
  version: number;
  submitKind: "submit" | "resubmit" | null;
  canEdit: boolean;
  canWithdraw: boolean;
};

/** The proposer's buttons: edit, submit or resubmit, withdraw (confirmed in a second step). */
export function ProposalActions({ programmeId, version, submitKind, canEdit, canWithdraw }: Props) {
  const t = useTranslations("programmes");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const confirmation = useConfirmation();
  const done = (what: string) => router.push(`/proposals/${programmeId}?done=${what}`);
  const submit = useMutation(trpc.programmes.submit.mutationOptions({ onSuccess: () => done(submitKind === "resubmit" ? "resubmitted" : "submitted") }));
  const withdraw = useMutation(trpc.programmes.withdraw.mutationOptions({ onSuccess: () => done("withdrawn") }));
  const error = submit.error ?? withdraw.error;
  const messageRef = useFocusOnError<HTMLDivElement>(error);
  const busy = submit.isPending || withdraw.isPending || submit.isSuccess || withdraw.isSuccess;

  if (!canEdit && !submitKind && !canWithdraw) return null;
  const incomplete = refusedFields(error).length > 0;

  return (
    <div className="mb-6">
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {incomplete ? (
          <ErrorSummary error={error} title={t("view.incomplete")} page={canEdit ? `/proposals/${programmeId}/edit` : undefined} />
        ) : (
          error && <Alert tone="error">{errorText.message(error)}</Alert>
        )}
      </div>
      <div className="flex flex-wrap gap-3">
        {canEdit && (
          <Link
            href={`/proposals/${programmeId}/edit`}
            className="inline-flex min-h-10 items-center justify-center rounded border border-gray-300 bg-white px-4 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50"
          >
            {t("actions.edit")}
          </Link>
        )}
        {submitKind && (
          <Button disabled={busy} onClick={() => confirmation.ask(() => submit.mutate({ programmeId, version }), t("view.submitConfirm"))}>
            {submit.isPending ? t("actions.submitting") : submitKind === "resubmit" ? t("actions.resubmit") : t("actions.submit")}
          </Button>
        )}
        {canWithdraw && !confirming && (
          <Button variant="danger" disabled={busy} onClick={() => setConfirming(true)}>
            {t("actions.withdraw")}
          </Button>
        )}
      </div>
      {canWithdraw && confirming && (
        <div role="group" aria-labelledby="withdraw-confirm" className="mt-4 rounded border border-red-300 bg-red-50 p-4">
          <p id="withdraw-confirm" className="mb-3 text-sm text-red-900">
            {t("view.withdrawConfirm")}
          </p>
          <div className="flex flex-wrap gap-3">
            <Button variant="danger" disabled={busy} onClick={() => withdraw.mutate({ programmeId, version })}>
              {withdraw.isPending ? t("actions.withdrawing") : t("actions.confirmWithdraw")}
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setConfirming(false)}>
              {t("actions.cancel")}
            </Button>
          </div>
        </div>
      )}
      {confirmation.dialog}
    </div>
  );
}
