"use client";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";

/** Marks one notification (with `id`) or all of them as read, then refreshes the list and the header count. */
export function MarkReadButton({ id, label, children }: { id?: string; label?: string; children: string }) {
  const t = useTranslations("notifications");
  const trpc = useTRPC();
  // Disabled until hydrated (`busy`): without JavaScript the button could do nothing.
  const markRead = useAction(trpc.notifications.markRead.mutationOptions(), { refresh: true });
  const working = markRead.mutation.isPending || markRead.refreshing;
  return (
    <div className="flex flex-col items-start gap-1">
      <Button variant="secondary" className={id ? "min-h-9 px-3 py-1 text-xs" : ""} disabled={markRead.busy} aria-label={label} onClick={() => markRead.mutation.mutate(id ? { id } : {})}>
        {working ? t("working") : children}
      </Button>
      {markRead.errorMessage && (
        <p role="alert" className="text-sm text-red-700">
          {markRead.errorMessage}
        </p>
      )}
    </div>
  );
}
