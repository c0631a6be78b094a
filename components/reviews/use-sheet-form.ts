"use client";
import type { UseMutationOptions } from "@tanstack/react-query";
import { useState } from "react";
import { useAction } from "@/components/forms/use-action";
import { useSheetNotice } from "./sheet-notice";

/**
 * A form of the review sheet (review, decision): the browser's own checks first, then one
 * mutation; on success the sheet's notice and a refresh. Field messages come from the local
 * checks or, after a refused call, from the server's field errors (the kernel's mapping).
 */
export function useSheetForm<TData, TError, TVariables, TContext>(done: string, options: (onSuccess: () => void) => UseMutationOptions<TData, TError, TVariables, TContext>) {
  const notice = useSheetNotice();
  const [local, setLocal] = useState<Record<string, string>>({});
  // `busy` stays true until hydrated, so an early click never sends the form as a plain GET (comments in the address).
  const { mutation, refreshing, busy, fieldMessage } = useAction(
    options(() => notice(done)),
    { refresh: true },
  );
  return {
    mutation,
    working: mutation.isPending || refreshing,
    busy,
    fieldError: (name: string) => local[name] ?? fieldMessage(name),
    /** Whether the local checks refused the last submit (the form says "check the fields"). */
    refusedLocally: Object.keys(local).length > 0 && !mutation.error,
    /** Sends `variables()` unless the local checks found problems (field → message). */
    send(problems: Record<string, string>, variables: () => TVariables | null) {
      setLocal(problems);
      const input = Object.keys(problems).length === 0 ? variables() : null;
      if (!input) return;
      notice(null);
      mutation.mutate(input);
    },
  };
}
