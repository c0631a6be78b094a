"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useHydrated } from "@/components/auth/use-hydrated";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/i18n/navigation";

/** Marks one notification (with `id`) or all of them as read, then refreshes the list and the header count. */
export function MarkReadButton({ id, label, children }: { id?: string; label?: string; children: string }) {
  const t = useTranslations("notifications");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const [refreshing, startRefresh] = useTransition();
  const mutation = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess: () => startRefresh(() => router.refresh()) }));
  const hydrated = useHydrated();
  // Disabled until hydrated: without JavaScript the button could do nothing.
  const working = mutation.isPending || refreshing;
  const busy = !hydrated || working;
  return (
    <div className="flex flex-col items-start gap-1">
      <Button variant="secondary" className={id ? "min-h-9 px-3 py-1 text-xs" : ""} disabled={busy} aria-label={label} onClick={() => mutation.mutate(id ? { id } : {})}>
        {working ? t("working") : children}
      </Button>
      {mutation.error && (
        <p role="alert" className="text-sm text-red-700">
          {errorText.message(mutation.error)}
        </p>
      )}
    </div>
  );
}
