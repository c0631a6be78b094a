"use client";
import { useState, useTransition } from "react";
import { useRouter } from "@/i18n/navigation";
import { useActionNotice } from "./action-notice";

/**
 * What every row action does around its mutation: clear old messages when it starts, keep the
 * error to show next to the row, announce success and re-render the Server Component.
 * `busy` stays true until the refreshed data (with the new version) has arrived.
 */
export function useActionFeedback() {
  const router = useRouter();
  const notify = useActionNotice();
  const [refreshing, startTransition] = useTransition();
  const [error, setError] = useState<unknown>(null);
  return {
    refreshing,
    error,
    start: () => {
      setError(null);
      notify(null);
    },
    fail: (e: unknown) => setError(e),
    succeed: (text: string) => {
      notify({ text });
      startTransition(() => router.refresh());
    },
  };
}
