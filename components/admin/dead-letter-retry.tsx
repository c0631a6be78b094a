"use client";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { FormError } from "@/components/forms/form-error";
import { useAnnounce } from "./action-status";

/** Puts one dead letter back in the outbox's queue. */
export function DeadLetterRetry({ emailId, to }: { emailId: string; to: string }) {
  const t = useTranslations("outbox");
  const announce = useAnnounce();
  const trpc = useTRPC();
  const retry = useAction(trpc.admin.retryDeadLetter.mutationOptions({ onSuccess: () => announce(t("retried", { to })) }), { refresh: true });
  return (
    <div>
      <Button
        variant="secondary"
        className="min-h-9 px-3 py-1"
        disabled={retry.busy}
        aria-label={t("retryLabel", { to })}
        onClick={() => {
          announce(null);
          retry.mutation.mutate({ emailId });
        }}
      >
        {t("retry")}
      </Button>
      <FormError className="mt-2" message={retry.errorMessage} reload />
    </div>
  );
}
