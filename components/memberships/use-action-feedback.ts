"use client";
import { useState } from "react";
import { useHydrated } from "@/components/auth/use-hydrated";
import { useRefresh } from "@/components/forms/use-action";
import { useErrorText } from "@/components/forms/use-error-text";
import { useActionNotice } from "./action-notice";

/**
 * What every row action does around its mutation: clear old messages when it starts, keep the
 * error to show next to the row, announce success and re-render the Server Component.
 * `busy` stays true until the refreshed data (with the new version) has arrived.
 */
export function useActionFeedback() {
  const notify = useActionNotice();
  const errorText = useErrorText();
  const hydrated = useHydrated();
  const { refreshing, refresh } = useRefresh();
  const [error, setError] = useState<unknown>(null);
  return {
    error,
    /** The row's message for a refused call, or null. */
    message: errorText.message(error),
    /** The message for one field, when the server refused its value. */
    field: (name: string) => errorText.field(error, name),
    /** The mutation's own options: clear old messages when it starts, keep its refusal. */
    handlers: {
      onMutate: () => {
        setError(null);
        notify(null);
      },
      onError: (e: unknown) => setError(e),
    },
    succeed: (text: string) => {
      notify({ text });
      refresh();
    },
    /** Disabled until hydrated, while one of the row's mutations is pending, and until the refreshed data arrives. */
    busy: (...pending: boolean[]) => !hydrated || refreshing || pending.some(Boolean),
  };
}
