"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/i18n/navigation";
import { FormError } from "@/components/forms/form-error";
import { useAnnounce } from "./action-status";

/** Puts one dead letter back in the outbox's queue. */
export function DeadLetterRetry({ emailId, to }: { emailId: string; to: string }) {
  const t = useTranslations("outbox");
  const errorText = useErrorText();
  const announce = useAnnounce();
  const router = useRouter();
  const trpc = useTRPC();
  const [refreshing, startRefresh] = useTransition();
  const mutation = useMutation(
    trpc.admin.retryDeadLetter.mutationOptions({
      onSuccess: () => {
        announce(t("retried", { to }));
        startRefresh(() => router.refresh());
      },
    }),
  );
  return (
    <div>
      <Button
        variant="secondary"
        className="min-h-9 px-3 py-1"
        disabled={mutation.isPending || refreshing}
        aria-label={t("retryLabel", { to })}
        onClick={() => {
          announce(null);
          mutation.mutate({ emailId });
        }}
      >
        {t("retry")}
      </Button>
      {mutation.error && <FormError className="mt-2" message={errorText.message(mutation.error)} reload />}
    </div>
  );
}
