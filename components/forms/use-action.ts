"use client";
import { useMutation, type UseMutationOptions } from "@tanstack/react-query";
import { useTransition } from "react";
import { useHydrated } from "@/components/auth/use-hydrated";
import { useRouter } from "@/i18n/navigation";
import { useErrorText } from "./use-error-text";

/** Reloads the page's server data (`router.refresh()`) in a transition; `refreshing` while it runs. */
export function useRefresh() {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  return { refreshing, refresh: () => startRefresh(() => router.refresh()) };
}

/**
 * THE action kernel, the form kernel's sibling for a mutation without fields to check (a button,
 * a toggle, a confirmation): the tRPC mutation, the text of a refused call (mapped once, by
 * `useErrorText`), the page refreshed after success when asked, and `busy`.
 */
export function useAction<TData, TError, TVariables, TContext>(
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
  { refresh: refreshOnSuccess = false }: { refresh?: boolean } = {},
) {
  const errorText = useErrorText();
  const hydrated = useHydrated();
  const { refreshing, refresh } = useRefresh();
  const mutation = useMutation({
    ...options,
    onSuccess: (...args: Parameters<NonNullable<typeof options.onSuccess>>) => {
      const result = options.onSuccess?.(...args);
      if (refreshOnSuccess) refresh();
      return result;
    },
  });
  return {
    mutation,
    /** The form-level message of a refused call, or null. */
    errorMessage: mutation.error ? errorText.message(mutation.error) : null,
    /** The message for one field, when the server refused its value. */
    fieldMessage: (name: string) => errorText.field(mutation.error, name),
    refresh,
    refreshing,
    /** Disabled until hydrated (an early click does nothing), while sending and while the page reloads. */
    busy: !hydrated || mutation.isPending || refreshing,
  };
}
